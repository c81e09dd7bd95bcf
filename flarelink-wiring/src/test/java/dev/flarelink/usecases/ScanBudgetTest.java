package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry.RateLimit;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.JdbcWorkspaceStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.ManualTime;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that knows the account's rate limit spends its budget proactively and never draws a 429;
 * it waits instead, and says until when. Time is a shared manual clock, so nothing sleeps.
 */
class ScanBudgetTest {

  @TempDir Path dir;

  @Test
  void aScanToldTheLimit_waitsInsteadOfDrawing429s() {
    var time = new ManualTime();
    var limit = new RateLimit(4, Duration.ofSeconds(60));
    try (var sim =
            CloudflareSimulator.start(
                SimulatorOptions.defaults()
                    .withSeed(new SeedSpec(5, 400, 20, 2, 1, 1, 1))
                    .withRateLimit(limit.limit(), limit.window())
                    .withClock(time));
        var opened = TestDatabases.open(Database.Kind.SQLITE, dir)) {
      var database = opened.database();
      new JdbcWorkspaceStore(database).create("w", "W", Instant.now());
      var box = new SecretBox(MasterKey.generate(), List.of());
      var store = new JdbcConnectionStore(database);
      var connections =
          new ConnectionService(
              store,
              box,
              new ConnectionTester(
                  c -> CloudflareClient.builder().baseUrl(sim.baseUrl()).credential(c).build(),
                  Clock.systemUTC()),
              Clock.systemUTC(),
              TestConnections::newId);
      // Stored directly: saving through the use case tests the token first, and those requests
      // would spend the small rate limit this test gives the scan alone.
      var saved = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      var connection =
          new Connection(
              TestConnections.newId(),
              "w",
              "Acme",
              sim.accountId(),
              CredentialKind.ACCOUNT_TOKEN,
              null,
              "account_token",
              null,
              Service.readOnlyDefaults(),
              saved,
              saved,
              null,
              null,
              null);
      store.insert(connection, box.seal(sim.secret("account-token"), connection.id()));
      var scans = new JdbcScanStore(database);
      var budgets = new RateBudgetRegistry(limit, limit, time, time);
      var scanner =
          new IdentityScanner(
              new ScanSession(
                  connections,
                  scans,
                  c ->
                      CloudflareClient.builder()
                          .baseUrl(sim.baseUrl())
                          .credential(c)
                          .clock(time)
                          .sleeper(time)
                          .rateBudgets(budgets),
                  Clock.systemUTC()),
              new JdbcIdentityStore(database));
      var waits = new ArrayList<String>();
      var claim =
          scans.claim(
              connection.id(),
              ScanKind.IDENTITY,
              "me",
              ScanCause.MANUAL,
              TestConnections.newId(),
              Instant.now(),
              Instant.now());
      var meter = new ScanMeter(0, () -> waits.add("changed"));
      var scan = scanner.run("w", claim.scan(), "me", meter);

      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.items()).isEqualTo(420);
      assertThat(sim.counters())
          .as("no 429 was drawn")
          .allSatisfy((key, count) -> assertThat(key).doesNotEndWith(" 429"));
      assertThat(scan.requests())
          .as("account, roles, 9 member pages of 50 (422 listed), audit log")
          .isEqualTo(12);
      assertThat(time.sleeps()).as("two full windows sat out").hasSize(2);
      assertThat(waits).as("each wait began and ended visibly").hasSize(4);
    }
  }
}
