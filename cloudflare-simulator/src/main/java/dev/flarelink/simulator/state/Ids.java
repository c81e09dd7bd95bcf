package dev.flarelink.simulator.state;

import java.util.HexFormat;
import java.util.SplittableRandom;

/** Makes identifiers shaped like Cloudflare's: 32 lowercase hexadecimal characters. */
public final class Ids {

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final SplittableRandom random;

  /** Identifiers drawn from this random source. */
  public Ids(SplittableRandom random) {
    this.random = random;
  }

  /** A 32-hex identifier. */
  public String hex32() {
    var bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** A UUID-shaped identifier (alert history, policies). */
  public String uuid() {
    var hex = hex32();
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-"
        + hex.substring(12, 16)
        + "-"
        + hex.substring(16, 20)
        + "-"
        + hex.substring(20);
  }

  /** A token value in the pre-2026 format: 40 alphanumeric characters. */
  public String legacyToken() {
    return alphanumeric(40);
  }

  /** A token value in the 2026 format: prefix, 40 characters, a 6-character checksum. */
  public String prefixedToken(String prefix) {
    return prefix + alphanumeric(40) + alphanumeric(6);
  }

  /** A Global API Key in the pre-2026 format: 37 lowercase hexadecimal characters. */
  public String globalKey() {
    return hex32() + hex32().substring(0, 5);
  }

  private String alphanumeric(int length) {
    var text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return text.toString();
  }

  /** Whether a value is a well-formed Cloudflare identifier. */
  public static boolean isId(String value) {
    return value != null
        && value.length() == 32
        && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
}
