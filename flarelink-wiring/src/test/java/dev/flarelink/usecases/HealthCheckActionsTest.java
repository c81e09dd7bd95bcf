package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Traffic.HealthCheck;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** health_check.create and health_check.delete against the simulator. */
class HealthCheckActionsTest {

  private static final List<String> SERVICES = List.of("inventory", "load_balancing_write");

  @TempDir Path dir;

  private static List<HealthCheck> checks(CloudflareSimulator sim, String zoneId) {
    return sim.state().read(s -> List.copyOf(s.traffic().healthChecks(zoneId)));
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void healthChecks_areCreatedOnce_andDeletedWhenConfirmed(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "global-key", SERVICES);
      var zone = actions.zone();
      var before = checks(sim, zone.id());
      Map<String, Object> create =
          Map.of(
              "zone", zone.name(),
              "name", "api-origin",
              "address", "origin.example.net",
              "type", "https",
              "path", "/health",
              "interval", 30,
              "regions", List.of("weu", "ENAM"));

      var planned = actions.run("health_check.create", create, true, false);
      assertThat(planned.plan().changes())
          .containsExactly(
              "create the HTTPS health check api-origin of origin.example.net/health every 30 s in "
                  + zone.name());
      assertThat(checks(sim, zone.id())).isEqualTo(before);
      assertThat(actions.run("health_check.create", create, false, false).status())
          .isEqualTo(ActionStatus.SUCCEEDED);
      var made =
          checks(sim, zone.id()).stream().filter(h -> h.name().equals("api-origin")).toList();
      assertThat(made).hasSize(1);
      assertThat(made.getFirst().type()).isEqualTo("HTTPS");
      assertThat(made.getFirst().path()).isEqualTo("/health");
      assertThat(made.getFirst().interval()).isEqualTo(30);
      assertThat(made.getFirst().checkRegions()).containsExactly("WEU", "ENAM");
      var again = actions.run("health_check.create", create, false, false);
      assertThat(again.status()).isEqualTo(ActionStatus.UNCHANGED);
      assertThat(again.plan().note()).contains(made.getFirst().id());
      var moved = new HashMap<>(create);
      moved.put("address", "192.0.2.44");
      assertThatThrownBy(() -> actions.run("health_check.create", moved, false, false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("already has a health check named api-origin");

      var delete = Map.of("zone", zone.id(), "id", "api-origin");
      assertThatThrownBy(() -> actions.run("health_check.delete", delete, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("delete the HTTPS health check api-origin");
      assertThat(checks(sim, zone.id())).hasSize(before.size() + 1);
      actions.run("health_check.delete", delete, false, true);
      assertThat(checks(sim, zone.id())).isEqualTo(before);
      assertThat(actions.run("health_check.delete", delete, false, true).status())
          .isEqualTo(ActionStatus.UNCHANGED);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badInput_isNamed_andWithoutHealthCheckWrite_nothingIsWritten(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var reader = ActionHarness.open(opened.database(), sim, "account-token", SERVICES);
      var zone = reader.zone();
      var before = checks(sim, zone.id());
      Map<String, Object> good =
          Map.of("zone", zone.name(), "name", "db", "address", "192.0.2.7", "type", "TCP");
      assertThatThrownBy(() -> reader.run("health_check.create", good, false, false))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(checks(sim, zone.id())).isEqualTo(before);

      for (var bad :
          List.of(
              Map.entry("name", (Object) "has space"),
              Map.entry("address", (Object) "https://origin.example.net/"),
              Map.entry("path", (Object) "/status"),
              Map.entry("port", (Object) 70_000),
              Map.entry("interval", (Object) 2),
              Map.entry("regions", (Object) List.of("MARS")))) {
        var input = new HashMap<String, Object>(good);
        input.put(bad.getKey(), bad.getValue());
        assertThatThrownBy(() -> reader.run("health_check.create", input, false, false))
            .as(bad.toString())
            .isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains(bad.getKey()));
      }
    }
  }
}
