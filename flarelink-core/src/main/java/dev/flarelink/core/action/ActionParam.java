package dev.flarelink.core.action;

import java.util.List;
import java.util.Objects;

/**
 * One input of an action, as its schema shows it.
 *
 * @param type what kind of value it takes
 * @param allowed the values it may take, or empty for any
 */
public record ActionParam(
    String name, Type type, boolean required, String description, List<String> allowed) {

  /** The kinds of value an input takes, each with the name its JSON Schema gives it. */
  public enum Type {
    /** Text. */
    STRING("string"),
    /** A whole number. */
    INTEGER("integer"),
    /** True or false. */
    BOOLEAN("boolean"),
    /** A list of texts (a JSON array, or comma-separated on the command line). */
    LIST("list");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** The name schemas and views show: {@code string}, {@code integer}, ... */
    public String id() {
      return id;
    }
  }

  public ActionParam {
    Objects.requireNonNull(type, "type == null");
    allowed = List.copyOf(allowed);
  }

  /** A required string. */
  public static ActionParam required(String name, String description) {
    return new ActionParam(name, Type.STRING, true, description, List.of());
  }

  /** An optional input of a type. */
  public static ActionParam optional(String name, Type type, String description) {
    return new ActionParam(name, type, false, description, List.of());
  }

  /** A copy that takes only these values. */
  public ActionParam oneOf(List<String> values) {
    return new ActionParam(name, type, required, description, values);
  }
}
