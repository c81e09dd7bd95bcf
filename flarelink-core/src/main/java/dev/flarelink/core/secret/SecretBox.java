package dev.flarelink.core.secret;

import dev.flarelink.cloudflare.auth.ApiToken;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals secrets with AES-256-GCM, bound to what they belong to (the connection id is the additional
 * authenticated data, so a sealed secret copied to another connection does not open). Layout:
 * version (1 byte) ‖ key id (8 ASCII bytes) ‖ nonce (12 bytes) ‖ ciphertext and tag. Seals with the
 * current key, asked for at every seal (so a rotation takes effect in a running process); opens
 * with any key it was given, which is how rotation works. Thread-safe.
 */
public final class SecretBox {

  private static final byte VERSION = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final Supplier<MasterKey> current;
  private final Map<String, MasterKey> keys = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Supplier<List<MasterKey>> moreKeys;

  /** A box that seals with {@code current} and also opens what {@code older} keys sealed. */
  public SecretBox(MasterKey current, List<MasterKey> older) {
    this(current, older, List::of);
  }

  /**
   * A box that, meeting a secret sealed with a key it does not know, asks {@code moreKeys} (e.g.
   * re-reads the key files after a rotation by another process) before giving up.
   */
  public SecretBox(MasterKey current, List<MasterKey> older, Supplier<List<MasterKey>> moreKeys) {
    this(() -> current, older, moreKeys);
  }

  /**
   * A box that seals with whatever key {@code current} gives at that moment (e.g. the key file as
   * it is now, after a rotation by another process), opens what {@code older} keys sealed, and asks
   * {@code moreKeys} for keys it meets and does not know.
   */
  public SecretBox(
      Supplier<MasterKey> current, List<MasterKey> older, Supplier<List<MasterKey>> moreKeys) {
    this.current = current;
    this.moreKeys = moreKeys;
    var first = current.get();
    keys.put(first.id(), first);
    older.forEach(key -> keys.putIfAbsent(key.id(), key));
  }

  /** The key new secrets are sealed with now. */
  public MasterKey currentKey() {
    var key = current.get();
    keys.putIfAbsent(key.id(), key);
    return key;
  }

  /**
   * Of these key ids (the keys stored secrets were sealed with), those this box cannot open with,
   * after asking for more keys once.
   */
  public Set<String> missing(Collection<String> keyIds) {
    currentKey();
    if (keys.keySet().containsAll(keyIds)) {
      return Set.of();
    }
    moreKeys.get().forEach(more -> keys.putIfAbsent(more.id(), more));
    var missing = new TreeSet<String>(keyIds);
    missing.removeAll(keys.keySet());
    return Collections.unmodifiableSet(missing);
  }

  /** Seals a secret for its owner (e.g. a connection id). */
  public byte[] seal(String secret, String owner) {
    var key = currentKey();
    var nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
      var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + 8 + NONCE + sealed.length)
          .put(VERSION)
          .put(key.id().getBytes(StandardCharsets.US_ASCII))
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /** The id of the key that sealed a secret. */
  public static String keyIdOf(byte[] sealed) {
    if (sealed.length < 1 + 8 + NONCE + 16 || sealed[0] != VERSION) {
      throw new SecretException("The stored secret is not in a format this version understands");
    }
    return new String(sealed, 1, 8, StandardCharsets.US_ASCII);
  }

  /** Opens a sealed secret for its owner. */
  public String open(byte[] sealed, String owner) {
    var keyId = keyIdOf(sealed);
    var key = keys.get(keyId);
    if (key == null) {
      moreKeys.get().forEach(more -> keys.putIfAbsent(more.id(), more));
      key = keys.get(keyId);
    }
    if (key == null) {
      throw new SecretException(
          "The secret was sealed with master key "
              + keyId
              + ", which is not configured; set FLARELINK_MASTER_KEY (or the key file) to that key, or list it as an old key");
    }
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, sealed, 9, NONCE));
      cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
      var plain = cipher.doFinal(sealed, 9 + NONCE, sealed.length - 9 - NONCE);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretException(
          "The stored secret does not open: it was changed, or it belongs to another connection");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /**
   * Seals a credential for its owner (a connection id). Only the secret is sealed, in the layout of
   * {@link #seal(String, String)}, so secrets sealed before credentials were typed still open; a
   * Global API Key's email is not secret and is kept beside the seal by whoever stores it.
   */
  public byte[] seal(Credential credential, String owner) {
    return seal(secretOf(credential), owner);
  }

  /**
   * Opens a credential sealed for its owner: a Global API Key of the user {@code email} when an
   * email was kept beside it, else an API token (its owner told by its prefix where it has one).
   */
  public Credential open(byte[] sealed, String owner, @Nullable String email) {
    var secret = open(sealed, owner);
    return email != null ? Credential.globalApiKey(secret, email) : Credential.apiToken(secret);
  }

  /** Seals again with {@code next}'s current key what this box sealed, the secret never shown. */
  public byte[] resealWith(SecretBox next, byte[] sealed, String owner) {
    return next.seal(open(sealed, owner), owner);
  }

  private static String secretOf(Credential credential) {
    return switch (credential) {
      case ApiToken token -> token.reveal();
      case GlobalApiKey key -> key.reveal();
    };
  }

  /** A sealed secret that cannot be opened; the message says why, never what. */
  public static final class SecretException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecretException(String message) {
      super(message);
    }
  }
}
