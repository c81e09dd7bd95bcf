package dev.flarelink.mcp.tool;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.Inputs;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tool call's arguments, read with their types checked: a wrong type is an {@link
 * InvalidInputException} naming the argument, which the agent sees as a tool error it can fix.
 */
public record Args(Map<String, Object> values) {

  public Args {
    values = values == null ? Map.of() : values;
  }

  /** A string, or {@code null} when absent or blank. */
  public String string(String name) {
    var value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw InvalidInputException.of(name, "must be a string");
    }
    return text.isBlank() ? null : text.strip();
  }

  /** A required string. */
  public String required(String name) {
    var value = string(name);
    if (value == null) {
      throw InvalidInputException.of(name, "is required");
    }
    return value;
  }

  /** An integer within bounds, or the default when absent. */
  public int integer(String name, int fallback, int minimum, int maximum) {
    var value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number number) || number.doubleValue() != number.longValue()) {
      throw InvalidInputException.of(name, "must be a whole number");
    }
    var n = number.longValue();
    if (n < minimum || n > maximum) {
      throw InvalidInputException.of(
          name, "must be from " + minimum + " to " + maximum + ", was " + n);
    }
    return (int) n;
  }

  /** A boolean, or {@code null} when absent. */
  public Boolean bool(String name) {
    var value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean flag)) {
      throw InvalidInputException.of(name, "must be true or false");
    }
    return flag;
  }

  /** A list of strings, empty when absent. */
  public List<String> strings(String name) {
    var value = values.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw InvalidInputException.of(name, "must be a list of strings");
    }
    return list.stream().map(String.class::cast).toList();
  }

  /** A time (ISO-8601 instant or a day like 2026-11-30), or {@code null} when absent. */
  public Instant time(String name) {
    var text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return Inputs.timeOrDay(text);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(name, e.getMessage());
    }
  }

  /** An object argument, empty when absent. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String name) {
    var value = values.get(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?>)) {
      throw InvalidInputException.of(name, "must be a JSON object");
    }
    return (Map<String, Object>) value;
  }
}
