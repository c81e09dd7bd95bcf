package dev.flarelink.cloudflare.auth;

import dev.flarelink.cloudflare.model.TokenVerification;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What probing a credential found.
 *
 * @param kind the kind Cloudflare's answers prove
 * @param verification the token's verification (status, expiry); {@code null} for a Global API Key
 * @param evidence how the kind was established, one line per probe
 * @param contradiction what a stated kind got wrong, when it did
 */
public record CredentialDetection(
    CredentialKind kind,
    @Nullable TokenVerification verification,
    List<String> evidence,
    Optional<String> contradiction) {

  public CredentialDetection {
    evidence = List.copyOf(evidence);
  }
}
