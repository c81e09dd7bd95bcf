package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionOutcome;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.Caller;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.action.actions.StandardActions;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcActionAuditStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Actions against the simulator, on both databases: each changes Cloudflare's state as planned, its
 * dry run changes nothing, refusals come before any write, faults never duplicate, and every run is
 * in the audit trail.
 */
class ActionServiceTest {

  private static final Caller CLI = new Caller("cli", "tester");

  @TempDir Path dir;

  private record Setup(ActionService actions, String connectionId, CloudflareSimulator sim) {

    Object run(String action, Map<String, ?> input, boolean dryRun, boolean confirmed) {
      return actions.run("w", connectionId, action, input, dryRun, confirmed, CLI);
    }

    List<DnsRecord> records(String zoneId) {
      return sim.state().read(s -> List.copyOf(s.records(zoneId)));
    }

    List<ActionRun> audit() {
      return actions.audit("w", connectionId, 100);
    }
  }

  private static Setup setup(
      Database database, CloudflareSimulator sim, String credential, List<String> services) {
    var saved = TestConnections.save(database, sim, credential, services);
    var connections = saved.connections();
    var connection = saved.connection();
    var actions =
        new ActionService(
            connections,
            StandardActions.registry(),
            new JdbcActionAuditStore(database),
            // Retries back off without sleeping: the simulator's faults are not real outages.
            c -> TestConnections.roomyClient(sim, c).build(),
            Clock.systemUTC(),
            TestConnections::newId);
    return new Setup(actions, connection.id(), sim);
  }

  /** A dns.create input, with one more field when given. */
  private static Map<String, Object> create(
      String zone, String type, String name, String content, Object... extra) {
    var input = new LinkedHashMap<String, Object>();
    input.put("zone", zone);
    input.put("type", type);
    input.put("name", name);
    input.put("content", content);
    if (extra.length == 2) {
      input.put((String) extra[0], extra[1]);
    }
    return input;
  }

  private static final List<String> WRITES =
      List.of("inventory", "dns_write", "cache_purge", "zone_settings_write", "ip_access_rules");

  private static CloudflareSimulator simulator() {
    return CloudflareSimulator.start(
        SimulatorOptions.defaults()
            .withSeed(new SeedSpec(31, 5, 0, 0, 3, 6, 0))
            .withRateLimit(100_000, Duration.ofMinutes(5)));
  }

