package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.Scanner;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan requested right after the previous one ended starts a new scan, even while the previous
 * scan's worker is still on its way out (a race that made a rescan answer with the scan before).
 */
class EndedScanTest {

  @TempDir Path dir;

  @Test
  void aRequestWhileTheEndedScansWorkerLeaves_startsANewScan() throws Exception {
    try (var sim = CloudflareSimulator.start(SimulatorOptions.defaults());
        var opened = TestDatabases.open(Database.Kind.SQLITE, dir)) {
      var saved = TestConnections.save(opened.database(), sim, "account-token", null);
      var store = new JdbcScanStore(opened.database());
      var ended = new CountDownLatch(1);
      var leave = new CountDownLatch(1);
      var runs = new AtomicInteger();
      var scanner =
          new Scanner() {
            @Override
            public ScanKind kind() {
              return ScanKind.IDENTITY;
            }

            @Override
            public ScanState run(String workspace, ScanState scan, String owner, ScanMeter meter) {
              // Counted before the scan shows as ended, which is when a watcher may look.
              var run = runs.incrementAndGet();
              store.succeed(scan.id(), Instant.now());
              if (run == 1) {
                ended.countDown();
                try {
                  leave.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return store.scan(scan.id()).orElseThrow();
            }
          };
      try (var service =
          new ScanService(
              saved.connections(),
              store,
              List.of(scanner),
              Clock.systemUTC(),
              Sleeper.system(),
              TestConnections::newId)) {
        var id = saved.connection().id();
        var first = service.request("w", id, ScanKind.IDENTITY, ScanCause.MANUAL);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        var second = service.request("w", id, ScanKind.IDENTITY, ScanCause.MANUAL);
        leave.countDown();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(service.await(second.id(), s -> {}).state()).isEqualTo("succeeded");
        assertThat(runs.get()).isEqualTo(2);
      }
    }
  }
}
