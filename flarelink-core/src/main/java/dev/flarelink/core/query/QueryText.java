package dev.flarelink.core.query;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The check every text a query compares with stored values passes first: no NUL character (U+0000),
 * which no stored value holds and PostgreSQL refuses to take as text at all.
 */
public final class QueryText {

  private QueryText() {}

  /**
   * {@code text} as given, or bad input naming {@code field} when it holds a NUL character.
   *
   * @throws InvalidInputException when it holds one
   */
  public static @Nullable String check(String field, @Nullable String text) {
    if (text != null && text.indexOf('\0') >= 0) {
      throw InvalidInputException.of(
          field, "contains a NUL character (U+0000), which no stored value holds; remove it");
    }
    return text;
  }

  /** {@code match} as given, after checking its value as {@link #check(String, String)} does. */
  public static @Nullable TextMatch check(String field, @Nullable TextMatch match) {
    if (match != null) {
      check(field, match.value());
    }
    return match;
  }
}
