package dev.flarelink.core.scan;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text from Cloudflare as the stores can keep it. PostgreSQL cannot store U+0000 in text (SQLite
 * can), so a scan replaces each NUL with U+FFFD before comparing with what is stored: both
 * databases keep the same value, a rescan finds no change, and the scan says how many values it
 * changed ({@link #warning}).
 */
public final class NulText {

  /** What stands for a NUL character in stored text. */
  public static final char REPLACEMENT = '\uFFFD';

  private NulText() {}

  /** {@code text} with each U+0000 replaced by U+FFFD; {@code null} stays {@code null}. */
  public static String clean(String text) {
    return holds(text) ? text.replace('\0', REPLACEMENT) : text;
  }

  /** {@code texts} with each U+0000 replaced by U+FFFD; {@code null} stays {@code null}. */
  public static List<String> clean(List<String> texts) {
    return texts == null || texts.stream().noneMatch(NulText::holds)
        ? texts
        : texts.stream().map(NulText::clean).toList();
  }

  /** Whether {@code text} holds U+0000. */
  public static boolean holds(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }

  /** How many of {@code texts} hold U+0000. */
  public static int count(@Nullable String... texts) {
    var count = 0;
    for (var text : texts) {
      count += holds(text) ? 1 : 0;
    }
    return count;
  }

  /** How many of {@code texts} hold U+0000. */
  public static int count(List<String> texts) {
    return texts == null ? 0 : (int) texts.stream().filter(NulText::holds).count();
  }

  /**
   * The note a scan adds when {@code values} values of {@code where} (e.g. "the DNS records of zone
   * example.com") held NUL characters.
   */
  public static ScanWarning warning(int values, String where) {
    if (values < 1) {
      throw new IllegalArgumentException("values must be at least 1: " + values);
    }
    Objects.requireNonNull(where, "where");
    return ScanWarning.note(
        "nul_characters",
        values
            + (values == 1 ? " value in " : " values in ")
            + where
            + " held a NUL character (U+0000), which the database cannot store; "
            + (values == 1 ? "it was" : "they were")
            + " stored with U+FFFD (\uFFFD) in place of each NUL. Everything else was stored as"
            + " read.");
  }
}
