package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.InventoryScanner;
import dev.flarelink.core.inventory.InventoryStore;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inventory import against the simulator's ground truth, on both databases. */
class InventoryScanTest {

  /** 60 zones (two pages) of 8 records; each scan costs some 130 requests. */
  static final SimulatorOptions OPTIONS =
      SimulatorOptions.defaults()
          .withSeed(new SeedSpec(11, 10, 0, 0, 60, 8, 0))
          .withRateLimit(100_000, Duration.ofMinutes(5));

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension(OPTIONS);

  @TempDir Path dir;

  record Setup(
      ConnectionService connections,
      JdbcInventoryStore store,
      JdbcScanStore scans,
      ScanService service,
      InventoryQueries queries,
      String connectionId)
      implements AutoCloseable {

    ScanState scan() {
      return service.await(
          service.request("w", connectionId, ScanKind.INVENTORY, ScanCause.MANUAL).id(), s -> {});
    }

    List<DnsRecordEntry> records(DnsQuery query, boolean fresh) {
      return queries.records("w", connectionId, query, fresh).records();
    }

    @Override
    public void close() {
      service.close();
    }
  }

  static Setup setup(
      Database database, CloudflareSimulator sim, String credential, InventoryStore watched) {
    var saved = TestConnections.save(database, sim, credential, null);
    var connections = saved.connections();
    var connection = saved.connection();
    var store = new JdbcInventoryStore(database);
    var scans = new JdbcScanStore(database);
    var scanner =
        new InventoryScanner(
            new ScanSession(
                connections, scans, c -> TestConnections.roomyClient(sim, c), Clock.systemUTC()),
            watched == null ? store : watched,
            new JdbcResourceStore(database));
    var service =
        new ScanService(
            connections,
            scans,
            List.of(scanner),
            Clock.systemUTC(),
            Sleeper.system(),
            TestConnections::newId);
    var queries =
        new InventoryQueries(
            connections, store, scans, c -> TestConnections.roomyClient(sim, c).build());
    return new Setup(connections, store, scans, service, queries, connection.id());
  }