  private static Entities.Zone zone(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .findFirst()
                    .orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void dnsActions_changeCloudflareAsPlanned_andOnlyOnce(Database.Kind kind) {
    try (var sim = simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var setup = setup(opened.database(), sim, "dns-write", WRITES);
      var zone = zone(sim);
      var before = setup.records(zone.id());
      Map<String, Object> create =
          Map.of(
              "zone",
              zone.name(),
              "type",
              "a",
              "name",
              "api",
              "content",
              "198.51.100.7",
              "ttl",
              300);

      var planned = (ActionOutcome) setup.run("dns.create", create, true, false);
      assertThat(planned.status()).isEqualTo(ActionStatus.PLANNED);
      assertThat(planned.plan().changes())
          .containsExactly(
              "create A api." + zone.name() + " 198.51.100.7 ttl 300 in " + zone.name());
      assertThat(setup.records(zone.id())).as("a dry run writes nothing").isEqualTo(before);

      var done = (ActionOutcome) setup.run("dns.create", create, false, false);
      assertThat(done.status()).isEqualTo(ActionStatus.SUCCEEDED);
      var created =
          setup.records(zone.id()).stream()
              .filter(r -> r.content().equals("198.51.100.7"))
              .toList();
      assertThat(created).hasSize(1);
      assertThat(created.get(0).name()).isEqualTo("api." + zone.name());
      assertThat(created.get(0).ttl()).isEqualTo(300);
      var again = (ActionOutcome) setup.run("dns.create", create, false, false);
      assertThat(again.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(again.plan().note()).contains(created.get(0).id());

      var id = created.get(0).id();
      var update = Map.of("zone", zone.id(), "id", id, "content", "198.51.100.8", "proxied", true);
      setup.run("dns.update", update, false, false);
      var updated =
          setup.records(zone.id()).stream()
              .filter(r -> r.id().equals(id))
              .findFirst()
              .orElseThrow();
      assertThat(updated.content()).isEqualTo("198.51.100.8");
      assertThat(updated.proxied()).isTrue();

      var delete = Map.of("zone", zone.name(), "id", id);
      assertThatThrownBy(() -> setup.run("dns.delete", delete, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("delete A api." + zone.name())
          .hasMessageContaining("Nothing was changed");
      assertThat(setup.records(zone.id())).anyMatch(r -> r.id().equals(id));
      setup.run("dns.delete", delete, false, true);
      assertThat(setup.records(zone.id())).noneMatch(r -> r.id().equals(id));

      var victim = before.get(0);
      Map<String, Object> batch =
          Map.of(
              "zone", zone.name(),
              "creates", List.of("TXT _check hello-batch", "CNAME shop target.example.net"),
              "deletes", List.of(victim.id()));
      setup.run("dns.batch", batch, false, true);
      var afterBatch = setup.records(zone.id());
      assertThat(afterBatch).noneMatch(r -> r.id().equals(victim.id()));
      assertThat(afterBatch)
          .anyMatch(
              r -> r.name().equals("_check." + zone.name()) && r.content().equals("hello-batch"));
      var second = (ActionOutcome) setup.run("dns.batch", batch, false, true);
      assertThat(second.status()).isEqualTo(ActionStatus.UNCHANGED);

      assertThat(setup.audit())
          .extracting(ActionRun::status)
          .containsExactly(
              ActionStatus.UNCHANGED,
              ActionStatus.SUCCEEDED,
              ActionStatus.SUCCEEDED,
              ActionStatus.REFUSED,
              ActionStatus.SUCCEEDED,
              ActionStatus.UNCHANGED,
              ActionStatus.SUCCEEDED,
              ActionStatus.PLANNED);
      assertThat(setup.audit().get(0).caller()).isEqualTo(CLI);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void faultsDuringWrites_neverDuplicate_norReportAHalfChangeAsDone(Database.Kind kind) {
    try (var sim = simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var setup = setup(opened.database(), sim, "dns-write", WRITES);
      var zone = zone(sim);
      sim.setFaults(Faults.parse("cut=0.25,5xx=0.2,malformed=0.1"));
      var failures = 0;
      for (int i = 0; i < 8; i++) {
        try {
          setup.run(
              "dns.create",
              Map.of(
                  "zone",
                  zone.name(),
                  "type",
                  "A",
                  "name",
                  "h" + (i % 4),
                  "content",
                  "198.51.100." + (i % 4)),
              false,
              false);
          setup.run(
              "dns.batch",
              Map.of("zone", zone.name(), "creates", List.of("TXT b" + (i % 3) + " v" + (i % 3))),
              false,
              false);
        } catch (RuntimeException e) {
          failures++;
        }
      }
      sim.setFaults(Faults.NONE);
      var records = setup.records(zone.id());
      for (int n = 0; n < 4; n++) {
        var name = "h" + n + "." + zone.name();
        assertThat(records.stream().filter(r -> r.name().equals(name)).count())
            .as("A records named " + name + " (" + failures + " runs failed)")
            .isLessThanOrEqualTo(1);
      }
      for (int n = 0; n < 3; n++) {
        var name = "b" + n + "." + zone.name();
        assertThat(records.stream().filter(r -> r.name().equals(name)).count())
            .isLessThanOrEqualTo(1);
      }
      assertThat(setup.audit())
          .as("runs that went through despite the faults")
          .filteredOn(r -> r.status() == ActionStatus.SUCCEEDED)
          .isNotEmpty()
          .allSatisfy(
              run -> {
                var line = run.changes().get(0);
                var parts = line.split(" ", -1);
                assertThat(records).as(line).anyMatch(r -> r.name().equals(parts[2]));
              });
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void refusals_comeBeforeAnyWrite_andNameTheCause(Database.Kind kind) {
    try (var sim = simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var zone = zone(sim);
      var readOnly =
          setup(opened.database(), sim, "zone-dns-read-only", List.of("inventory", "dns_write"));
      var before = readOnly.records(zone.id());
      sim.resetCounters();
      assertThatThrownBy(
              () ->
                  readOnly.run(
                      "dns.create",
                      Map.of(
                          "zone", zone.name(), "type", "A", "name", "x", "content", "198.51.100.9"),
                      false,
                      false))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("DNS");
      assertThat(readOnly.records(zone.id())).isEqualTo(before);
      assertThat(sim.counters().keySet()).noneMatch(k -> k.startsWith("POST"));
      assertThat(readOnly.audit().get(0).status()).isEqualTo(ActionStatus.FAILED);

      assertThatThrownBy(
              () ->
                  readOnly.run(
                      "cache.purge", Map.of("zone", zone.name(), "everything", true), false, true))
          .isInstanceOf(ServiceNotEnabledException.class)
          .hasMessageContaining("cache_purge");

      var zoneName = zone.name();
      for (var bad :
          List.of(
              create(zoneName, "SPF", "x", "y"),
              create(zoneName, "A", "www.elsewhere.org", "198.51.100.1"),
              create(zoneName, "A", "x", "not-an-ip"),
              create(zoneName, "A", "x", "198.51.100.1", "ttl", 5),
              create(zoneName, "MX", "x", "mx.example.net", "proxied", true),
              create(zoneName, "A", "x", "198.51.100.1", "ttl", "soon"),
              create(zoneName, "A", "x", "198.51.100.1", "colour", "red"))) {
        assertThatThrownBy(() -> readOnly.run("dns.create", bad, false, false))
            .as(bad.toString())
            .isInstanceOf(InvalidInputException.class);
      }
      for (var nul :
          List.of(
              create(zoneName, "TXT", "x", "v=spf1\u0000 -all"),
              create(zoneName, "A", "x", "198.51.100.1", "comment", "from\u0000here"))) {
        assertThatThrownBy(() -> readOnly.run("dns.create", nul, false, false))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("NUL character");
      }
      assertThat(readOnly.records(zone.id())).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void purgeSettingAndIpRules_doWhatTheyPlan(Database.Kind kind) {
    try (var sim = simulator();
        var opened = TestDatabases.open(kind, dir)) {
      // Only the Global API Key may write settings and firewall rules among the named credentials.
      var setup = setup(opened.database(), sim, "global-key", WRITES);
      var zone = zone(sim);
      assertThatThrownBy(
              () ->
                  setup.run(
                      "cache.purge", Map.of("zone", zone.name(), "everything", true), false, false))
          .isInstanceOf(ConfirmationRequiredException.class);
      setup.run(
          "cache.purge",
          Map.of("zone", zone.name(), "urls", List.of("https://" + zone.name() + "/a.css")),
          false,
          false);
      var purges = sim.state().read(s -> List.copyOf(s.purges()));
      assertThat(purges).hasSize(1);
      assertThat(purges.get(0).body().toString()).contains("/a.css");

      var current = zone.settings().get("ssl");
      var stronger = current.equals("strict") ? "full" : "strict";
      var weaker =
          List.of("off", "flexible", "full", "strict").indexOf(stronger)
              < List.of("off", "flexible", "full", "strict").indexOf(current);
      var change = Map.of("zone", zone.id(), "setting", "ssl", "value", stronger);
      if (weaker) {
        assertThatThrownBy(() -> setup.run("zone.setting", change, false, false))
            .isInstanceOf(ConfirmationRequiredException.class);
      }
      setup.run("zone.setting", change, false, true);
      String ssl = sim.state().read(s -> s.zone(zone.id()).orElseThrow().settings().get("ssl"));
      assertThat(ssl).isEqualTo(stronger);
      assertThatThrownBy(
              () ->
                  setup.run(
                      "zone.setting",
                      Map.of("zone", zone.id(), "setting", "ssl", "value", "maximum"),
                      false,
                      true))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("off, flexible, full, strict");

      var rule = Map.of("mode", "block", "target", "ip", "value", "203.0.113.99", "notes", "test");
      setup.run("ip_rule.create", rule, false, false);
      var rules = sim.state().read(s -> List.copyOf(s.accessRules("account", sim.accountId())));
      var made = rules.stream().filter(r -> r.value().equals("203.0.113.99")).toList();
      assertThat(made).hasSize(1);
      var twice = (ActionOutcome) setup.run("ip_rule.create", rule, false, false);
      assertThat(twice.status()).isEqualTo(ActionStatus.UNCHANGED);
      setup.run("ip_rule.delete", Map.of("id", made.get(0).id()), false, true);
      List<Entities.AccessRule> left =
          sim.state().read(s -> List.copyOf(s.accessRules("account", sim.accountId())));
      assertThat(left).noneMatch(r -> r.value().equals("203.0.113.99"));
    }
  }
}
