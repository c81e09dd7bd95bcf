package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Security.PageRule;
import dev.flarelink.simulator.state.Security.PageRuleAction;
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
 * page_rule.create, update and delete against the simulator, on both databases: planned, applied
 * once, a repeat changes nothing, deleting needs confirmation, and input Cloudflare would refuse is
 * refused first, naming the field.
 */
class PageRuleActionsTest {

  private static final List<String> SERVICES = List.of("inventory", "page_rules_write");

  @TempDir Path dir;

  /** Where the read-only connection keeps its own store. */
  @TempDir Path readerDir;

  private static List<PageRule> rules(CloudflareSimulator sim, String zoneId) {
    return sim.state().read(s -> List.copyOf(s.security().pageRules(zoneId)));
  }

  private static Optional<PageRule> rule(CloudflareSimulator sim, String zoneId, String id) {
    return rules(sim, zoneId).stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void pageRules_areCreatedChangedAndDeleted_asPlanned_andOnlyOnce(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var setup = SecurityActions.over(opened.database(), sim, "security-write", SERVICES);
      var zone = setup.zone();
      var before = rules(sim, zone.id());
      var url = "*" + zone.name() + "/static/*";
      Map<String, Object> create =
          Map.of(
              "zone",
              zone.name(),
              "url",
              url,
              "actions",
              List.of("cache_level=cache_everything", "browser_cache_ttl=14400"),
              "priority",
              2);

      var planned = setup.run("page_rule.create", create, true, false);
      assertThat(planned.plan().changes())
          .containsExactly(
              "create a Page Rule in zone "
                  + zone.name()
                  + ": "
                  + url
                  + " → cache_level=cache_everything, browser_cache_ttl=14400 (priority 2,"
                  + " active)");
      assertThat(rules(sim, zone.id())).isEqualTo(before);

      var done = setup.run("page_rule.create", create, false, false);
      @SuppressWarnings("unchecked")
      var id = (String) ((Map<String, Object>) done.result()).get("id");
      assertThat(rule(sim, zone.id(), id))
          .get()
          .satisfies(r -> assertThat(r.targetUrl()).isEqualTo(url))
          .satisfies(r -> assertThat(r.status()).isEqualTo("active"))
          .satisfies(r -> assertThat(r.priority()).isEqualTo(2))
          .satisfies(
              r ->
                  assertThat(r.actions())
                      .containsExactly(
                          new PageRuleAction("cache_level", "cache_everything"),
                          new PageRuleAction("browser_cache_ttl", 14400)));
      var again = setup.run("page_rule.create", create, false, false);
      assertThat(again.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(again.plan().note()).contains(id);
      assertThat(rules(sim, zone.id())).hasSize(before.size() + 1);
      assertThatThrownBy(
              () ->
                  setup.run(
                      "page_rule.create",
                      Map.of(
                          "zone", zone.name(), "url", url, "actions", List.of("always_use_https")),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(id)
          .hasMessageContaining("page_rule.update");

      Map<String, Object> update =
          Map.of(
              "zone",
              zone.id(),
              "id",
              id,
              "actions",
              List.of("forwarding_url=301 https://www." + zone.name() + "/$1"),
              "status",
              "disabled");
      var changed = setup.run("page_rule.update", update, false, false);
      assertThat(changed.plan().changes())
          .contains(
              "change Page Rule " + id + " of zone " + zone.name() + " status: active → disabled");
      assertThat(rule(sim, zone.id(), id))
          .get()
          .satisfies(r -> assertThat(r.status()).isEqualTo("disabled"))
          .satisfies(r -> assertThat(r.priority()).as("not given: kept").isEqualTo(2))
          .satisfies(
              r ->
                  assertThat(r.actions())
                      .singleElement()
                      .satisfies(a -> assertThat(a.id()).isEqualTo("forwarding_url"))
                      .satisfies(
                          a ->
                              assertThat(a.value())
                                  .isEqualTo(
                                      Map.of(
                                          "url",
                                          "https://www." + zone.name() + "/$1",
                                          "status_code",
                                          301))));
      assertThat(setup.run("page_rule.update", update, false, false).status())
          .isEqualTo(ActionStatus.UNCHANGED);

      var delete = Map.of("zone", zone.name(), "id", id);
      assertThatThrownBy(() -> setup.run("page_rule.delete", delete, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining(url);
      assertThat(rule(sim, zone.id(), id)).isPresent();
      setup.run("page_rule.delete", delete, false, true);
      assertThat(rule(sim, zone.id(), id)).isEmpty();
      assertThat(setup.run("page_rule.delete", delete, false, true).status())
          .isEqualTo(ActionStatus.UNCHANGED);
      assertThat(rules(sim, zone.id())).isEqualTo(before);
      assertThat(setup.audit()).hasSize(9);
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
      var before = rules(sim, zone.id());
      var url = "*" + zone.name() + "/x/*";
      for (var bad :
          List.<Map<String, Object>>of(
              Map.of("zone", zone.name(), "url", "*elsewhere.example/*", "actions", "ssl=full"),
              Map.of("zone", zone.name(), "url", url, "actions", "make_it_fast=on"),
              Map.of("zone", zone.name(), "url", url, "actions", "always_use_https=on"),
              Map.of("zone", zone.name(), "url", url, "actions", "cache_level"),
              Map.of("zone", zone.name(), "url", url, "actions", "forwarding_url=/elsewhere"),
              Map.of("zone", zone.name(), "url", url, "actions", "ssl=full", "status", "on"))) {
        assertThatThrownBy(() -> setup.run("page_rule.create", bad, false, true))
            .as(bad.toString())
            .isInstanceOf(InvalidInputException.class);
      }
      var missing = "0".repeat(32);
      assertThatThrownBy(
              () ->
                  setup.run(
                      "page_rule.update",
                      Map.of("zone", zone.name(), "id", missing, "status", "active"),
                      false,
                      false))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining(missing);

      var reader = SecurityActions.over(other.database(), sim, "account-token", SERVICES);
      assertThat(setup.actions().available("w", setup.connectionId()))
          .filteredOn(a -> a.action().name().equals("page_rule.create"))
          .singleElement()
          .satisfies(a -> assertThat(a.available()).as(a.reason()).isTrue());
      assertThat(reader.actions().available("w", reader.connectionId()))
          .filteredOn(a -> a.action().name().equals("page_rule.create"))
          .singleElement()
          .satisfies(a -> assertThat(a.available()).isFalse())
          .satisfies(a -> assertThat(a.reason()).contains("Zone → Page Rules → Edit"));
      sim.resetCounters();
      assertThatThrownBy(
              () ->
                  reader.run(
                      "page_rule.create",
                      Map.of("zone", zone.name(), "url", url, "actions", "ssl=full"),
                      false,
                      false))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("Page Rules");
      assertThat(sim.counters().keySet()).noneMatch(k -> k.startsWith("POST"));
      assertThat(rules(sim, zone.id())).isEqualTo(before);
      assertThat(reader.audit().get(0).status()).isEqualTo(ActionStatus.FAILED);
    }
  }
}
