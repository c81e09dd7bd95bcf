package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.identity.IdentityStore;
import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.identity.MemberRecord;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.Entities.AuditEntry;
import dev.flarelink.simulator.state.Entities.Member;
import dev.flarelink.simulator.state.Entities.MemberPolicy;
import dev.flarelink.simulator.state.Entities.User;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.RowWrites;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The identity import against the simulator's ground truth, on both databases. */
class IdentityScanTest {

  static final SimulatorOptions OPTIONS =
      SimulatorOptions.defaults().withSeed(new SeedSpec(3, 180, 15, 6, 3, 5, 10));

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension(OPTIONS);

  @TempDir Path dir;

  private record Setup(
      ConnectionService connections,
      JdbcIdentityStore store,
      JdbcScanStore scans,
      IdentityScanner scanner,
      ScanService service,
      String connectionId)
      implements AutoCloseable {

    ScanState scan() {
      return service.await(
          service.request("w", connectionId, ScanKind.IDENTITY, ScanCause.MANUAL).id(), s -> {});
    }

    @Override
    public void close() {
      service.close();
    }
  }

  private static Setup setup(Database database, CloudflareSimulator sim, String credential) {
    var saved = TestConnections.save(database, sim, credential, null);
    var connections = saved.connections();
    var connection = saved.connection();
    var store = new JdbcIdentityStore(database);
    var scans = new JdbcScanStore(database);
    var scanner =
        new IdentityScanner(
            new ScanSession(
                connections, scans, c -> TestConnections.client(sim, c), Clock.systemUTC()),
            store);
    var service =
        new ScanService(
            connections,
            scans,
            List.of(scanner),
            Clock.systemUTC(),
            Sleeper.system(),
            TestConnections::newId);
    return new Setup(connections, store, scans, scanner, service, connection.id());
  }