  /** The account's zones as the simulator holds them. */
  static Map<String, String> zoneTruth(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .collect(
                        Collectors.toMap(
                            z -> z.id(),
                            z ->
                                String.join(
                                    " | ",
                                    z.name(),
                                    z.status(),
                                    String.valueOf(z.paused()),
                                    z.type(),
                                    z.plan(),
                                    String.join(",", z.nameServers()),
                                    String.valueOf(z.developmentMode() > 0),
                                    new TreeMap<>(z.settings()).toString()),
                            (a, b) -> a,
                            TreeMap::new)));
  }

  static Map<String, String> zonesImported(JdbcInventoryStore store, String connectionId) {
    var out = new TreeMap<String, String>();
    for (ZoneEntry z : store.zones(connectionId).values()) {
      var settings = new TreeMap<String, String>();
      store.settings(connectionId, z.zoneId()).forEach((id, s) -> settings.put(id, s.value()));
      out.put(
          z.zoneId(),
          String.join(
              " | ",
              z.name(),
              z.status(),
              String.valueOf(z.paused()),
              z.type(),
              z.plan(),
              String.join(",", z.nameServers()),
              String.valueOf(z.developmentMode()),
              settings.toString()));
    }
    return out;
  }

  static Map<String, String> recordTruth(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .flatMap(z -> s.records(z.id()).stream())
                    .collect(
                        Collectors.toMap(
                            DnsRecord::id,
                            r ->
                                record(
                                    r.zoneId(),
                                    r.type(),
                                    r.name(),
                                    r.content(),
                                    r.ttl(),
                                    r.proxied(),
                                    r.priority(),
                                    r.comment() == null || r.comment().isEmpty()
                                        ? null
                                        : r.comment(),
                                    r.tags()),
                            (a, b) -> a,
                            TreeMap::new)));
  }

  static Map<String, String> recordsImported(List<DnsRecordEntry> records) {
    return records.stream()
        .collect(
            Collectors.toMap(
                DnsRecordEntry::recordId,
                r ->
                    record(
                        r.zoneId(),
                        r.type(),
                        r.name(),
                        r.content(),
                        r.ttl(),
                        r.proxied(),
                        r.priority(),
                        r.comment(),
                        r.tags()),
                (a, b) -> a,
                TreeMap::new));
  }

  private static String record(Object... fields) {
    return Arrays.stream(fields).map(String::valueOf).collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void importEqualsTheTruth_andARescanWritesNothing(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var watched = new WatchedInventoryStore(new JdbcInventoryStore(opened.database()), -1);
      try (var setup = setup(opened.database(), sim, "account-token", watched)) {
        var scan = setup.scan();
        assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
        var truth = zoneTruth(sim);
        assertThat(truth).as("more than one page of zones").hasSizeGreaterThan(50);
        assertThat(zonesImported(setup.store(), setup.connectionId())).isEqualTo(truth);
        assertThat(recordsImported(setup.records(DnsQuery.ALL, false))).isEqualTo(recordTruth(sim));
        assertThat(scan.pages()).isEqualTo(truth.size());
        assertThat(scan.items()).isEqualTo(recordTruth(sim).size());
        var added = setup.store().changes(setup.connectionId(), null, null, 100_000);
        assertThat(added).extracting(InventoryChange::change).containsOnly("added");

        watched.zoneListWrites.set(0);
        watched.zoneDeltas.set(0);
        var writes =
            RowWrites.install(
                opened.database(),
                List.of(
                    "zones",
                    "zone_settings",
                    "dns_records",
                    "dns_record_tags",
                    "inventory_changes"));
        var before = writes.counts();
        var again = setup.scan();
        assertThat(again.state()).isEqualTo("succeeded");
        assertThat(RowWrites.between(before, writes.counts())).as("rows written").isEmpty();
        assertThat(watched.zoneListWrites.get()).as("zone list writes on a rescan").isZero();
        assertThat(watched.zoneDeltas.get()).as("zone content writes on a rescan").isZero();
        assertThat(setup.store().changes(setup.connectionId(), null, null, 100_000))
            .hasSize(added.size());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void changesInTheAccount_areRecorded_andStored(Database.Kind kind) {
    // This test changes the account, so it has a simulator of its own.
    try (var sim = CloudflareSimulator.start(OPTIONS);
        var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token", null)) {
      setup.scan();
      var before = Instant.now();
      var zones = List.copyOf(zoneTruth(sim).keySet());
      var changed = zones.get(0);
      var gone = zones.get(1);
      sim.state()
          .write(
              s -> {
                var zone = s.zone(changed).orElseThrow();
                var ssl = zone.settings().get("ssl").equals("strict") ? "full" : "strict";
                s.putZone(zone.withSetting("ssl", ssl, Instant.now()));
                var records = s.records(changed);
                var dropped = records.remove(0);
                var edited = records.get(0);
                records.set(
                    0,
                    new DnsRecord(
                        edited.id(),
                        edited.zoneId(),
                        edited.name(),
                        edited.type(),
                        edited.type().equals("A") ? "198.51.100.77" : edited.content() + "x",
                        edited.priority(),
                        edited.data(),
                        edited.proxied(),
                        edited.ttl(),
                        "edited by hand",
                        edited.tags(),
                        edited.createdOn(),
                        Instant.now()));
                records.add(
                    new DnsRecord(
                        "f".repeat(31) + "1",
                        changed,
                        "new." + zone.name(),
                        "TXT",
                        "hello",
                        null,
                        null,
                        false,
                        300,
                        null,
                        List.of("team:sre"),
                        Instant.now(),
                        Instant.now()));
                s.removeZone(gone);
                return dropped;
              });
      var scan = setup.scan();
      assertThat(scan.state()).isEqualTo("succeeded");
      assertThat(zonesImported(setup.store(), setup.connectionId())).isEqualTo(zoneTruth(sim));
      assertThat(recordsImported(setup.records(DnsQuery.ALL, false))).isEqualTo(recordTruth(sim));
      var changes = setup.store().changes(setup.connectionId(), before, null, 1000);
      assertThat(changes)
          .extracting(c -> c.subject() + " " + c.change())
          .contains(
              "setting changed",
              "record removed",
              "record changed",
              "record added",
              "zone removed",
              "zone changed");
      assertThat(changes)
          .filteredOn(c -> c.subject().equals("setting"))
          .extracting(InventoryChange::detail)
          .allMatch(d -> d.contains("→"));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aKilledScan_resumesAfterItsLastZone(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var dying = new WatchedInventoryStore(new JdbcInventoryStore(opened.database()), 20);
      try (var setup = setup(opened.database(), sim, "account-token", null)) {
        var crashing =
            new InventoryScanner(
                new ScanSession(
                    setup.connections(),
                    setup.scans(),
                    c -> TestConnections.roomyClient(sim, c),
                    Clock.systemUTC()),
                dying,
                new JdbcResourceStore(opened.database()));
        var now = Instant.now();
        var claim =
            setup
                .scans()
                .claim(
                    setup.connectionId(),
                    ScanKind.INVENTORY,
                    "doomed",
                    ScanCause.MANUAL,
                    TestConnections.newId(),
                    now,
                    now);
        Assertions.assertThatThrownBy(
                () -> crashing.run("w", claim.scan(), "doomed", new ScanMeter(0, () -> {})))
            .hasMessageContaining("killed");
        var unfinished =
            setup.scans().unfinished(setup.connectionId(), ScanKind.INVENTORY).orElseThrow();
        assertThat(unfinished.pages()).isEqualTo(20);
        assertThat(unfinished.cursor()).isNotNull();
        setup.scans().release(unfinished.id(), "doomed");
        sim.resetCounters();

        var resumed = setup.scan();
        assertThat(resumed.id()).isEqualTo(unfinished.id());
        assertThat(resumed.state()).isEqualTo("succeeded");
        var zones = zoneTruth(sim).size();
        assertThat(resumed.pages()).isEqualTo(zones);
        assertThat(sim.counters())
            .as("only the zones after the checkpoint are read again")
            .containsEntry("GET /zones/{zone_id}/settings 200", (long) (zones - 20));
        assertThat(zonesImported(setup.store(), setup.connectionId())).isEqualTo(zoneTruth(sim));
        assertThat(recordsImported(setup.records(DnsQuery.ALL, false))).isEqualTo(recordTruth(sim));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void faults_doNotChangeTheImport(Database.Kind kind) {
    // 12 zones are enough to meet every fault; retries back off for real, so fewer is faster.
    try (var sim =
            CloudflareSimulator.start(
                OPTIONS
                    .withSeed(new SeedSpec(12, 5, 0, 0, 12, 8, 0))
                    .withFaults(Faults.parse("429=0.1,5xx=0.15,html=0.5,cut=0.1,malformed=0.05")));
        var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token", null)) {
      var scan = setup.scan();
      sim.setFaults(Faults.NONE);
      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(sim.counters().keySet())
          .anyMatch(k -> k.endsWith(" 429") || k.endsWith(" 500") || k.endsWith(" 502"));
      assertThat(zonesImported(setup.store(), setup.connectionId())).isEqualTo(zoneTruth(sim));
      assertThat(recordsImported(setup.records(DnsQuery.ALL, false))).isEqualTo(recordTruth(sim));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aCredentialWithoutZoneSettingsRead_scansPartially_namingThePermission(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "zone-dns-read-only", null)) {
      var scan = setup.scan();
      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.partial()).isTrue();
      assertThat(scan.warnings())
          .extracting(ScanWarning::permission)
          .containsExactly("Zone → Zone Settings → Read");
      assertThat(setup.store().records(setup.connectionId(), DnsQuery.ALL).total())
          .isEqualTo(recordTruth(sim).size());
    }
  }
}
