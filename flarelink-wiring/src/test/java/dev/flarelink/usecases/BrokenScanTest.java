package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.Scanner;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that breaks inside Flarelink says so to a person, with the cause and the fix where they
 * are known and a reference to the log otherwise; Java exception classes stay in the log.
 */
class BrokenScanTest {

  @TempDir Path dir;

  private static ScanState scanWith(ConnectionService connections, Database db, Scanner scanner) {
    try (var service =
        new ScanService(
            connections,
            new JdbcScanStore(db),
            List.of(scanner),
            Clock.systemUTC(),
            Sleeper.system(),
            TestConnections::newId)) {
      var connection = connections.list("w").getFirst();
      return service.await(
          service.request("w", connection.id(), ScanKind.IDENTITY, ScanCause.MANUAL).id(), s -> {});
    }
  }

  @Test
  void anUnexpectedError_givesAReference_notAClassName() {
    try (var sim = CloudflareSimulator.start(SimulatorOptions.defaults());
        var opened = TestDatabases.open(Database.Kind.SQLITE, dir)) {
      var saved = TestConnections.save(opened.database(), sim, "account-token", null);
      var broken =
          new Scanner() {
            @Override
            public ScanKind kind() {
              return ScanKind.IDENTITY;
            }

            @Override
            public ScanState run(String workspace, ScanState scan, String owner, ScanMeter meter) {
              throw new IllegalStateException("row 7 does not fit");
            }
          };
      var end = scanWith(saved.connections(), opened.database(), broken);
      assertThat(end.state()).isEqualTo("failed");
      assertThat(end.error())
          .doesNotContain("Exception")
          .doesNotContain("row 7")
          .contains("reference ")
          .contains("What it imported is kept");
    }
  }

  @Test
  void aCredentialSealedWithAnotherKey_namesTheKeyToConfigure() {
    try (var sim = CloudflareSimulator.start(SimulatorOptions.defaults());
        var opened = TestDatabases.open(Database.Kind.SQLITE, dir)) {
      var saved = TestConnections.save(opened.database(), sim, "account-token", null);
      var otherKey =
          new ConnectionService(
              new JdbcConnectionStore(opened.database()),
              new SecretBox(MasterKey.generate(), List.of()),
              new ConnectionTester(c -> TestConnections.client(sim, c).build(), Clock.systemUTC()),
              Clock.systemUTC(),
              TestConnections::newId);
      var scanner =
          new IdentityScanner(
              new ScanSession(
                  otherKey,
                  new JdbcScanStore(opened.database()),
                  c -> TestConnections.roomyClient(sim, c),
                  Clock.systemUTC()),
              new JdbcIdentityStore(opened.database()));
      var end = scanWith(otherKey, opened.database(), scanner);
      assertThat(saved.connection().id()).isNotBlank();
      assertThat(end.state()).isEqualTo("failed");
      assertThat(end.error())
          .doesNotContain("Exception")
          .contains("stored credential cannot be opened")
          .contains("master key")
          .doesNotContain(sim.secret("account-token"));
    }
  }
}
