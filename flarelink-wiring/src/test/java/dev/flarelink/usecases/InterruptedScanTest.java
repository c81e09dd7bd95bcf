package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.ManualTime;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A scan whose process died resumes by itself, whether or not scans run on a schedule (#19 item 9):
 * {@link ScanService#resumeInterrupted()} takes over scans whose heartbeat went silent and starts
 * nothing else. On both databases.
 */
class InterruptedScanTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aSilentScan_isResumedAndFinished_andNothingElseStarts(Database.Kind kind) {
    var time = new ManualTime();
    try (var sim = CloudflareSimulator.start(SimulatorOptions.defaults());
        var opened = TestDatabases.open(kind, dir)) {
      var killed = TestConnections.save(opened.database(), sim, "account-token", null);
      var never =
          killed
              .connections()
              .create(
                  "w",
                  new ConnectionInput(
                      "Never scanned",
                      sim.accountId(),
                      null,
                      null,
                      sim.secret("account-token"),
                      null,
                      null,
                      null),
                  true);
      var store = new JdbcScanStore(opened.database());
      var dead =
          store.claim(
              killed.connection().id(),
              ScanKind.IDENTITY,
              "a-process-killed-at-page-4",
              ScanCause.MANUAL,
              TestConnections.newId(),
              time.instant(),
              time.instant().minus(ScanService.STALE_AFTER));
      assertThat(dead.owned()).isTrue();
      var scanner =
          new IdentityScanner(
              new ScanSession(
                  killed.connections(), store, c -> TestConnections.roomyClient(sim, c), time),
              new JdbcIdentityStore(opened.database()));
      try (var service =
          new ScanService(
              killed.connections(), store, List.of(scanner), time, time, TestConnections::newId)) {
        assertThat(service.resumeInterrupted())
            .as("its process may still be alive: not silent long enough")
            .isEmpty();

        time.sleep(ScanService.STALE_AFTER.plusSeconds(1));
        var resumed = service.resumeInterrupted();

        assertThat(resumed).extracting(s -> s.id()).containsExactly(dead.scan().id());
        var end =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> service.await(dead.scan().id(), s -> {}));
        assertThat(end.state()).isEqualTo("succeeded");
        assertThat(service.scans("w", never.id(), 10))
            .as("a connection never scanned is not scanned by a resume")
            .isEmpty();
        assertThat(service.resumeInterrupted()).as("nothing left to resume").isEmpty();
      }
    }
  }
}
