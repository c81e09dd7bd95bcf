package dev.flarelink.core.diagnosis;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.Service;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of testing a connection.
 *
 * @param ok whether no check failed
 * @param credentialKind the kind Cloudflare's answers prove, or {@code null} when none did
 * @param tokenStatus {@code active}, {@code disabled} or {@code expired}, for tokens
 * @param expiresOn when the token expires, or {@code null}
 * @param accountName the account's name, when the credential may read it
 * @param services for each service asked for, whether it works and why not
 */
public record TestReport(
    boolean ok,
    CredentialKind credentialKind,
    String tokenStatus,
    Instant expiresOn,
    String accountId,
    String accountName,
    List<Check> checks,
    Map<Service, Availability> services) {

  public TestReport {
    checks = List.copyOf(checks);
    services = Map.copyOf(services);
  }

  /** Whether a service works with this credential, and if not, what to add. */
  public record Availability(boolean available, String reason) {}

  /** The check with this id, if it ran. */
  public java.util.Optional<Check> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