  /**
   * The simulator's members as the import should see them (declined invites left out): status, 2FA,
   * email, role ids and policies, written from the simulator's own state.
   */
  private static Map<String, String> truth(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.members(sim.accountId()).stream()
                    .filter(m -> !m.status().equals("rejected"))
                    .collect(
                        Collectors.toMap(
                            Member::id,
                            m ->
                                String.join(
                                    " | ",
                                    m.status().equals("accepted") ? "active" : "invited",
                                    String.valueOf(
                                        m.status().equals("accepted")
                                            ? s.user(m.userId()).orElseThrow().twoFactor()
                                            : null),
                                    m.email(),
                                    String.join(",", m.roleIds().stream().sorted().toList()),
                                    m.policies().stream()
                                        .map(p -> policy(m.accountId(), p))
                                        .sorted()
                                        .collect(Collectors.joining("; "))))));
  }

  private static String policy(String account, MemberPolicy policy) {
    var objects =
        policy.zoneIds().isEmpty()
            ? List.of("*")
            : policy.zoneIds().stream()
                .map(z -> "com.cloudflare.api.account.zone." + z)
                .sorted()
                .toList();
    return policy.access()
        + " "
        + String.join(",", policy.permissionGroupNames().stream().sorted().toList())
        + " on com.cloudflare.api.account."
        + account
        + "["
        + String.join(",", objects)
        + "]";
  }

  private static Map<String, String> imported(JdbcIdentityStore store, String connectionId) {
    return store.currentMembers(connectionId).stream()
        .collect(
            Collectors.toMap(
                MemberRecord::memberId,
                m ->
                    String.join(
                        " | ",
                        m.status(),
                        String.valueOf(m.twoFactor()),
                        m.email(),
                        String.join(",", m.roleIds()),
                        m.policies())));
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void importEqualsTheTruth_andARescanChangesNothing(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      var scan = setup.scan();
      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(scan.pages())
          .as("201 listed (declined invites are listed, then skipped), 50 a page")
          .isEqualTo(5);
      assertThat(imported(setup.store(), setup.connectionId())).isEqualTo(truth(sim));
      assertThat(setup.store().roles(setup.connectionId())).hasSize(8);
      var joined = setup.store().changes(setup.connectionId());
      assertThat(joined)
          .hasSize(195)
          .extracting(MemberChange::change)
          .containsOnly("joined", "invited");

      var writes =
          RowWrites.install(
              opened.database(), List.of("members", "member_changes", "roles", "account_security"));
      var before = writes.counts();
      var again = setup.scan();
      assertThat(again.state()).isEqualTo("succeeded");
      assertThat(setup.store().changes(setup.connectionId())).hasSize(195);
      assertThat(RowWrites.between(before, writes.counts()))
          .as("an unchanged account: no member, change, role or account row written")
          .isEmpty();
      assertThat(
              setup
                  .store()
                  .members(setup.connectionId(), MemberQuery.ALL)
                  .members()
                  .getFirst()
                  .lastSeen())
          .as("every current member was seen by the rescan, though its row was not written")
          .isEqualTo(again.finishedAt());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void theAuditLogsReadPosition_movesOnlyWhenThereWasSomethingToRead(Database.Kind kind) {
    // This test changes the account, so it has a simulator of its own.
    try (var sim = CloudflareSimulator.start(OPTIONS);
        var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      setup.scan();
      var read = setup.store().security(setup.connectionId()).orElseThrow().auditReadUntil();
      assertThat(setup.scan().state()).isEqualTo("succeeded");
      assertThat(setup.store().security(setup.connectionId()).orElseThrow().auditReadUntil())
          .as("nothing new in the audit log: the next read starts where this one did")
          .isEqualTo(read);
      var actor =
          setup
              .store()
              .members(setup.connectionId(), new MemberQuery("active", null, null, null, 1, 1))
              .members()
              .getFirst()
              .member();
      var acted = read.plusMillis(1);
      sim.state()
          .write(
              s ->
                  s.audit(sim.accountId())
                      .add(
                          new AuditEntry(
                              UUID.randomUUID().toString(),
                              sim.accountId(),
                              actor.userId(),
                              actor.email(),
                              "192.0.2.9",
                              "update",
                              "zone",
                              "z",
                              "API",
                              acted)));
      assertThat(setup.scan().state()).isEqualTo("succeeded");
      assertThat(setup.store().security(setup.connectionId()).orElseThrow().auditReadUntil())
          .isAfter(read);
      var member =
          setup.store().members(setup.connectionId(), MemberQuery.ALL).members().stream()
              .filter(m -> m.member().memberId().equals(actor.memberId()))
              .findFirst()
              .orElseThrow();
      assertThat(member.lastActing()).as("the entry read since").isEqualTo(acted);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void everyPage_tellsTheTotal_whetherCountedOrKnownFromTheLastPage(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      setup.scan();
      for (var filter :
          List.of(
              new MemberQuery(null, null, null, null, 1, 1000),
              new MemberQuery("invited", null, null, null, 1, 1000),
              new MemberQuery(null, null, false, null, 1, 1000),
              new MemberQuery(null, null, null, "example", 1, 1000),
              new MemberQuery(null, null, null, "nobody-at-all", 1, 1000))) {
        var all = setup.store().members(setup.connectionId(), filter).members();
        var seen = new ArrayList<String>();
        // 7 a page: full pages are counted, the last is not full, and one more is past the end.
        for (int page = 1; page <= all.size() / 7 + 2; page++) {
          var query =
              new MemberQuery(
                  filter.status(), filter.role(), filter.twoFactor(), filter.text(), page, 7);
          var result = setup.store().members(setup.connectionId(), query);
          assertThat(result.total()).as(query.toString()).isEqualTo(all.size());
          result.members().forEach(m -> seen.add(m.member().memberId()));
        }
        assertThat(seen)
            .as(filter.toString())
            .containsExactlyElementsOf(all.stream().map(m -> m.member().memberId()).toList());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void changes_areRecorded_asTheAccountChanges(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      setup.scan();
      var account = sim.accountId();
      var members = sim.state().read(s -> List.copyOf(s.members(account)));
      var leaver = members.get(5);
      var invite =
          members.stream().filter(m -> m.status().equals("pending")).findFirst().orElseThrow();
      var switcher = members.get(7);
      sim.state()
          .write(
              s -> {
                var list = s.members(account);
                list.removeIf(m -> m.id().equals(leaver.id()));
                var user = s.user(switcher.userId()).orElseThrow();
                s.putUser(
                    new User(
                        user.id(),
                        user.firstName(),
                        user.lastName(),
                        user.email(),
                        !user.twoFactor(),
                        user.globalApiKey()));
                list.replaceAll(
                    m ->
                        m.id().equals(invite.id())
                            ? new Member(
                                m.id(),
                                m.accountId(),
                                switcher.userId(),
                                m.email(),
                                "accepted",
                                m.roleIds(),
                                m.policies(),
                                m.invitedOn())
                            : m);
                return null;
              });
      try {
        setup.scan();
        var latest =
            setup.store().changes(setup.connectionId()).stream()
                .filter(c -> !c.change().equals("joined") && !c.change().equals("invited"))
                .toList();
        assertThat(latest)
            .extracting(c -> c.memberId() + ":" + c.change())
            .contains(
                leaver.id() + ":left",
                invite.id() + ":invite_accepted",
                switcher.id()
                    + (sim.state().read(s -> s.user(switcher.userId()).orElseThrow().twoFactor())
                        ? ":2fa_on"
                        : ":2fa_off"));
        assertThat(imported(setup.store(), setup.connectionId())).isEqualTo(truth(sim));
      } finally {
        sim.state()
            .write(
                s -> {
                  var list = s.members(account);
                  list.replaceAll(m -> m.id().equals(invite.id()) ? invite : m);
                  list.add(5, leaver);
                  var user = s.user(switcher.userId()).orElseThrow();
                  s.putUser(
                      new User(
                          user.id(),
                          user.firstName(),
                          user.lastName(),
                          user.email(),
                          !user.twoFactor(),
                          user.globalApiKey()));
                  return null;
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aFailedScan_changesNothing_andSaysWhy(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "no-account-settings")) {
      var scan = setup.scan();
      assertThat(scan.state()).isEqualTo("failed");
      assertThat(scan.error()).contains("Account → Account Settings → Read");
      assertThat(setup.store().currentMembers(setup.connectionId())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void withFaults_theImportStillEqualsTheTruth(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      sim.setFaults(Faults.parse("429=0.1,5xx=0.15,html=0.5,cut=0.1,malformed=0.05"));
      var scan = setup.scan();
      sim.setFaults(Faults.NONE);
      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      assertThat(imported(setup.store(), setup.connectionId())).isEqualTo(truth(sim));
      assertThat(setup.store().changes(setup.connectionId())).hasSize(195);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aScanKilledMidway_resumesAtItsCheckpoint_countingNothingTwice(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      var saves = new AtomicInteger();
      var dying =
          (IdentityStore)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {IdentityStore.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("savePage") && saves.incrementAndGet() == 3) {
                      throw new IllegalStateException("the process was killed");
                    }
                    try {
                      return method.invoke(setup.store(), args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      var crashing =
          new IdentityScanner(
              new ScanSession(
                  setup.connections(),
                  setup.scans(),
                  c -> TestConnections.client(sim, c),
                  Clock.systemUTC()),
              dying);
      var now = Instant.now();
      var claim =
          setup
              .scans()
              .claim(
                  setup.connectionId(),
                  ScanKind.IDENTITY,
                  "doomed",
                  ScanCause.MANUAL,
                  TestConnections.newId(),
                  now,
                  now);
      Assertions.assertThatThrownBy(
              () -> crashing.run("w", claim.scan(), "doomed", new ScanMeter(0, () -> {})))
          .hasMessageContaining("killed");
      var unfinished =
          setup.scans().unfinished(setup.connectionId(), ScanKind.IDENTITY).orElseThrow();
      assertThat(unfinished.nextPage()).isEqualTo(3);
      assertThat(unfinished.items()).isEqualTo(100);
      assertThat(
              setup
                  .service()
                  .request("w", setup.connectionId(), ScanKind.IDENTITY, ScanCause.MANUAL)
                  .id())
          .as("the dead process's heartbeat is fresh: the request joins, nothing runs twice")
          .isEqualTo(unfinished.id());
      assertThat(setup.scans().scan(unfinished.id()).orElseThrow().finished()).isFalse();
      sim.resetCounters();
      var truthBefore = truth(sim);
      var account = sim.accountId();
      var leaver =
          sim.state()
              .read(
                  s ->
                      s.members(account).stream()
                          .filter(m -> m.status().equals("accepted"))
                          .findFirst()
                          .orElseThrow());
      var newcomer =
          new Member(
              "0123456789abcdef0123456789abcdef",
              account,
              null,
              "newcomer@example.com",
              "pending",
              leaver.roleIds(),
              leaver.policies(),
              leaver.invitedOn());
      // in place, so no member moves to another page
      sim.state().write(s -> s.members(account).set(s.members(account).indexOf(leaver), newcomer));

      var minuteLater = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));
      ScanState resumed;
      try (var restarted =
          new ScanService(
              setup.connections(),
              setup.scans(),
              List.of(setup.scanner()),
              minuteLater,
              Sleeper.system(),
              TestConnections::newId)) {
        assertThat(restarted.startDue(Duration.ofHours(6)))
            .as("a silent process's scan is due at once, whatever the interval")
            .extracting(ScanState::id)
            .containsExactly(unfinished.id());
        resumed = restarted.await(unfinished.id(), s -> {});
      }
      assertThat(resumed.id()).isEqualTo(unfinished.id());
      assertThat(resumed.state()).isEqualTo("succeeded");
      assertThat(resumed.pages()).isEqualTo(5);
      assertThat(sim.counters().get("GET /accounts/{account_id}/members 200"))
          .as("pages 3 to 5 only")
          .isEqualTo(3L);
      assertThat(imported(setup.store(), setup.connectionId()))
          .as("the resumed pass did not see page 1 again: nobody removed, nobody added")
          .isEqualTo(truthBefore);
      assertThat(setup.store().changes(setup.connectionId())).hasSize(195);

      try {
        assertThat(setup.scan().state()).isEqualTo("succeeded");
        assertThat(imported(setup.store(), setup.connectionId())).isEqualTo(truth(sim));
        assertThat(setup.store().changes(setup.connectionId()))
            .hasSize(197)
            .extracting(c -> c.memberId() + ":" + c.change())
            .contains(leaver.id() + ":left", newcomer.id() + ":invited");
      } finally {
        sim.state()
            .write(
                s -> {
                  s.members(account).set(s.members(account).indexOf(newcomer), leaver);
                  return null;
                });
      }
    }
  }
}
