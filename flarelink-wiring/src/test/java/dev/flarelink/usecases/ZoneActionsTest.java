package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** zone.create, zone.pause, zone.unpause and zone.delete against the simulator. */
class ZoneActionsTest {

  private static final List<String> SERVICES = List.of("inventory", "zone_write");

  @TempDir Path dir;

  private static Optional<Entities.Zone> named(CloudflareSimulator sim, String name) {
    return sim.state().read(s -> s.zones().stream().filter(z -> z.name().equals(name)).findFirst());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void zones_areCreatedPausedResumedAndDeleted_onceEach(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "global-key", SERVICES);
      var create = Map.of("name", "Fresh-Shop.example.", "type", "full");

      var planned = actions.run("zone.create", create, true, false);
      assertThat(planned.status()).isEqualTo(ActionStatus.PLANNED);
      assertThat(planned.plan().changes())
          .containsExactly("add the full zone fresh-shop.example to the account");
      assertThat(named(sim, "fresh-shop.example")).as("a dry run adds nothing").isEmpty();

      assertThat(actions.run("zone.create", create, false, false).status())
          .isEqualTo(ActionStatus.SUCCEEDED);
      var zone = named(sim, "fresh-shop.example").orElseThrow();
      assertThat(zone.type()).isEqualTo("full");
      var again = actions.run("zone.create", create, false, false);
      assertThat(again.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(again.plan().note()).contains(zone.id());
      assertThatThrownBy(
              () ->
                  actions.run(
                      "zone.create",
                      Map.of("name", "fresh-shop.example", "type", "partial"),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("already has fresh-shop.example as a full zone");

      var pause = Map.of("zone", "fresh-shop.example");
      assertThatThrownBy(() -> actions.run("zone.pause", pause, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("active → paused");
      assertThat(named(sim, "fresh-shop.example").orElseThrow().paused()).isFalse();
      actions.run("zone.pause", pause, false, true);
      assertThat(named(sim, "fresh-shop.example").orElseThrow().paused()).isTrue();
      assertThat(actions.run("zone.pause", pause, false, true).plan().note())
          .isEqualTo("Zone fresh-shop.example is already paused");
      assertThat(actions.run("zone.unpause", pause, false, false).status())
          .as("resuming needs no confirmation")
          .isEqualTo(ActionStatus.SUCCEEDED);
      assertThat(named(sim, "fresh-shop.example").orElseThrow().paused()).isFalse();
      assertThat(actions.run("zone.unpause", pause, false, false).status())
          .isEqualTo(ActionStatus.UNCHANGED);

      var victim = actions.zone();
      var records = sim.state().read(s -> s.records(victim.id()).size());
      var delete = Map.of("zone", victim.name());
      assertThatThrownBy(() -> actions.run("zone.delete", delete, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("with its " + records + " DNS records");
      assertThat(named(sim, victim.name())).isPresent();
      actions.run("zone.delete", delete, false, true);
      assertThat(named(sim, victim.name())).isEmpty();
      var gone = actions.run("zone.delete", delete, false, true);
      assertThat(gone.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(gone.plan().note()).contains("already deleted?");

      assertThat(actions.audit())
          .extracting(r -> r.action() + " " + r.status())
          .containsExactly(
              "zone.delete UNCHANGED",
              "zone.delete SUCCEEDED",
              "zone.delete REFUSED",
              "zone.unpause UNCHANGED",
              "zone.unpause SUCCEEDED",
              "zone.pause UNCHANGED",
              "zone.pause SUCCEEDED",
              "zone.pause REFUSED",
              "zone.create REFUSED",
              "zone.create UNCHANGED",
              "zone.create SUCCEEDED",
              "zone.create PLANNED");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void withoutZoneWrite_refusedBeforeAnyWrite_andBadNamesNamed(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var reader = ActionHarness.open(opened.database(), sim, "account-token", SERVICES);
      var zone = reader.zone();
      assertThatThrownBy(() -> reader.run("zone.pause", Map.of("zone", zone.name()), false, true))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(
              () -> reader.run("zone.create", Map.of("name", "new.example"), false, false))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(named(sim, "new.example")).isEmpty();
      boolean paused = sim.state().read(s -> s.zone(zone.id()).orElseThrow().paused());
      assertThat(paused).isFalse();
      assertThat(reader.audit()).extracting(r -> r.status()).containsOnly(ActionStatus.FAILED);

      for (var bad : List.of("https://shop.example", "shop", "shop.example/path", "-x.example")) {
        assertThatThrownBy(() -> reader.run("zone.create", Map.of("name", bad), false, false))
            .as(bad)
            .isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("name").contains("such as example.com"));
      }
      assertThatThrownBy(
              () ->
                  reader.run(
                      "zone.create",
                      Map.of("name", "a.example", "type", "secondary"),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("full, partial");
    }
  }
}
