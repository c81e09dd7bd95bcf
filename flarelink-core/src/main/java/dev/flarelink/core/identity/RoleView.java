package dev.flarelink.core.identity;

import java.util.List;

/**
 * A role in use, with the members who hold it.
 *
 * @param permissions the role's permissions as {@code area:edit|read|none}, comma-separated
 * @param holders the emails of the current members holding the role, sorted
 */
public record RoleView(
    String roleId, String name, String description, String permissions, List<String> holders) {

  public RoleView {
    holders = List.copyOf(holders);
  }
}
