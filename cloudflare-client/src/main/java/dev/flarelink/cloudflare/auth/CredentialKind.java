package dev.flarelink.cloudflare.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of Cloudflare credential. */
public enum CredentialKind {
  /** An API token owned by an account; it survives any person leaving. */
  ACCOUNT_TOKEN("account_token"),
  /** An API token owned by a user; it stops working when that user leaves the account. */
  USER_TOKEN("user_token"),
  /** A user's Global API Key, sent with the user's email; full access, no scoping. */
  GLOBAL_API_KEY("global_api_key");

  private final String id;

  CredentialKind(String id) {
    this.id = id;
  }

  /** The stable identifier, as in JSON: {@code account_token}, {@code user_token}, ... */
  public String id() {
    return id;
  }

  /** The kind with this identifier, ignoring case and accepting dashes. */
  public static Optional<CredentialKind> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    var normal = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(kind -> kind.id.equals(normal)).findFirst();
  }
}
