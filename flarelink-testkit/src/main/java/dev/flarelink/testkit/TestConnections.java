package dev.flarelink.testkit;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.CloudflareClientBuilder;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcWorkspaceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace {@code w} with one saved connection to the simulator, as the scan tests need. */
public final class TestConnections {

  private static final RateBudgetRegistry ROOMY_BUDGETS =
      new RateBudgetRegistry(
          new RateBudgetRegistry.RateLimit(100_000, Duration.ofMinutes(5)),
          RateBudgetRegistry.DEFAULT_GRAPHQL,
          Clock.systemUTC(),
          Sleeper.system());

  private TestConnections() {}

  /** The connection use cases and the connection saved with them. */
  public record Saved(ConnectionService connections, Connection connection) {}

  /**
   * Creates workspace {@code w} and saves a connection named Acme with one of the simulator's named
   * credentials (a token, or the Global API Key with its email), saved even when its test fails (as
   * the scans of a partly permitted credential need).
   *
   * @param services the services to enable, or {@code null} for the read-only defaults
   */
  public static Saved save(
      Database database, CloudflareSimulator sim, String credential, List<String> services) {
    new JdbcWorkspaceStore(database).create("w", "W", Instant.now());
    var tester =
        new ConnectionTester(
            c -> CloudflareClient.builder().baseUrl(sim.baseUrl()).credential(c).build(),
            Clock.systemUTC());
    var connections =
        new ConnectionService(
            new JdbcConnectionStore(database),
            new SecretBox(MasterKey.generate(), List.of()),
            tester,
            Clock.systemUTC(),
            TestConnections::newId);
    var named = sim.state().read(s -> s.credential(credential));
    var isKey = named.kind().equals("global_api_key");
    var connection =
        connections.create(
            "w",
            new ConnectionInput(
                "Acme",
                sim.accountId(),
                null,
                null,
                isKey ? null : named.secret(),
                isKey ? named.secret() : null,
                named.email(),
                services),
            true);
    return new Saved(connections, connection);
  }

  /**
   * A client with a rate budget of its own, as large as the roomy simulators', so that the budget
   * other test classes spent in this JVM does not stall these tests; its retries do not sleep.
   */
  public static CloudflareClientBuilder roomyClient(
      CloudflareSimulator sim, Credential credential) {
    return client(sim, credential).rateBudgets(ROOMY_BUDGETS).sleeper(d -> {});
  }

  /** A client of the simulator that retries up to eight times, as scans of a faulty one need. */
  public static CloudflareClientBuilder client(CloudflareSimulator sim, Credential credential) {
    return CloudflareClient.builder()
        .baseUrl(sim.baseUrl())
        .credential(credential)
        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(8));
  }

  /** A new id as the stores keep them: 32 hex digits. */
  public static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
