package dev.flarelink.cloudflare.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Cloudflare credential: an API token (account- or user-owned) or a Global API Key with its
 * email. No implementation prints its secret in {@code toString()}.
 */
public sealed interface Credential permits ApiToken, GlobalApiKey {

  /** The kind, when known: a legacy token's owner is unknown until probed. */
  Optional<CredentialKind> kind();

  /** Kind and last four characters, safe to show: {@code "account_token …x9f2"}. */
  String hint();

  /** The request headers that carry this credential. */
  Map<String, String> headers();

  /** A stable, non-reversible identifier for budgets and caches (never the secret). */
  String fingerprint();

  /** Prefix of Global API Keys in Cloudflare's 2026 format. */
  String GLOBAL_KEY_PREFIX = "cfk_";

  /**
   * An API token whose owner is told by its prefix ({@code cfat_}, {@code cfut_}) where present.
   *
   * @throws IllegalArgumentException for a Global API Key ({@code cfk_}) pasted as a token
   */
  static ApiToken apiToken(String token) {
    if (token != null && token.strip().startsWith(GLOBAL_KEY_PREFIX)) {
      throw new IllegalArgumentException(
          "This is a Global API Key (it starts with cfk_), not an API token; give it as a key"
              + " together with the email of its user");
    }
    return ApiToken.of(token);
  }

  /**
   * The credential a secret is, told by Cloudflare's prefixes where it has one: {@code cfk_} is a
   * Global API Key (which needs {@code email}), {@code cfat_} and {@code cfut_} are tokens. A
   * legacy secret is a Global API Key when an email comes with it, else a token.
   *
   * @throws IllegalArgumentException when the secret and the email do not fit together
   */
  static Credential of(String secret, String email) {
    var value = secret == null ? "" : secret.strip();
    var hasEmail = email != null && !email.isBlank();
    var prefixedToken =
        value.startsWith(ApiToken.ACCOUNT_PREFIX) || value.startsWith(ApiToken.USER_PREFIX);
    if (value.startsWith(GLOBAL_KEY_PREFIX) || (hasEmail && !prefixedToken)) {
      if (!hasEmail) {
        throw new IllegalArgumentException(
            "This is a Global API Key (it starts with cfk_); it needs the email address of the"
                + " Cloudflare user it belongs to");
      }
      return globalApiKey(value, email);
    }
    if (hasEmail) {
      throw new IllegalArgumentException(
          "An API token is used without an email; the email goes only with a Global API Key."
              + " Leave the email empty, or give the Global API Key instead of the token");
    }
    return apiToken(value);
  }

  /** A Global API Key and the email of the user it belongs to. */
  static GlobalApiKey globalApiKey(String key, String email) {
    return new GlobalApiKey(key, email);
  }

  /**
   * The credential named by the conventional environment variables: {@code CLOUDFLARE_API_TOKEN},
   * or {@code CLOUDFLARE_API_KEY} with {@code CLOUDFLARE_EMAIL}.
   *
   * @throws IllegalArgumentException when both kinds, or a key without its email, are set
   */
  static Optional<Credential> fromEnvironment(Map<String, String> environment) {
    var token = blankToNull(environment.get("CLOUDFLARE_API_TOKEN"));
    var key = blankToNull(environment.get("CLOUDFLARE_API_KEY"));
    var email = blankToNull(environment.get("CLOUDFLARE_EMAIL"));
    if (token != null && key != null) {
      throw new IllegalArgumentException(
          "Both CLOUDFLARE_API_TOKEN and CLOUDFLARE_API_KEY are set; unset one of them");
    }
    if (token != null) {
      return Optional.of(apiToken(token));
    }
    if (key == null) {
      return Optional.empty();
    }
    if (email == null) {
      throw new IllegalArgumentException(
          "CLOUDFLARE_API_KEY is set without CLOUDFLARE_EMAIL; a Global API Key needs the email"
              + " of its user");
    }
    return Optional.of(globalApiKey(key, email));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The last four characters of a secret, for hints. */
  static String lastFour(String secret) {
    return secret.length() <= 4 ? "****" : "…" + secret.substring(secret.length() - 4);
  }

  /** A short SHA-256 fingerprint of a secret. */
  static String fingerprintOf(String secret) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
