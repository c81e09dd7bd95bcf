package dev.flarelink.core.action;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An action's input as given (JSON values, or CLI text), read against the action's parameters:
 * unknown names, missing required values and wrong types are refused with the field named.
 */
public final class ActionInput {

  private final Map<String, Object> values;

  private ActionInput(Map<String, Object> values) {
    this.values = values;
  }

  /** Checks {@code raw} against the parameters. */
  public static ActionInput of(Map<String, ?> raw, List<ActionParam> params) {
    var problems = new ArrayList<Problem>();
    var known = params.stream().map(ActionParam::name).toList();
    var values = new LinkedHashMap<String, Object>();
    raw.forEach(
        (name, value) -> {
          if (!known.contains(name)) {
            problems.add(
                new Problem(name, "unknown input; this action takes " + String.join(", ", known)));
          } else if (holdsNul(value)) {
            problems.add(
                new Problem(
                    name,
                    "contains a NUL character (U+0000), which a stored record cannot hold;"
                        + " remove it"));
          } else if (value != null) {
            values.put(name, value);
          }
        });
    for (var param : params) {
      var value = values.get(param.name());
      if (value == null || (value instanceof String text && text.isBlank())) {
        values.remove(param.name());
        if (param.required()) {
          problems.add(new Problem(param.name(), "is required: " + param.description()));
        }
        continue;
      }
      try {
        var typed = typed(param, value);
        if (!param.allowed().isEmpty()) {
          var given = String.valueOf(typed);
          var match = param.allowed().stream().filter(a -> a.equalsIgnoreCase(given)).findFirst();
          if (match.isEmpty()) {
            problems.add(
                new Problem(
                    param.name(),
                    "must be one of " + String.join(", ", param.allowed()) + ", was " + typed));
          } else {
            typed = match.get();
          }
        }
        values.put(param.name(), typed);
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem(
                param.name(), Objects.requireNonNullElse(e.getMessage(), "cannot be read")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ActionInput(values);
  }

  /** Whether a value, or a text anywhere inside it, holds U+0000. */
  private static boolean holdsNul(Object value) {
    return switch (value) {
      case CharSequence text -> text.chars().anyMatch(c -> c == 0);
      case Map<?, ?> map ->
          map.keySet().stream().anyMatch(ActionInput::holdsNul)
              || map.values().stream().anyMatch(ActionInput::holdsNul);
      case Iterable<?> items -> {
        for (var item : items) {
          if (holdsNul(item)) {
            yield true;
          }
        }
        yield false;
      }
      case null, default -> false;
    };
  }

  private static Object typed(ActionParam param, Object value) {
    return switch (param.type()) {
      case INTEGER -> {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
          yield n.intValue();
        }
        try {
          yield Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("must be a whole number, was " + value);
        }
      }
      case BOOLEAN -> {
        if (value instanceof Boolean b) {
          yield b;
        }
        yield switch (String.valueOf(value).strip().toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on", "1" -> true;
          case "false", "no", "off", "0" -> false;
          default -> throw new IllegalArgumentException("must be true or false, was " + value);
        };
      }
      case LIST -> {
        if (value instanceof List<?> list) {
          yield list.stream().map(String::valueOf).toList();
        }
        yield List.of(String.valueOf(value).split(",")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
      }
      case STRING -> {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
          throw new IllegalArgumentException("must be text");
        }
        yield String.valueOf(value).strip();
      }
    };
  }

  /** A text input, or {@code null}. */
  public @Nullable String text(String name) {
    return (String) values.get(name);
  }

  /**
   * A text input of a required parameter: {@link #of} refuses an input without one, so it is there.
   *
   * @throws IllegalStateException when {@code name} is not a required parameter of the action
   */
  public String requiredText(String name) {
    var text = text(name);
    if (text == null) {
      throw new IllegalStateException("'" + name + "' is not a required parameter of this action");
    }
    return text;
  }

  /** A whole-number input, or {@code null}. */
  public @Nullable Integer integer(String name) {
    return (Integer) values.get(name);
  }

  /** A true/false input, or {@code null}. */
  public @Nullable Boolean bool(String name) {
    return (Boolean) values.get(name);
  }

  /** A list input, or an empty list. */
  @SuppressWarnings("unchecked")
  public List<String> list(String name) {
    return (List<String>) values.getOrDefault(name, List.of());
  }

  /** The inputs as read, for the audit trail. */
  public Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }
}
