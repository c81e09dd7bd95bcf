package dev.flarelink.core.connection;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated connection: what Test and Save work with.
 *
 * @param accountId 32 lowercase hexadecimal characters; {@code null} only in a spec validated to
 *     test, which may leave it out
 * @param statedKind the kind the person said, or {@code null}
 * @param statedOwner for tokens, the owner the person said ({@code ACCOUNT_TOKEN} or {@code
 *     USER_TOKEN}), or {@code null}
 */
public record ConnectionSpec(
    String name,
    @Nullable String accountId,
    Credential credential,
    @Nullable CredentialKind statedKind,
    @Nullable CredentialKind statedOwner,
    List<Service> services) {

  public ConnectionSpec {
    services = List.copyOf(services);
  }
}
