package dev.flarelink.core.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member as imported: an active member or a pending invitation (declined invitations are not
 * imported).
 *
 * @param status {@code active} or {@code invited}
 * @param twoFactor whether 2FA is on; {@code null} for invitations, where it means nothing
 * @param roleIds the ids of the member's roles, sorted
 * @param policies the member's policies in a canonical text form, for change detection and display
 */
public record MemberRecord(
    String memberId,
    @Nullable String userId,
    String email,
    @Nullable String name,
    String status,
    @Nullable Boolean twoFactor,
    List<String> roleIds,
    String policies) {

  public MemberRecord {
    roleIds = List.copyOf(roleIds);
  }
}
