package dev.flarelink.cloudflare.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Global API Key with its user's email, sent as {@code X-Auth-Key} and {@code X-Auth-Email}.
 * Immutable; the key is never printed.
 */
public final class GlobalApiKey implements Credential {

  private final String key;
  private final String email;

  GlobalApiKey(String key, String email) {
    Objects.requireNonNull(key, "key == null");
    if (key.isBlank()) {
      throw new IllegalArgumentException("The Global API Key is empty; paste the whole key");
    }
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException(
          "A Global API Key needs the email address of the Cloudflare user it belongs to");
    }
    this.key = key.strip();
    this.email = email.strip();
  }

  /** The email of the key's user. */
  public String email() {
    return email;
  }

  /** The secret itself, for the one place that sends it. */
  public String reveal() {
    return key;
  }

  @Override
  public Optional<CredentialKind> kind() {
    return Optional.of(CredentialKind.GLOBAL_API_KEY);
  }

  @Override
  public String hint() {
    return CredentialKind.GLOBAL_API_KEY.id() + " " + Credential.lastFour(key);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("X-Auth-Key", key, "X-Auth-Email", email);
  }

  @Override
  public String fingerprint() {
    return Credential.fingerprintOf(email + "\n" + key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GlobalApiKey that && key.equals(that.key) && email.equals(that.email);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "GlobalApiKey[" + hint() + ", email=" + email + "]";
  }
}
