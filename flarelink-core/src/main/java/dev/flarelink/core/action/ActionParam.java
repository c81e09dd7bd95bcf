package dev.flarelink.core.action;

import java.util.List;

/**
 * One input of an action, as its schema shows it.
 *
 * @param type {@code string}, {@code integer}, {@code boolean} or {@code list} (of strings)
 * @param allowed the values it may take, or empty for any
 */
public record ActionParam(
    String name, String type, boolean required, String description, List<String> allowed) {

  public ActionParam {
    allowed = List.copyOf(allowed);
  }

  /** A required string. */
  public static ActionParam required(String name, String description) {
    return new ActionParam(name, "string", true, description, List.of());
  }

  /** An optional input of a type. */
  public static ActionParam optional(String name, String type, String description) {
    return new ActionParam(name, type, false, description, List.of());
  }

  /** A copy that takes only these values. */
  public ActionParam oneOf(List<String> values) {
    return new ActionParam(name, type, required, description, values);
  }
}
