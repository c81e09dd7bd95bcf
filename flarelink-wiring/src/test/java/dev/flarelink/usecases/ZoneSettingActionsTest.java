package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** zone.setting on the settings beyond SSL: which changes weaken security, and their values. */
class ZoneSettingActionsTest {

  private static final List<String> SERVICES = List.of("inventory", "zone_settings_write");

  @TempDir Path dir;

  private static String setting(CloudflareSimulator sim, String zoneId, String id) {
    return sim.state().read(s -> s.zone(zoneId).orElseThrow().settings().get(id));
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void weakeningNeedsConfirmation_strengtheningDoesNot_andRepeatsChangeNothing(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "global-key", SERVICES);
      var zone = actions.zone().id();
      record Step(String setting, String value, boolean weakens) {}
      for (var step :
          List.of(
              new Step("security_level", "under_attack", false),
              new Step("security_level", "low", true),
              new Step("tls_1_3", "on", false),
              new Step("tls_1_3", "zrt", true),
              new Step("tls_1_3", "off", true),
              new Step("automatic_https_rewrites", "on", false),
              new Step("automatic_https_rewrites", "off", true),
              new Step("always_use_https", "on", false),
              new Step("min_tls_version", "1.3", false),
              new Step("min_tls_version", "1.2", true),
              new Step("cache_level", "basic", false),
              new Step("cache_level", "aggressive", false),
              new Step("development_mode", "on", false),
              new Step("development_mode", "off", false),
              new Step("browser_cache_ttl", "7200", false),
              new Step("browser_cache_ttl", "0", false))) {
        var input = Map.of("zone", zone, "setting", step.setting(), "value", step.value());
        var before = setting(sim, zone, step.setting());
        if (step.value().equals(before)) {
          assertThat(actions.run("zone.setting", input, false, false).status())
              .as(step.toString())
              .isEqualTo(ActionStatus.UNCHANGED);
          continue;
        }
        if (step.weakens()) {
          assertThatThrownBy(() -> actions.run("zone.setting", input, false, false))
              .as(step.toString())
              .isInstanceOf(ConfirmationRequiredException.class)
              .hasMessageContaining(before + " → " + step.value());
          assertThat(setting(sim, zone, step.setting())).isEqualTo(before);
        }
        var done = actions.run("zone.setting", input, false, step.weakens());
        assertThat(done.status()).as(step.toString()).isEqualTo(ActionStatus.SUCCEEDED);
        assertThat(done.plan().destructive()).as(step.toString()).isEqualTo(step.weakens());
        assertThat(setting(sim, zone, step.setting())).as(step.toString()).isEqualTo(step.value());
        var again = actions.run("zone.setting", input, false, false);
        assertThat(again.status()).as(step.toString()).isEqualTo(ActionStatus.UNCHANGED);
        assertThat(again.plan().note()).contains("is already " + step.value());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badValues_listTheAllowedOnes_andWithoutTheWritePermission_nothingChanges(
      Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var reader = ActionHarness.open(opened.database(), sim, "account-token", SERVICES);
      var zone = reader.zone().id();
      for (var bad :
          Map.of(
                  "browser_cache_ttl", "45",
                  "cache_level", "everything",
                  "security_level", "extreme",
                  "tls_1_3", "yes")
              .entrySet()) {
        assertThatThrownBy(
                () ->
                    reader.run(
                        "zone.setting",
                        Map.of("zone", zone, "setting", bad.getKey(), "value", bad.getValue()),
                        false,
                        true))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("value")
            .hasMessageContaining(bad.getKey() + " takes ");
      }
      var before = setting(sim, zone, "cache_level");
      var other = before.equals("basic") ? "simplified" : "basic";
      assertThatThrownBy(
              () ->
                  reader.run(
                      "zone.setting",
                      Map.of("zone", zone, "setting", "cache_level", "value", other),
                      false,
                      false))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(setting(sim, zone, "cache_level")).isEqualTo(before);
    }
  }
}
