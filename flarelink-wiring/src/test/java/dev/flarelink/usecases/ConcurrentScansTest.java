package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.JdbcWorkspaceStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
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
              TestConnections::newId);
      var fastId = connect(connections, fast, "Fast");
      var slowId = connect(connections, slow, "Slow");
      var scans = new JdbcScanStore(database);
      var scanner =
          new IdentityScanner(
              new ScanSession(
                  connections,
                  scans,
                  c ->
                      TestConnections.client(
                          c.fingerprint().equals(slowFingerprint) ? slow : fast, c),
                  Clock.systemUTC()),
              new JdbcIdentityStore(database));
      try (var service =
          new ScanService(
              connections,
              scans,
              List.of(scanner),
              Clock.systemUTC(),
              Sleeper.system(),
              TestConnections::newId)) {
        var slowScan = service.request("w", slowId, ScanKind.IDENTITY, ScanCause.MANUAL);
        var fastScan =
            service.await(
                service.request("w", fastId, ScanKind.IDENTITY, ScanCause.MANUAL).id(), s -> {});
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
