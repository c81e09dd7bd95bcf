package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Entities.AccessRule;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ip_rule.update against the simulator, on both databases: tightening applies at once, loosening
 * needs confirmation, a repeat changes nothing, and an unknown id or a missing permission is
 * refused before any write.
 */
class IpRuleUpdateActionTest {

  private static final List<String> SERVICES = List.of("inventory", "ip_access_rules");

  @TempDir Path dir;

  /** Where the read-only connection keeps its own store. */
  @TempDir Path readerDir;

  private static AccessRule rule(CloudflareSimulator sim, String id) {
    return sim.state()
        .read(
            s ->
                s.accessRules("account", sim.accountId()).stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void modesAndNotes_changeAsPlanned_loosenOnlyWhenConfirmed(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      // Only the Global API Key may write account access rules among the named credentials.
      var setup = SecurityActions.over(opened.database(), sim, "global-key", SERVICES);
      setup.run(
          "ip_rule.create",
          Map.of("mode", "challenge", "target", "ip", "value", "203.0.113.50"),
          false,
          false);
      var id =
          sim.state()
              .read(
                  s ->
                      s.accessRules("account", sim.accountId()).stream()
                          .filter(r -> r.value().equals("203.0.113.50"))
                          .findFirst()
                          .orElseThrow())
              .id();

      var tighten = Map.of("id", id, "mode", "block", "notes", "abuse");
      var planned = setup.run("ip_rule.update", tighten, true, false);
      assertThat(planned.plan().destructive()).isFalse();
      assertThat(planned.plan().changes())
          .containsExactly(
              "change the challenge rule for 203.0.113.50 ("
                  + id
                  + ") in the account mode: challenge → block",
              "change the challenge rule for 203.0.113.50 ("
                  + id
                  + ") in the account notes: \"\" → \"abuse\"");
      assertThat(rule(sim, id).mode()).isEqualTo("challenge");
      setup.run("ip_rule.update", tighten, false, false);
      assertThat(rule(sim, id).mode()).isEqualTo("block");
      assertThat(rule(sim, id).notes()).isEqualTo("abuse");
      assertThat(setup.run("ip_rule.update", tighten, false, false).status())
          .isEqualTo(ActionStatus.UNCHANGED);

      for (var looser : List.of("managed_challenge", "whitelist")) {
        var loosen = Map.of("id", id, "mode", looser);
        assertThatThrownBy(() -> setup.run("ip_rule.update", loosen, false, false))
            .as(looser)
            .isInstanceOf(ConfirmationRequiredException.class);
        setup.run("ip_rule.update", loosen, false, true);
        assertThat(rule(sim, id).mode()).isEqualTo(looser);
        assertThat(rule(sim, id).notes()).as("not given: kept").isEqualTo("abuse");
      }
      assertThat(setup.audit()).hasSize(8);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void unknownRules_emptyChanges_andMissingPermissions_areRefused(Database.Kind kind) {
    try (var sim = SecurityActions.simulator();
        var opened = TestDatabases.open(kind, dir);
        var other = TestDatabases.open(kind, readerDir)) {
      var setup = SecurityActions.over(opened.database(), sim, "global-key", SERVICES);
      var missing = "0".repeat(32);
      assertThatThrownBy(
              () ->
                  setup.run("ip_rule.update", Map.of("id", missing, "mode", "block"), false, true))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining(missing);
      var existing = sim.state().read(s -> s.accessRules("account", sim.accountId()).getFirst());
      assertThatThrownBy(
              () -> setup.run("ip_rule.update", Map.of("id", existing.id()), false, true))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("mode");

      var reader = SecurityActions.over(other.database(), sim, "account-token", SERVICES);
      sim.resetCounters();
      var mode = existing.mode().equals("block") ? "challenge" : "block";
      assertThatThrownBy(
              () ->
                  reader.run(
                      "ip_rule.update", Map.of("id", existing.id(), "mode", mode), false, true))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(sim.counters().keySet()).noneMatch(k -> k.startsWith("PATCH"));
      assertThat(rule(sim, existing.id())).isEqualTo(existing);
    }
  }
}
