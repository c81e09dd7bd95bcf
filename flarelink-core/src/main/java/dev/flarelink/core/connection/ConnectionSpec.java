package dev.flarelink.core.connection;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialKind;
import java.util.List;

/**
 * A validated connection: what Test and Save work with.
 *
 * @param accountId 32 lowercase hexadecimal characters
 * @param statedKind the kind the person said, or {@code null}
 * @param statedOwner for tokens, the owner the person said ({@code ACCOUNT_TOKEN} or {@code
 *     USER_TOKEN}), or {@code null}
 */
public record ConnectionSpec(
    String name,
    String accountId,
    Credential credential,
    CredentialKind statedKind,
    CredentialKind statedOwner,
    List<Service> services) {

  public ConnectionSpec {
    services = List.copyOf(services);
  }
}
