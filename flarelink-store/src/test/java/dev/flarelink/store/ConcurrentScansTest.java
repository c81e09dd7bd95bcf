package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.SeedSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of different connections run side by side: a slow account does not hold up another. */
class ConcurrentScansTest {

  @TempDir Path dir;

  @Test
  void aSlowAccount_doesNotHoldUpAFastOne() {
    try (var fast = CloudflareSimulator.start(SimulatorOptions.defaults());
        var slow =
            CloudflareSimulator.start(
                SimulatorOptions.defaults()
                    .withSeed(new SeedSpec(9, 300, 5, 1, 1, 1, 1))
                    .withFaults(Faults.parse("latency=400")));
        var opened = TestDatabases.open(Database.Kind.SQLITE, dir)) {
      var database = opened.database();
      new JdbcWorkspaceStore(database).create("w", "W", Instant.now());
      var slowFingerprint = Credential.of(slow.secret("account-token"), null).fingerprint();
      var connections =
          new ConnectionService(
              new JdbcConnectionStore(database),
              new SecretBox(MasterKey.generate(), List.of()),
              new ConnectionTester(
                  c -> CloudflareClient.builder().baseUrl(fast.baseUrl()).credential(c).build(),
                  Clock.systemUTC()),
              Clock.systemUTC(),
              IdentityScanTest::newId);
      var fastId = connect(connections, fast, "Fast");
      var slowId = connect(connections, slow, "Slow");
      var scans = new JdbcScanStore(database);
      var scanner =
          new IdentityScanner(
              connections,
              scans,
              new JdbcIdentityStore(database),
              c ->
                  IdentityScanTest.client(c.fingerprint().equals(slowFingerprint) ? slow : fast, c),
              Clock.systemUTC());
      try (var service =
          new ScanService(
              connections,
              scans,
              List.of(scanner),
              Clock.systemUTC(),
              Sleeper.system(),
              IdentityScanTest::newId)) {
        var slowScan = service.request("w", slowId, ScanKind.IDENTITY, "manual");
        var fastScan =
            service.await(service.request("w", fastId, ScanKind.IDENTITY, "manual").id(), s -> {});
        assertThat(fastScan.state()).isEqualTo("succeeded");
        assertThat(service.current(slowScan.id()).finished())
            .as("the slow account's scan is still going")
            .isFalse();
        assertThat(service.await(slowScan.id(), s -> {}).state()).isEqualTo("succeeded");
      }
    }
  }

  private static String connect(
      ConnectionService connections, CloudflareSimulator sim, String name) {
    return connections
        .create(
            "w",
            new ConnectionInput(
                name, sim.accountId(), null, null, sim.secret("account-token"), null, null, null),
            // The tester reaches only the fast simulator, so the slow account's test fails there.
            true)
        .id();
  }
}
