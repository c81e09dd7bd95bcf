package dev.flarelink.cloudflare.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An API token, sent as {@code Authorization: Bearer}. Immutable; its value is never printed. */
public final class ApiToken implements Credential {

  /** Prefix of account-owned tokens in Cloudflare's 2026 format. */
  public static final String ACCOUNT_PREFIX = "cfat_";

  /** Prefix of user-owned tokens in Cloudflare's 2026 format. */
  public static final String USER_PREFIX = "cfut_";

  private final String value;
  private final @Nullable CredentialKind kind;

  private ApiToken(String value, @Nullable CredentialKind kind) {
    this.value = value;
    this.kind = kind;
  }

  static ApiToken of(String token) {
    Objects.requireNonNull(token, "token == null");
    var value = token.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("The API token is empty; paste the whole token");
    }
    @Nullable CredentialKind kind = null;
    if (value.startsWith(ACCOUNT_PREFIX)) {
      kind = CredentialKind.ACCOUNT_TOKEN;
    } else if (value.startsWith(USER_PREFIX)) {
      kind = CredentialKind.USER_TOKEN;
    }
    return new ApiToken(value, kind);
  }

  /** This token with its owner known, e.g. after probing a legacy token. */
  public ApiToken withKind(CredentialKind owner) {
    if (owner == CredentialKind.GLOBAL_API_KEY) {
      throw new IllegalArgumentException("An API token cannot be a Global API Key");
    }
    return new ApiToken(value, owner);
  }

  /** Whether Cloudflare's prefix tells the owner. */
  public boolean hasOwnerPrefix() {
    return value.startsWith(ACCOUNT_PREFIX) || value.startsWith(USER_PREFIX);
  }

  /** The secret itself, for the one place that sends it. */
  public String reveal() {
    return value;
  }

  @Override
  public Optional<CredentialKind> kind() {
    return Optional.ofNullable(kind);
  }

  @Override
  public String hint() {
    return (kind == null ? "api_token" : kind.id()) + " " + Credential.lastFour(value);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Authorization", "Bearer " + value);
  }

  @Override
  public String fingerprint() {
    return Credential.fingerprintOf(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiToken that && value.equals(that.value) && kind == that.kind;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ApiToken[" + hint() + "]";
  }
}
