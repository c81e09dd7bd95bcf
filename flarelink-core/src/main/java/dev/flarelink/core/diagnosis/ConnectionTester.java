package dev.flarelink.core.diagnosis;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.error.TransportException;
import dev.flarelink.core.connection.ConnectionSpec;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tests a connection the way a person needs it tested: is the credential accepted and what kind it
 * is, does it reach the account, and does each enabled service work; each check says what to change
 * when it does not. Without an Account ID it lists the accounts the credential reaches, for a
 * person to pick one. Only reads, except two probes that cannot change anything (a patch of a
 * record that does not exist, a purge of an empty list). Thread-safe.
 */
public final class ConnectionTester {

  private final Function<Credential, CloudflareClient> clients;
  private final Clock clock;

  /**
   * A tester that reaches Cloudflare through clients made for each credential.
   *
   * @param clients makes a client for a credential, with the service's base URL and retry policy
   */
  public ConnectionTester(Function<Credential, CloudflareClient> clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** Runs every check and returns the report; it never throws for Cloudflare's answers. */
  public TestReport test(ConnectionSpec spec) {
    return test(spec, check -> {});
  }

  /**
   * Runs every check as {@link #test(ConnectionSpec)} does, telling {@code onCheck} of each as soon
   * as it is known, so that a person can watch the test run.
   */
  public TestReport test(ConnectionSpec spec, Consumer<Check> onCheck) {
    var diagnosis = new Diagnosis(spec, clock, onCheck);
    try (var client = clients.apply(spec.credential())) {
      var accountGiven = spec.accountId() != null;
      if (diagnosis.credential(client)
          && (accountGiven ? diagnosis.account(client) : diagnosis.accounts(client))) {
        for (var service : spec.services()) {
          diagnosis.service(client, service);
        }
      }
    } catch (RateLimitedException e) {
      diagnosis.add(
          Check.fail(
              "rate_limit",
              "Cloudflare rate limited this credential during the test (more than 1200 requests in"
                  + " 5 minutes across everything that uses it)",
              "Retry after "
                  + e.retryAfter()
                      .map(d -> Math.max(1, (d.toMillis() + 999) / 1000) + " s")
                      .orElse("5 minutes")
                  + "; if other tools use the same token, give this integration its own token"));
    } catch (TransportException e) {
      diagnosis.add(
          Check.fail(
              "cloudflare_reachable",
              "Cloudflare could not be reached or did not answer in time: " + e.explanation(),
              "Check that this server can reach api.cloudflare.com (DNS, proxy, firewall) and retry"));
    } catch (ServerErrorException e) {
      diagnosis.add(
          Check.fail(
              "cloudflare_available",
              "Cloudflare answered with a server error (HTTP "
                  + e.status()
                  + ", cf-ray "
                  + e.rayId()
                  + ")",
              "This is on Cloudflare's side and usually passes; retry in a few minutes"));
    }
    return diagnosis.report();
  }
}
