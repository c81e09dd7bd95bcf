package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.ScriptedResponse;
import dev.flarelink.simulator.state.Security.Ruleset;
import dev.flarelink.simulator.state.Security.RulesetRule;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * firewall.rule.create, update, disable and delete against the simulator, on both databases: each
 * changes the zone's custom rules as planned, a repeat changes nothing, weakening needs
 * confirmation, and a credential without Zone WAF Write is refused before any write.
 */
class FirewallRuleActionsTest {

  private static final String PHASE = "http_request_firewall_custom";
  private static final List<String> SERVICES = List.of("inventory", "security_rules_write");

  @TempDir Path dir;

  /** Where the read-only connection keeps its own store. */
  @TempDir Path readerDir;

  private static Optional<Ruleset> entrypoint(CloudflareSimulator sim, String zoneId) {
    return sim.state()
        .read(
            s ->
                s.security().rulesets("zone", zoneId).stream()
                    .filter(r -> r.phase().equals(PHASE))
                    .findFirst());
  }

  private static Optional<RulesetRule> rule(CloudflareSimulator sim, String zoneId, String id) {
    return entrypoint(sim, zoneId)
        .flatMap(r -> r.rules().stream().filter(x -> x.id().equals(id)).findFirst());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void rules_areCreatedChangedDisabledAndDeleted_asPlanned_andOnlyOnce(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var setup = SecurityActions.over(opened.database(), sim, "security-write", SERVICES);
      var zone = setup.zone();
      var before = entrypoint(sim, zone.id()).orElseThrow();
      Map<String, Object> block =
          Map.of(
              "zone", zone.name(),
              "expression", "ip.src eq 192.0.2.44",
              "action", "block",
              "description", "scanner");

      var planned = setup.run("firewall.rule.create", block, true, false);
      assertThat(planned.status()).isEqualTo(ActionStatus.PLANNED);
      assertThat(planned.plan().changes())
          .containsExactly(
              "add to the custom rules of zone "
                  + zone.name()
                  + ": block when ip.src eq 192.0.2.44 (\"scanner\")");
      assertThat(entrypoint(sim, zone.id())).contains(before);

      var done = setup.run("firewall.rule.create", block, false, false);
      assertThat(done.status()).isEqualTo(ActionStatus.SUCCEEDED);
      @SuppressWarnings("unchecked")
      var id = (String) ((Map<String, Object>) done.result()).get("id");
      assertThat(rule(sim, zone.id(), id))
          .get()
          .satisfies(r -> assertThat(r.action()).isEqualTo("block"))
          .satisfies(r -> assertThat(r.expression()).isEqualTo("ip.src eq 192.0.2.44"));
      var again = setup.run("firewall.rule.create", block, false, false);
      assertThat(again.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(again.plan().note()).contains(id);
      assertThat(entrypoint(sim, zone.id()).orElseThrow().rules())
          .hasSize(before.rules().size() + 1);
      assertThatThrownBy(
              () ->
                  setup.run(
                      "firewall.rule.create",
                      Map.of(
                          "zone", zone.name(),
                          "expression", "ip.src eq 192.0.2.44",
                          "action", "log"),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(id)
          .hasMessageContaining("firewall.rule.update");

      var weaken = Map.of("zone", zone.id(), "id", id, "action", "managed_challenge");
      assertThatThrownBy(() -> setup.run("firewall.rule.update", weaken, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("action: block → managed_challenge");
      assertThat(rule(sim, zone.id(), id).orElseThrow().action()).isEqualTo("block");
      setup.run("firewall.rule.update", weaken, false, true);
      assertThat(rule(sim, zone.id(), id).orElseThrow().action()).isEqualTo("managed_challenge");
      assertThat(setup.run("firewall.rule.update", weaken, false, true).status())
          .isEqualTo(ActionStatus.UNCHANGED);
      var redescribe = Map.of("zone", zone.id(), "id", id, "description", "known scanner");
      assertThat(setup.run("firewall.rule.update", redescribe, false, false).status())
          .as("a new description weakens nothing")
          .isEqualTo(ActionStatus.SUCCEEDED);
      assertThat(rule(sim, zone.id(), id).orElseThrow().description()).isEqualTo("known scanner");

      var disable = Map.of("zone", zone.name(), "id", id);
      assertThatThrownBy(() -> setup.run("firewall.rule.disable", disable, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("enabled: true → false");
      setup.run("firewall.rule.disable", disable, false, true);
      assertThat(rule(sim, zone.id(), id).orElseThrow().enabled()).isFalse();
      assertThat(setup.run("firewall.rule.disable", disable, false, true).status())
          .isEqualTo(ActionStatus.UNCHANGED);

      assertThatThrownBy(() -> setup.run("firewall.rule.delete", disable, false, false))
          .isInstanceOf(ConfirmationRequiredException.class);
      assertThat(rule(sim, zone.id(), id)).isPresent();
      setup.run("firewall.rule.delete", disable, false, true);
      assertThat(rule(sim, zone.id(), id)).isEmpty();
      var gone = setup.run("firewall.rule.delete", disable, false, true);
      assertThat(gone.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(gone.plan().note()).contains(id).contains("already deleted");

      assertThat(setup.audit())
          .extracting(ActionRun::action)
          .contains(
              "firewall.rule.create",
              "firewall.rule.update",
              "firewall.rule.disable",
              "firewall.rule.delete");
      assertThat(setup.audit()).hasSize(14);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aZoneWithoutCustomRules_getsItsEntryPoint_andSkipRulesNeedConfirmation(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var setup = SecurityActions.over(opened.database(), sim, "security-write", SERVICES);
      var zone = setup.zone();
      sim.state()
          .write(
              s -> s.security().rulesets("zone", zone.id()).removeIf(r -> r.phase().equals(PHASE)));
      Map<String, Object> skip =
          Map.of(
              "zone",
              zone.name(),
              "expression",
              "ip.src in {192.0.2.0/24}",
              "action",
              "skip",
              "skip",
              List.of("waf", "http_ratelimit"));
      assertThatThrownBy(() -> setup.run("firewall.rule.create", skip, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("create the " + PHASE + " entry point of zone " + zone.name());
      assertThat(entrypoint(sim, zone.id())).isEmpty();
      setup.run("firewall.rule.create", skip, false, true);
      var created = entrypoint(sim, zone.id()).orElseThrow();
      assertThat(created.kind()).isEqualTo("zone");
      assertThat(created.rules())
          .singleElement()
          .satisfies(r -> assertThat(r.action()).isEqualTo("skip"))
          .satisfies(
              r ->
                  assertThat(r.actionParameters())
                      .containsEntry("products", List.of("waf"))
                      .containsEntry("phases", List.of("http_ratelimit")));
      assertThat(setup.run("firewall.rule.create", skip, false, true).status())
          .isEqualTo(ActionStatus.UNCHANGED);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badInput_unknownRules_andMissingPermissions_areRefusedBeforeAnyWrite(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir);
        var other = TestDatabases.open(kind, readerDir)) {
      var setup = SecurityActions.over(opened.database(), sim, "security-write", SERVICES);
      var zone = setup.zone();
      var before = entrypoint(sim, zone.id()).orElseThrow();
      var missing = "0".repeat(32);
      assertThatThrownBy(
              () ->
                  setup.run(
                      "firewall.rule.update",
                      Map.of("zone", zone.name(), "id", missing, "enabled", true),
                      false,
                      false))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining(missing);
      for (var bad :
          List.<Map<String, Object>>of(
              Map.of("zone", zone.name(), "expression", "(ip.src eq 192.0.2.1", "action", "block"),
              Map.of("zone", zone.name(), "expression", "true", "action", "allow"),
              Map.of("zone", zone.name(), "expression", "true", "action", "block", "skip", "waf"),
              Map.of("zone", zone.name(), "expression", "true", "action", "skip", "skip", "all"),
              Map.of("zone", zone.name(), "action", "block"))) {
        assertThatThrownBy(() -> setup.run("firewall.rule.create", bad, false, true))
            .as(bad.toString())
            .isInstanceOf(InvalidInputException.class);
      }
      assertThatThrownBy(
              () ->
                  setup.run(
                      "firewall.rule.update",
                      Map.of("zone", zone.name(), "id", before.rules().get(0).id()),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("at least one");

      var reader = SecurityActions.over(other.database(), sim, "account-token", SERVICES);
      assertThat(setup.actions().available("w", setup.connectionId()))
          .filteredOn(a -> a.action().name().equals("firewall.rule.create"))
          .singleElement()
          .satisfies(a -> assertThat(a.available()).as(a.reason()).isTrue());
      assertThat(reader.actions().available("w", reader.connectionId()))
          .filteredOn(a -> a.action().name().equals("firewall.rule.create"))
          .singleElement()
          .satisfies(a -> assertThat(a.available()).isFalse())
          .satisfies(a -> assertThat(a.reason()).contains("Zone → Zone WAF → Edit"));
      sim.resetCounters();
      var victim = before.rules().get(0).id();
      assertThatThrownBy(
              () ->
                  reader.run(
                      "firewall.rule.delete",
                      Map.of("zone", zone.name(), "id", victim),
                      false,
                      true))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("Zone WAF");
      assertThat(sim.counters().keySet()).noneMatch(k -> k.startsWith("DELETE"));
      assertThat(entrypoint(sim, zone.id())).contains(before);
      assertThat(reader.audit().get(0).status()).isEqualTo(ActionStatus.FAILED);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anExpressionCloudflareCannotParse_isRefused_namingTheField(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      // The simulator does not parse expressions: Cloudflare's answer to one it cannot parse is
      // scripted for the rule write itself.
      Interceptor parser =
          chain -> {
            if (chain.request().method().equals("POST")
                && chain.request().path().endsWith("/rules")) {
              sim.enqueue(
                  ScriptedResponse.json(
                      400,
                      """
                      {"success":false,"errors":[{"code":20021,"message":"filter parsing error \
                      (1:13): ip.src eq 192.0.2\\n            ^^^^^^^^^ invalid IP address",\
                      "source":{"pointer":"/expression"}}],"messages":[],"result":null}"""));
            }
            return chain.proceed(chain.request());
          };
      var setup = SecurityActions.over(opened.database(), sim, "security-write", SERVICES, parser);
      var zone = setup.zone();
      var before = entrypoint(sim, zone.id()).orElseThrow();
      assertThatThrownBy(
              () ->
                  setup.run(
                      "firewall.rule.create",
                      Map.of(
                          "zone", zone.name(), "expression", "ip.src eq 192.0.2", "action", "log"),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("expression")
          .hasMessageContaining("invalid IP address");
      assertThat(entrypoint(sim, zone.id())).contains(before);
      assertThat(setup.audit().get(0).status()).isEqualTo(ActionStatus.REFUSED);
    }
  }
}
