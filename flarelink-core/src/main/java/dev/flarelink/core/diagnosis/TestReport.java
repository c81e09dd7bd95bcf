package dev.flarelink.core.diagnosis;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.Service;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The result of testing a connection.
 *
 * @param ok whether no check failed
 * @param credentialKind the kind Cloudflare's answers prove, or {@code null} when none did
 * @param tokenStatus {@code active}, {@code disabled} or {@code expired}, for tokens
 * @param expiresOn when the token expires, or {@code null}
 * @param accountId the account tested, or {@code null} when none was given
 * @param accountName the account's name, when the credential may read it
 * @param services for each service asked for, whether it works and why not
 * @param accounts when no account was given, the accounts the credential reaches, to pick one from
 */
public record TestReport(
    boolean ok,
    @Nullable CredentialKind credentialKind,
    @Nullable String tokenStatus,
    @Nullable Instant expiresOn,
    @Nullable String accountId,
    @Nullable String accountName,
    List<Check> checks,
    Map<Service, Availability> services,
    List<AccountChoice> accounts) {

  /** Token statuses no later fix of the connection's other fields can repair. */
  private static final Set<String> FINAL_STATUSES = Set.of("expired", "disabled");

  public TestReport {
    checks = List.copyOf(checks);
    services = Map.copyOf(services);
    accounts = List.copyOf(accounts);
  }

  /**
   * Whether a service works with this credential, and if not, what to add.
   *
   * @param checked whether a check of the service itself decided it; {@code false} when the test
   *     stopped before it (an earlier check failed), so nothing is known of the service
   */
  public record Availability(boolean available, String reason, boolean checked) {

    /** A verdict a check of the service made. */
    public Availability(boolean available, String reason) {
      this(available, reason, true);
    }

    /** No verdict: the test did not reach the service's check, for {@code reason}. */
    public static Availability notChecked(String reason) {
      return new Availability(false, reason, false);
    }
  }

  /**
   * Whether the test failed for a cause that passes by itself (a rate limit, Cloudflare unreachable
   * or failing), so what it did not check may work a moment later.
   */
  public boolean failedForAWhile() {
    return checks.stream()
        .anyMatch(
            c ->
                c.status() == Check.Status.FAIL
                    && Set.of("rate_limit", "cloudflare_reachable", "cloudflare_available")
                        .contains(c.id()));
  }

  /** An account the credential reaches: its id and name. */
  public record AccountChoice(String id, String name) {}

  /** The check with this id, if it ran. */
  public Optional<Check> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The checks that failed. */
  public List<Check> failures() {
    return checks.stream().filter(c -> c.status() == Check.Status.FAIL).toList();
  }

  /**
   * The failure that makes the credential unusable for good (an expired or disabled token), if any:
   * such a credential is never saved, even on purpose.
   */
  public Optional<Check> finalFailure() {
    if (tokenStatus == null || !FINAL_STATUSES.contains(tokenStatus)) {
      return Optional.empty();
    }
    return check("token_status").filter(c -> c.status() == Check.Status.FAIL);
  }

  /** The failed checks in one line ({@code id: message; ...}), or {@code null} when none failed. */
  public @Nullable String failureSummary() {
    var failed = failures();
    return failed.isEmpty()
        ? null
        : failed.stream().map(c -> c.id() + ": " + c.message()).collect(Collectors.joining("; "));
  }
}
