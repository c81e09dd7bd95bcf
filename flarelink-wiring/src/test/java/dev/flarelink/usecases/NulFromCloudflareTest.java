package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.InventoryScanner;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcInventoryStore;
import dev.flarelink.store.JdbcResourceStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.RowWrites;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text from Cloudflare holding U+0000 (which PostgreSQL cannot store) does not fail a scan: it is
 * stored with U+FFFD in place of each NUL, the same on both databases, the scan says how many
 * values it changed, and a rescan finds no change.
 */
class NulFromCloudflareTest {

  static final SimulatorOptions OPTIONS =
      SimulatorOptions.defaults()
          .withSeed(new SeedSpec(29, 6, 0, 0, 3, 4, 0))
          .withRateLimit(100_000, Duration.ofMinutes(5));

  @TempDir Path dir;

  private record Setup(
      ConnectionService connections,
      JdbcInventoryStore inventory,
      JdbcIdentityStore identity,
      ScanService service,
      String connectionId)
      implements AutoCloseable {

    ScanState scan(ScanKind kind) {
      return service.await(
          service.request("w", connectionId, kind, ScanCause.MANUAL).id(), s -> {});
    }

    @Override
    public void close() {
      service.close();
    }
  }

  private static Setup setup(Database database, CloudflareSimulator sim) {
    var saved = TestConnections.save(database, sim, "account-token", null);
    var connections = saved.connections();
    var scans = new JdbcScanStore(database);
    var inventory = new JdbcInventoryStore(database);
    var identity = new JdbcIdentityStore(database);
    var service =
        new ScanService(
            connections,
            scans,
            List.of(
                new IdentityScanner(
                    new ScanSession(
                        connections,
                        scans,
                        c -> TestConnections.roomyClient(sim, c),
                        Clock.systemUTC()),
                    identity),
                new InventoryScanner(
                    new ScanSession(
                        connections,
                        scans,
                        c -> TestConnections.roomyClient(sim, c),
                        Clock.systemUTC()),
                    inventory,
                    new JdbcResourceStore(database))),
            Clock.systemUTC(),
            Sleeper.system(),
            TestConnections::newId);
    return new Setup(connections, inventory, identity, service, saved.connection().id());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aDnsRecordHoldingNul_isStoredWithAReplacement_saidSo_andARescanWritesNothing(
      Database.Kind kind) {
    try (var sim = CloudflareSimulator.start(OPTIONS);
        var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim)) {
      var zone =
          sim.state()
              .read(
                  s ->
                      s.zones().stream()
                          .filter(z -> z.accountId().equals(sim.accountId()))
                          .findFirst()
                          .orElseThrow());
      var id = "e".repeat(31) + "0";
      sim.state()
          .write(
              s ->
                  s.records(zone.id())
                      .add(
                          new DnsRecord(
                              id,
                              zone.id(),
                              "nul\0." + zone.name(),
                              "TXT",
                              "before\0after",
                              null,
                              null,
                              false,
                              300,
                              "a\0comment",
                              List.of("team:\0sre"),
                              Instant.parse("2026-01-02T03:04:05Z"),
                              Instant.parse("2026-01-02T03:04:05Z"))));

      var scan = setup.scan(ScanKind.INVENTORY);

      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.partial()).as("everything was read").isFalse();
      assertThat(scan.warnings())
          .extracting(ScanWarning::part, ScanWarning::permission)
          .containsExactly(Tuple.tuple("nul_characters", null));
      assertThat(scan.warnings().get(0).describe())
          .contains("4 values in zone " + zone.name())
          .contains("NUL character (U+0000)")
          .contains("U+FFFD");
      var stored = setup.inventory().records(setup.connectionId(), zone.id()).get(id);
      assertThat(stored)
          .extracting(
              DnsRecordEntry::name,
              DnsRecordEntry::content,
              DnsRecordEntry::comment,
              DnsRecordEntry::tags)
          .containsExactly(
              "nul\uFFFD." + zone.name(),
              "before\uFFFDafter",
              "a\uFFFDcomment",
              List.of("team:\uFFFDsre"));

      var writes =
          RowWrites.install(
              opened.database(),
              List.of(
                  "zones", "zone_settings", "dns_records", "dns_record_tags", "inventory_changes"));
      var before = writes.counts();
      var again = setup.scan(ScanKind.INVENTORY);
      assertThat(again.state()).as(String.valueOf(again.error())).isEqualTo("succeeded");
      assertThat(again.warnings()).isEqualTo(scan.warnings());
      assertThat(RowWrites.between(before, writes.counts())).as("rows written").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aMemberNameHoldingNul_isStoredWithAReplacement_saidSo_andARescanWritesNothing(
      Database.Kind kind) {
    try (var sim = CloudflareSimulator.start(OPTIONS);
        var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim)) {
      var member =
          sim.state()
              .write(
                  s -> {
                    var accepted =
                        s.members(sim.accountId()).stream()
                            .filter(m -> "accepted".equals(m.status()) && m.userId() != null)
                            .findFirst()
                            .orElseThrow();
                    var user = s.user(accepted.userId()).orElseThrow();
                    s.putUser(
                        new Entities.User(
                            user.id(),
                            "Ann\0",
                            "Lee",
                            user.email(),
                            user.twoFactor(),
                            user.globalApiKey()));
                    return accepted;
                  });

      var scan = setup.scan(ScanKind.IDENTITY);

      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.partial()).isFalse();
      assertThat(scan.warnings()).extracting(ScanWarning::part).containsExactly("nul_characters");
      assertThat(scan.warnings().get(0).describe()).contains("1 value in the members");
      var stored =
          setup.identity().members(setup.connectionId(), List.of(member.id())).get(member.id());
      assertThat(stored.name()).isEqualTo("Ann\uFFFD Lee");

      var writes =
          RowWrites.install(
              opened.database(), List.of("members", "member_changes", "roles", "account_security"));
      var before = writes.counts();
      var again = setup.scan(ScanKind.IDENTITY);
      assertThat(again.state()).as(String.valueOf(again.error())).isEqualTo("succeeded");
      assertThat(RowWrites.between(before, writes.counts())).as("rows written").isEmpty();
    }
  }
}
