package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.InventoryScanner;
import dev.flarelink.core.scan.ConnectionStatus;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcInventoryStore;
import dev.flarelink.store.JdbcResourceStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A credential that may read only part of what a scan reads gives a partial scan, not a failed one;
 * a scan fails only when nothing of its kind can be read; the connection's status and the answers'
 * coverage tell the truth about both. On both databases.
 */
class PartialScanTest {

  /** 20 members, 4 pending and 3 declined invitations; 12 zones of 6 records. */
  static final SimulatorOptions OPTIONS =
      SimulatorOptions.defaults()
          .withSeed(new SeedSpec(17, 20, 4, 3, 12, 6, 0))
          .withRateLimit(100_000, Duration.ofMinutes(5));

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension(OPTIONS);

  @TempDir Path dir;

  private record Setup(
      ConnectionService connections,
      JdbcScanStore scans,
      JdbcInventoryStore inventoryStore,
      ScanService service,
      IdentityQueries identity,
      InventoryQueries inventory,
      String connectionId)
      implements AutoCloseable {

    ScanState scan(ScanKind kind) {
      return service.await(
          service.request("w", connectionId, kind, ScanCause.MANUAL).id(), s -> {});
    }

    ConnectionStatus status() {
      return service.status("w", connectionId);
    }

    @Override
    public void close() {
      service.close();
    }
  }

  private static Setup setup(
      Database database, CloudflareSimulator sim, String credential, List<String> services) {
    return setup(database, sim, credential, services, chain -> chain.proceed(chain.request()));
  }

  /**
   * Answers 403, as Cloudflare does to a token without the permission, to requests whose path is
   * one of {@code refused}; passes the others to the simulator.
   */
  private static Interceptor refusing(Set<String> refused) {
    return chain ->
        refused.contains(chain.request().path())
            ? new CloudflareResponse(
                403,
                Map.of("content-type", List.of("application/json")),
                ("{\"success\":false,\"errors\":[{\"code\":9109,\"message\":\"Unauthorized to"
                        + " access requested resource\"}],\"messages\":[],\"result\":null}")
                    .getBytes(StandardCharsets.UTF_8))
            : chain.proceed(chain.request());
  }

