package dev.flarelink.core.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** Digests of field lists, so a re-scan compares one value per row instead of every column. */
final class Fingerprint {

  private Fingerprint() {}

  /** The SHA-256 of the fields (null and empty told apart), as 32 hex characters. */
  static String of(@Nullable Object... fields) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (var field : fields) {
        var text = field == null ? "\u0000" : "\u0001" + field;
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
