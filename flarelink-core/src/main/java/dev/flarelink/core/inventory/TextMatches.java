package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.api.TextMatch.Operator;
import dev.flarelink.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads text filters as people type them: {@code value} (exact), or {@code contains:value}, {@code
 * starts_with:value}, {@code ends_with:value}, the form Cloudflare's zone list takes. Matching is
 * case-insensitive, as on Cloudflare.
 */
public final class TextMatches {

  /**
   * The operators a filter may use: those both Cloudflare lists take, so a filter answered from the
   * inventory can also be asked of Cloudflare.
   */
  public static final List<Operator> OPERATORS =
      List.of(Operator.EQUAL, Operator.CONTAINS, Operator.STARTS_WITH, Operator.ENDS_WITH);

  /** The operators' names as people may write them, for messages. */
  public static final String ACCEPTED = "exact (or equal), contains, starts_with, ends_with";

  private TextMatches() {}

  /**
   * The filter written {@code raw}, or {@code null} when blank. Text before the first colon that
   * names no operator is part of the value (an IPv6 address is matched exactly).
   *
   * @throws InvalidInputException when the text before the colon names an operator the filters do
   *     not take ({@code not_equal})
   */
  public static @Nullable TextMatch parse(@Nullable String raw) {
    return parse("filter", raw);
  }

  /**
   * The filter written {@code raw} for {@code field}, or {@code null} when blank, as {@link
   * #parse(String)} reads it; a refusal names {@code field}.
   */
  public static @Nullable TextMatch parse(String field, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var colon = raw.indexOf(':');
    if (colon > 0) {
      var named = Operator.named(raw.substring(0, colon));
      if (named.isPresent()) {
        return new TextMatch(operator(field, named.get().wireName()), raw.substring(colon + 1));
      }
    }
    return TextMatch.exact(raw);
  }

  /**
   * The operator named {@code name} ({@code exact}, {@code contains}, {@code starts_with} or {@code
   * ends_with}, also in Cloudflare's DNS spelling {@code startswith}, {@code endswith}).
   *
   * @param field the input that gave the name, for the message
   * @throws InvalidInputException naming the accepted operators when there is no such one
   */
  public static Operator operator(String field, String name) {
    return Operator.named(name)
        .filter(OPERATORS::contains)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    field, "has no filter operator \"" + name + "\"; use one of " + ACCEPTED));
  }

  /**
   * The filter of a field given as {@code raw} and/or with an explicit operator ({@code
   * field.contains=value} on the REST API); two at once contradict each other.
   *
   * @param operator the operator's name, checked by {@link #operator(String, String)}
   */
  public static @Nullable TextMatch parse(
      String field, @Nullable String raw, String operator, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return parse(field, raw);
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
    return new TextMatch(operator(field, operator), value);
  }

  /** Whether {@code value} passes the filter, as Cloudflare decides it. */
  public static boolean matches(@Nullable TextMatch match, String value) {
    if (match == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    var left = value.toLowerCase(Locale.ROOT);
    var right = match.value().toLowerCase(Locale.ROOT);
    return switch (match.operator()) {
      case EQUAL -> left.equals(right);
      case NOT_EQUAL -> !left.equals(right);
      case CONTAINS -> left.contains(right);
      case STARTS_WITH -> left.startsWith(right);
      case ENDS_WITH -> left.endsWith(right);
    };
  }
}
