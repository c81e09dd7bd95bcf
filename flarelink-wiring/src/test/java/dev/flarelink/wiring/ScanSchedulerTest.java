package dev.flarelink.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled scans: two service processes on one PostgreSQL run a due scan once, and the embedded
 * database schedules on its own.
 */
class ScanSchedulerTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  private Wiring open(String url, CloudflareSimulator sim) {
    return Wiring.open(
        new ServerSettings("127.0.0.1", 0, url, dir, sim.baseUrl(), null),
        Map.of(),
        Clock.systemUTC());
  }

  private static String connect(Wiring wiring, CloudflareSimulator sim) {
    return wiring
        .connections()
        .create(
            Wiring.DEFAULT_WORKSPACE,
            new ConnectionInput(
                "Acme", sim.accountId(), null, null, sim.secret("account-token"), null, null, null))
        .id();
  }

  private static ScanScheduler schedule(Wiring wiring) {
    return ScanScheduler.start(
        wiring.database().dataSource(),
        wiring.scans(),
        Duration.ofHours(6),
        Duration.ofSeconds(1),
        wiring.scans().owner());
  }

  @Test
  void twoProcessesOnPostgresql_runADueScanOnce(CloudflareSimulator sim) throws Exception {
    var schema = TestDatabases.createSchema("flarelink_sched_");
    var url = TestDatabases.withSchema(TestDatabases.POSTGRES_URL, schema);
    try (var first = open(url, sim);
        var second = open(url, sim)) {
      var id = connect(first, sim);
      var a = schedule(first);
      var b = schedule(second);
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    first.scans().scans(Wiring.DEFAULT_WORKSPACE, id, 10).stream()
                            .filter(s -> s.state().equals("succeeded"))
                            .count()
                        == 2);
        Thread.sleep(3_000); // three more ticks of both schedulers
      } finally {
        a.close();
        b.close();
      }
      var scans = first.scans().scans(Wiring.DEFAULT_WORKSPACE, id, 10);
      assertThat(scans)
          .as("one scan of each kind the connection enables, not one per process")
          .extracting(s -> s.kind().id())
          .containsExactlyInAnyOrder("identity", "inventory");
      assertThat(scans).extracting(s -> s.cause()).containsOnly(ScanCause.SCHEDULE);
    } finally {
      TestDatabases.dropSchema(schema);
    }
  }

  @Test
  void theEmbeddedDatabase_schedulesToo(CloudflareSimulator sim) {
    try (var wiring = open(null, sim)) {
      var id = connect(wiring, sim);
      var scheduler = schedule(wiring);
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    wiring.scans().scans(Wiring.DEFAULT_WORKSPACE, id, 10).stream()
                        .anyMatch(s -> s.state().equals("succeeded")));
      } finally {
        scheduler.close();
      }
    }
  }

  @Test
  void withScheduledScansOff_aScanInterruptedByAKilledProcess_resumesOnStart(
      CloudflareSimulator sim) throws Exception {
    String id;
    String scanId = UUID.randomUUID().toString().replace("-", "");
    try (var wiring = open(null, sim)) {
      id = connect(wiring, sim);
      var silentSince = Instant.now().minus(ScanService.STALE_AFTER).minusSeconds(5);
      var claim =
          new JdbcScanStore(wiring.database())
              .claim(
                  id,
                  ScanKind.IDENTITY,
                  "a-process-killed-mid-scan",
                  ScanCause.MANUAL,
                  scanId,
                  silentSince,
                  silentSince.minus(ScanService.STALE_AFTER));
      assertThat(claim.owned()).isTrue();
    }
    var connectionId = id;
    try (var wiring = open(null, sim)) {
      var resuming = wiring.startScheduler(null);
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    wiring.scans().scans(Wiring.DEFAULT_WORKSPACE, connectionId, 10).stream()
                        .anyMatch(s -> s.id().equals(scanId) && s.state().equals("succeeded")));
      } finally {
        resuming.close();
      }
      assertThat(wiring.scans().scans(Wiring.DEFAULT_WORKSPACE, connectionId, 10))
          .as("scans are off: only the interrupted scan ran")
          .hasSize(1);
    }
  }
}
