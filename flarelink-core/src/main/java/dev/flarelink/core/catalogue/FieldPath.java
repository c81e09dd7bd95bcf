package dev.flarelink.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in a Cloudflare document, declared as text so that a resource type stays data.
 *
 * <ul>
 *   <li>{@code a.b} — the field {@code b} of the object {@code a};
 *   <li>{@code a[].b} — {@code b} of every element of the array {@code a}; {@code a.*} — every
 *       value of the object {@code a};
 *   <li>{@code count(p)}, {@code countif(p, v)} — how many values {@code p} has, or how many equal
 *       {@code v}; {@code min(p)}, {@code max(p)} — the least or greatest (as text: timestamps and
 *       names); {@code distinct(p)} — the values once each;
 *   <li>{@code p | q} — the first of the alternatives that has a value.
 * </ul>
 *
 * Several values are joined with {@code ", "}; an object or array is given as its JSON.
 */
public final class FieldPath {

  private enum Function {
    VALUES,
    COUNT,
    COUNTIF,
    MIN,
    MAX,
    DISTINCT
  }

  private record Alternative(Function function, List<String> steps, @Nullable String argument) {}

  private final String expression;
  private final List<Alternative> alternatives;

  private FieldPath(String expression, List<Alternative> alternatives) {
    this.expression = expression;
    this.alternatives = alternatives;
  }

  /**
   * The path an expression names.
   *
   * @throws IllegalArgumentException when the expression is malformed (a declaration's mistake)
   */
  public static FieldPath parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    var alternatives = new ArrayList<Alternative>();
    for (var part : expression.split("\\|", -1)) {
      alternatives.add(alternative(expression, part.strip()));
    }
    return new FieldPath(expression, List.copyOf(alternatives));
  }

  private static Alternative alternative(String expression, String text) {
    var open = text.indexOf('(');
    if (open < 0) {
      return new Alternative(Function.VALUES, steps(expression, text), null);
    }
    if (!text.endsWith(")")) {
      throw new IllegalArgumentException("Unclosed function in field path " + expression);
    }
    var function = Function.valueOf(text.substring(0, open).strip().toUpperCase(Locale.ROOT));
    var inner = text.substring(open + 1, text.length() - 1);
    String argument = null;
    var comma = inner.indexOf(',');
    if (comma >= 0) {
      argument = inner.substring(comma + 1).strip();
      inner = inner.substring(0, comma);
    }
    if ((function == Function.COUNTIF) != (argument != null)) {
      throw new IllegalArgumentException("countif, and only countif, takes a value: " + expression);
    }
    return new Alternative(function, steps(expression, inner.strip()), argument);
  }

  private static List<String> steps(String expression, String path) {
    var steps = List.of(path.split("\\.", -1));
    if (steps.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("Empty step in field path " + expression);
    }
    return steps;
  }

  /** The value in {@code document}, or {@code null} when it has none. */
  public @Nullable String read(JsonNode document) {
    for (var alternative : alternatives) {
      var value = read(alternative, document);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  private static @Nullable String read(Alternative alternative, JsonNode document) {
    var nodes = new ArrayList<JsonNode>();
    walk(document, alternative.steps(), 0, nodes);
    var texts = nodes.stream().map(FieldPath::text).toList();
    return switch (alternative.function()) {
      case VALUES -> texts.isEmpty() ? null : String.join(", ", texts);
      case COUNT -> String.valueOf(countOf(nodes));
      case COUNTIF ->
          String.valueOf(texts.stream().filter(t -> t.equals(alternative.argument())).count());
      case MIN -> texts.stream().min(Comparator.naturalOrder()).orElse(null);
      case MAX -> texts.stream().max(Comparator.naturalOrder()).orElse(null);
      case DISTINCT -> texts.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(texts));
    };
  }

  /** The number of values; a path ending at an array counts its elements. */
  private static int countOf(List<JsonNode> nodes) {
    if (nodes.size() == 1 && nodes.get(0).isArray()) {
      return nodes.get(0).size();
    }
    return nodes.size();
  }

  private static void walk(
      @Nullable JsonNode node, List<String> steps, int at, List<JsonNode> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (at == steps.size()) {
      out.add(node);
      return;
    }
    var step = steps.get(at);
    if (step.equals("*")) {
      node.forEach(child -> walk(child, steps, at + 1, out));
    } else if (step.endsWith("[]")) {
      var array = node.get(step.substring(0, step.length() - 2));
      if (array != null && array.isArray()) {
        array.forEach(child -> walk(child, steps, at + 1, out));
      }
    } else {
      walk(node.get(step), steps, at + 1, out);
    }
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /** The expression as declared. */
  @Override
  public String toString() {
    return expression;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FieldPath path && path.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }
}