  private static Setup setup(
      Database database,
      CloudflareSimulator sim,
      String credential,
      List<String> services,
      Interceptor between) {
    var saved = TestConnections.save(database, sim, credential, services);
    var connections = saved.connections();
    var scans = new JdbcScanStore(database);
    var inventoryStore = new JdbcInventoryStore(database);
    var identityStore = new JdbcIdentityStore(database);
    var service =
        new ScanService(
            connections,
            scans,
            List.of(
                new IdentityScanner(
                    new ScanSession(
                        connections,
                        scans,
                        c -> TestConnections.roomyClient(sim, c).addInterceptor(between),
                        Clock.systemUTC()),
                    identityStore),
                new InventoryScanner(
                    new ScanSession(
                        connections,
                        scans,
                        c -> TestConnections.roomyClient(sim, c).addInterceptor(between),
                        Clock.systemUTC()),
                    inventoryStore,
                    new JdbcResourceStore(database))),
            Clock.systemUTC(),
            Sleeper.system(),
            TestConnections::newId);
    return new Setup(
        connections,
        scans,
        inventoryStore,
        service,
        new IdentityQueries(
            connections, identityStore, scans, new JdbcResourceStore(database), Clock.systemUTC()),
        new InventoryQueries(
            connections, inventoryStore, scans, c -> TestConnections.roomyClient(sim, c).build()),
        saved.connection().id());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void dnsOnlyToken_importsZonesAndEveryRecord_andWarnsThatSettingsNeedAPermission(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "zone-dns-read-only", List.of("inventory"))) {
      setup.connections().test("w", setup.connectionId());

      var scan = setup.scan(ScanKind.INVENTORY);

      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.partial()).isTrue();
      assertThat(scan.warnings())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.part()).isEqualTo("zone_settings");
                assertThat(w.permission()).isEqualTo("Zone → Zone Settings → Read");
                assertThat(w.reason()).contains("zones and their DNS records were");
              });
      assertThat(scan.describe()).isEqualTo("succeeded (partial: 1 part not read)");
      // Stored, not only held by this process: read back from the database.
      assertThat(setup.scans().scan(scan.id()).orElseThrow().warnings()).isEqualTo(scan.warnings());
      var truth = InventoryScanTest.zoneTruth(sim);
      assertThat(setup.inventoryStore().zones(setup.connectionId()).keySet())
          .isEqualTo(truth.keySet());
      var records = setup.inventory().allRecords("w", setup.connectionId(), DnsQuery.ALL, false);
      assertThat(InventoryScanTest.recordsImported(records))
          .isEqualTo(InventoryScanTest.recordTruth(sim));
      assertThat(scan.items()).isEqualTo(InventoryScanTest.recordTruth(sim).size());
      var zone = truth.keySet().iterator().next();
      assertThat(setup.inventoryStore().settings(setup.connectionId(), zone)).isEmpty();

      var status = setup.status();
      assertThat(status.state()).isEqualTo(ConnectionStatus.State.PARTIAL);
      assertThat(status.reasons())
          .singleElement()
          .asString()
          .contains("inventory scan was partial", "Zone → Zone Settings → Read");
      var coverage = setup.inventory().coverage("w", setup.connectionId());
      assertThat(coverage.state()).isEqualTo(Coverage.State.PARTIAL);
      assertThat(coverage.warnings()).isEqualTo(scan.warnings());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aWarningOnceStoredStaysWithTheScan_andIsNotRepeated(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var c1 =
          TestConnections.save(opened.database(), sim, "account-token", null).connection().id();
      var scans = new JdbcScanStore(opened.database());
      var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      var scan = scans.claim(c1, ScanKind.IDENTITY, "me", ScanCause.MANUAL, "s1", now, now).scan();
      var roles = new ScanWarning("roles", "No roles.", "Account → Account Settings → Read");
      var warnings = ScanWarning.with(ScanWarning.with(List.of(), roles), roles);
      scans.note(scan.id(), warnings, 3);
      scans.succeed(scan.id(), now);
      var stored = scans.scan(scan.id()).orElseThrow();
      assertThat(stored.warnings()).containsExactly(roles);
      assertThat(stored.skipped()).isEqualTo(3);
      assertThat(stored.partial()).isTrue();
      assertThat(scans.lastFinished(c1, ScanKind.IDENTITY)).contains(stored);
      // A finished scan's notes are closed.
      scans.note(scan.id(), List.of(), 0);
      assertThat(scans.scan(scan.id()).orElseThrow().warnings()).containsExactly(roles);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aCredentialThatCannotListMembers_failsTheIdentityScan_andTheStatusSaysFailing(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup =
            setup(
                opened.database(), sim, "no-account-settings", List.of("identity", "inventory"))) {
      var scan = setup.scan(ScanKind.IDENTITY);
      assertThat(scan.state()).isEqualTo("failed");
      assertThat(scan.error()).isNotBlank();

      var status = setup.status();
      assertThat(status.state()).isEqualTo(ConnectionStatus.State.FAILING);
      assertThat(status.reasons())
          .anySatisfy(r -> assertThat(r).startsWith("The last identity scan"))
          .anySatisfy(r -> assertThat(r).isEqualTo("No inventory scan yet."))
          // The failed scan's diagnosis tested the connection, and the test failed too.
          .anySatisfy(r -> assertThat(r).startsWith("The last connection test"));
      var coverage = setup.identity().coverage("w", setup.connectionId());
      assertThat(coverage.state()).isEqualTo(Coverage.State.NOT_SCANNED);
      assertThat(coverage.message()).contains("No identity scan yet", "failed");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void declinedInvitations_areCountedAsSkipped_andTheTestCountsThemTheSameWay(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token", List.of("identity"))) {
      var report = setup.connections().test("w", setup.connectionId());

      var scan = setup.scan(ScanKind.IDENTITY);

      assertThat(scan.state()).isEqualTo("succeeded");
      assertThat(scan.partial()).isFalse();
      assertThat(scan.skipped()).isEqualTo(3);
      assertThat(scan.items()).isEqualTo(24);
      var probe =
          report.checks().stream()
              .filter(c -> c.id().equals("service.identity"))
              .findFirst()
              .orElseThrow();
      assertThat(probe.message())
          .isEqualTo(
              scan.items()
                  + " members and invitations visible; "
                  + scan.skipped()
                  + " declined invitations skipped (scans do not import them)");
      assertThat(setup.status().state()).isEqualTo(ConnectionStatus.State.WORKING);
      assertThat(setup.status().reasons()).isEmpty();
      assertThat(setup.identity().review("w", setup.connectionId(), 7).coverage().state())
          .isEqualTo(Coverage.State.COMPLETE);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void refusedRolesSettingsAndAuditLog_leaveAPartialIdentityScan_withEveryMemberImported(
      Database.Kind kind, CloudflareSimulator sim) {
    var account = "/accounts/" + sim.accountId();
    var refused = refusing(Set.of(account, account + "/roles", account + "/audit_logs"));
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token", List.of("identity"), refused)) {
      var scan = setup.scan(ScanKind.IDENTITY);

      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.partial()).isTrue();
      assertThat(scan.items()).isEqualTo(24);
      assertThat(scan.warnings())
          .extracting(ScanWarning::part)
          .containsExactly("two_factor_enforcement", "roles", "audit_log");
      assertThat(scan.warnings())
          .allSatisfy(
              w -> assertThat(w.permission()).startsWith("Account → Account Settings → Read"));
      assertThat(setup.identity().members("w", setup.connectionId(), MemberQuery.ALL).total())
          .isEqualTo(24);
      var review = setup.identity().review("w", setup.connectionId(), 7);
      assertThat(review.enforceTwoFactor()).isNull();
      assertThat(review.coverage().state()).isEqualTo(Coverage.State.PARTIAL);
      assertThat(review.coverage().message()).contains("roles", "audit log");
      assertThat(setup.status().state()).isEqualTo(ConnectionStatus.State.PARTIAL);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aZoneWhoseRecordsAreRefused_isKeptAsItWas_andNamedInAWarning(
      Database.Kind kind, CloudflareSimulator sim) {
    var zones = InventoryScanTest.zoneTruth(sim).keySet().stream().sorted().toList();
    var refusedZone = zones.get(1);
    var name = sim.state().read(s -> s.zone(refusedZone).orElseThrow().name());
    try (var opened = TestDatabases.open(kind, dir);
        var setup =
            setup(
                opened.database(),
                sim,
                "account-token",
                List.of("inventory"),
                refusing(Set.of("/zones/" + refusedZone + "/dns_records")))) {
      var scan = setup.scan(ScanKind.INVENTORY);

      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.warnings())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.part()).isEqualTo("dns_records");
                assertThat(w.reason()).contains(name);
                assertThat(w.permission()).startsWith("Zone → DNS → Read");
              });
      var truth = InventoryScanTest.recordTruth(sim);
      var imported =
          InventoryScanTest.recordsImported(
              setup.inventory().allRecords("w", setup.connectionId(), DnsQuery.ALL, false));
      truth.values().removeIf(r -> r.startsWith(refusedZone + " |"));
      assertThat(imported).isEqualTo(truth);
      assertThat(setup.inventoryStore().settings(setup.connectionId(), refusedZone))
          .as("the zone's settings were read")
          .isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void beforeAnyScan_answersSayNoScanYet_andAConnectionWithoutIdentityIsRefused(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token", List.of("inventory"))) {
      assertThatThrownBy(() -> setup.identity().review("w", setup.connectionId(), 7))
          .isInstanceOf(ServiceNotEnabledException.class)
          .hasMessageContaining("does not enable the identity service");
      assertThatThrownBy(() -> setup.identity().members("w", setup.connectionId(), MemberQuery.ALL))
          .isInstanceOf(ServiceNotEnabledException.class);
      assertThatThrownBy(() -> setup.identity().changes("w", setup.connectionId(), null, null, 10))
          .isInstanceOf(ServiceNotEnabledException.class);

      var coverage = setup.inventory().coverage("w", setup.connectionId());
      assertThat(coverage.state()).isEqualTo(Coverage.State.NOT_SCANNED);
      assertThat(coverage.message()).startsWith("No inventory scan yet");
      assertThat(setup.status().state()).isEqualTo(ConnectionStatus.State.NOT_SCANNED);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aReviewBeforeTheFirstScan_saysSo_insteadOfFindingNothing(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token", List.of("identity"))) {
      var review = setup.identity().review("w", setup.connectionId(), 7);
      assertThat(review.coverage().scanned()).isFalse();
      assertThat(review.coverage().message()).startsWith("No identity scan yet");
      assertThat(review.withoutTwoFactor()).isEmpty();
    }
  }
}
