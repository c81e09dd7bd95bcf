package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that joined another's scan and waits for it (the CLI's {@code scan}, which runs no
 * scheduler) takes the scan over when its owner goes silent, instead of waiting forever.
 */
class SilentOwnerTest {

  @TempDir Path dir;

  @Test
  void aWatcherTakesOverAScanWhoseProcessDied_andFinishesIt() {
    var time = new ManualTime();
    try (var sim = CloudflareSimulator.start(SimulatorOptions.defaults());
        var opened = TestDatabases.open(Database.Kind.SQLITE, dir)) {
      var saved = TestConnections.save(opened.database(), sim, "account-token", null);
      var store = new JdbcScanStore(opened.database());
      var id = saved.connection().id();
      var dead =
          store.claim(
              id,
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
                  saved.connections(), store, c -> TestConnections.roomyClient(sim, c), time),
              new JdbcIdentityStore(opened.database()));
      try (var service =
          new ScanService(
              saved.connections(), store, List.of(scanner), time, time, TestConnections::newId)) {
        var joined = service.request("w", id, ScanKind.IDENTITY, ScanCause.MANUAL);
        assertThat(joined.id()).isEqualTo(dead.scan().id());
        assertThat(joined.finished()).isFalse();
        var end =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> service.await(joined.id(), s -> {}));
        assertThat(end.state()).isEqualTo("succeeded");
        assertThat(end.items()).isPositive();
        assertThat(time.instant())
            .as("it waited for the owner to look silent first")
            .isAfterOrEqualTo(dead.scan().startedAt().plus(ScanService.STALE_AFTER));
      }
    }
  }
}
