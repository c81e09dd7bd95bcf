package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * Reads text filters as people type them: {@code value} (exact), or {@code contains:value}, {@code
 * starts_with:value}, {@code ends_with:value}, the form Cloudflare's zone list takes. Matching is
 * case-insensitive, as on Cloudflare.
 */
public final class TextMatches {

  /** The operators a filter may use. */
  public static final List<String> OPERATORS =
      List.of("equal", "contains", "starts_with", "ends_with");

  private TextMatches() {}

  /** The filter written {@code raw}, or {@code null} when blank. */
  public static TextMatch parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var colon = raw.indexOf(':');
    if (colon > 0) {
      var operator =
          raw.substring(0, colon)
              .toLowerCase(Locale.ROOT)
              .replace("startswith", "starts_with")
              .replace("endswith", "ends_with");
      if (operator.equals("exact")) {
        operator = "equal";
      }
      if (OPERATORS.contains(operator)) {
        return new TextMatch(operator, raw.substring(colon + 1));
      }
    }
    return TextMatch.exact(raw);
  }

  /**
   * The filter of a field given as {@code raw} and/or with an explicit operator ({@code
   * field.contains=value} on the REST API); two at once contradict each other.
   */
  public static TextMatch parse(String field, String raw, String operator, String value) {
    if (value == null || value.isBlank()) {
      return parse(raw);
    }
    if (raw != null && !raw.isBlank()) {
      throw InvalidInputException.of(
          field,
          "give one filter for "
              + field
              + ", not both "
              + field
              + " and "
              + field
              + "."
              + operator);
    }
    return parse(operator + ":" + value);
  }

  /** Whether {@code value} passes the filter, as Cloudflare decides it. */
  public static boolean matches(TextMatch match, String value) {
    if (match == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    var left = value.toLowerCase(Locale.ROOT);
    var right = match.value().toLowerCase(Locale.ROOT);
    return switch (match.operator()) {
      case "contains" -> left.contains(right);
      case "starts_with" -> left.startsWith(right);
      case "ends_with" -> left.endsWith(right);
      default -> left.equals(right);
    };
  }
}
