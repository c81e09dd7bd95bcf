package dev.flarelink.simulator.routes;

import dev.flarelink.simulator.http.Wire;
import java.util.Locale;

/** Cloudflare's text operators: exact, contains, starts/ends with, case-insensitive by default. */
final class TextFilter {

  private TextFilter() {}

  /** Whether {@code value} satisfies {@code operator} against {@code wanted}. */
  static boolean matches(String operator, String value, String wanted) {
    if (value == null) {
      return false;
    }
    var caseSensitive = operator.endsWith("_case_sensitive");
    var op =
        caseSensitive
            ? operator.substring(0, operator.length() - "_case_sensitive".length())
            : operator;
    var left = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    var right = caseSensitive ? wanted : wanted.toLowerCase(Locale.ROOT);
    return switch (op) {
      case "equal", "exact" -> left.equals(right);
      case "not_equal" -> !left.equals(right);
      case "contains" -> left.contains(right);
      case "starts_with", "startswith" -> left.startsWith(right);
      case "ends_with", "endswith" -> left.endsWith(right);
      default -> throw Wire.fail(400, 1004, "Unknown match operator " + operator);
    };
  }

  /** Splits a zones-style value {@code operator:value}; a bare value means {@code equal}. */
  static String[] operatorAndValue(String text) {
    var colon = text.indexOf(':');
    if (colon > 0) {
      var operator = text.substring(0, colon);
      if (operator.matches("(not_equal|equal|starts_with|ends_with|contains)(_case_sensitive)?")) {
        return new String[] {operator, text.substring(colon + 1)};
      }
    }
    return new String[] {"equal", text};
  }
}
