package dev.flarelink.core.connection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A connection as a person or program gave it, before validation. Every field may be missing.
 *
 * @param credentialKind the stated kind: {@code account_token}, {@code user_token} or {@code
 *     global_api_key}
 * @param tokenType the stated owner of a token: {@code account} or {@code user}
 * @param token an API token
 * @param key a Global API Key
 * @param email the email of the Global API Key's user
 * @param enabledServices service identifiers; missing means every read-only service
 */
public record ConnectionInput(
    @Nullable String name,
    @Nullable String accountId,
    @Nullable String credentialKind,
    @Nullable String tokenType,
    @Nullable String token,
    @Nullable String key,
    @Nullable String email,
    @Nullable List<String> enabledServices) {

  @Override
  public String toString() {
    return "ConnectionInput[name="
        + name
        + ", accountId="
        + accountId
        + ", credentialKind="
        + credentialKind
        + ", tokenType="
        + tokenType
        + ", token="
        + (token == null ? "none" : "(hidden)")
        + ", key="
        + (key == null ? "none" : "(hidden)")
        + ", email="
        + email
        + ", enabledServices="
        + enabledServices
        + "]";
  }
}
