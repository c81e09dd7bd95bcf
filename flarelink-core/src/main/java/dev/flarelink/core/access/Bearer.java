package dev.flarelink.core.access;

import java.util.Locale;
import java.util.Optional;

/**
 * The credential of an {@code Authorization: Bearer <key>} header. The scheme is matched in any
 * case (RFC 9110: auth schemes are case-insensitive), so {@code bearer} and {@code BEARER} work
 * too.
 */
public final class Bearer {

  private static final String SCHEME = "bearer";

  private Bearer() {}

  /** The key the header carries, or empty when it is absent, of another scheme or blank. */
  public static Optional<String> key(String header) {
    if (header == null || header.length() <= SCHEME.length() + 1) {
      return Optional.empty();
    }
    var scheme = header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT);
    var separator = header.charAt(SCHEME.length());
    if (!scheme.equals(SCHEME) || (separator != ' ' && separator != '\t')) {
      return Optional.empty();
    }
    var key = header.substring(SCHEME.length() + 1).strip();
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }
}
