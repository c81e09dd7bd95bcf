package dev.flarelink.core.secret;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit master key and its id (the first 8 hex characters of its SHA-256), which sealed secrets
 * carry so the right key opens them after a rotation. Its {@code toString()} shows the id only.
 */
public final class MasterKey {

  private final byte[] bytes;
  private final String id;

  private MasterKey(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "A master key is 32 bytes (256 bits), base64-encoded; this one has "
              + bytes.length
              + " bytes");
    }
    this.bytes = bytes.clone();
    try {
      this.id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A key from its base64 text, as FLARELINK_MASTER_KEY or the key file holds it. */
  public static MasterKey fromBase64(String text) {
    try {
      return new MasterKey(Base64.getDecoder().decode(text.strip()));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("A master key")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "The master key is not base64; create one with `head -c 32 /dev/urandom | base64`");
    }
  }

  /** A new random key. */
  public static MasterKey generate() {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return new MasterKey(bytes);
  }

  /** The key as base64, for the key file. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The key's id: 8 hex characters, safe to show and store. */
  public String id() {
    return id;
  }

  SecretKey secretKey() {
    return new SecretKeySpec(bytes, "AES");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MasterKey that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
