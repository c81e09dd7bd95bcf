package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Traffic.Origin;
import dev.flarelink.simulator.state.Traffic.Pool;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** pool.origin.disable and pool.origin.enable against the simulator's pools. */
class PoolOriginActionsTest {

  private static final List<String> SERVICES = List.of("inventory", "load_balancing_write");

  @TempDir Path dir;

  private static Pool pool(CloudflareSimulator sim, String id) {
    return sim.state()
        .read(
            s ->
                s.traffic().pools(sim.accountId()).stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .orElseThrow());
  }

  private static boolean enabled(CloudflareSimulator sim, String poolId, String origin) {
    return pool(sim, poolId).origins().stream()
        .filter(o -> o.name().equals(origin))
        .findFirst()
        .orElseThrow()
        .enabled();
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void origins_areDrainedAndRestored_andTheLastOneNeedsConfirmation(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "global-key", SERVICES);
      // The simulator's first pool has a disabled last origin.
      var seeded = sim.state().read(s -> s.traffic().pools(sim.accountId()).getFirst());
      var origins = seeded.origins();
      var disabled = origins.getLast();
      assertThat(disabled.enabled()).isFalse();

      var enable = Map.of("pool", seeded.name(), "origin", disabled.name());
      var planned = actions.run("pool.origin.enable", enable, true, false);
      assertThat(planned.plan().changes())
          .containsExactly(
              "enable origin "
                  + disabled.name()
                  + " ("
                  + disabled.address()
                  + ") of pool "
                  + seeded.name()
                  + ": disabled → enabled");
      assertThat(enabled(sim, seeded.id(), disabled.name())).as("a dry run").isFalse();
      assertThat(actions.run("pool.origin.enable", enable, false, false).status())
          .isEqualTo(ActionStatus.SUCCEEDED);
      assertThat(enabled(sim, seeded.id(), disabled.name())).isTrue();
      assertThat(actions.run("pool.origin.enable", enable, false, false).status())
          .isEqualTo(ActionStatus.UNCHANGED);

      // Drain every origin but the last by address (the pool given by id): none needs confirming.
      for (var origin : origins.subList(0, origins.size() - 1)) {
        var drain = Map.of("pool", seeded.id(), "origin", origin.address());
        var done = actions.run("pool.origin.disable", drain, false, false);
        assertThat(done.status()).isEqualTo(ActionStatus.SUCCEEDED);
        assertThat(done.plan().destructive()).isFalse();
        assertThat(enabled(sim, seeded.id(), origin.name())).isFalse();
        assertThat(actions.run("pool.origin.disable", drain, false, false).status())
            .isEqualTo(ActionStatus.UNCHANGED);
      }
      var last = Map.of("pool", seeded.name(), "origin", disabled.name());
      assertThatThrownBy(() -> actions.run("pool.origin.disable", last, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("last enabled origin");
      assertThat(enabled(sim, seeded.id(), disabled.name())).isTrue();
      actions.run("pool.origin.disable", last, false, true);
      assertThat(pool(sim, seeded.id()).origins()).noneMatch(Origin::enabled);
      var after = pool(sim, seeded.id());
      assertThat(after.origins())
          .extracting(Origin::address)
          .as("the other fields of every origin are kept")
          .containsExactlyElementsOf(origins.stream().map(Origin::address).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void belowMinimumOrigins_needsConfirmation_andBadReferencesAreNamed(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "global-key", SERVICES);
      var seeded = sim.state().read(s -> s.traffic().pools(sim.accountId()).getFirst());
      var all = seeded.origins().stream().map(o -> o.withEnabled(true)).toList();
      sim.state()
          .write(
              s ->
                  s.traffic()
                      .pools(sim.accountId())
                      .set(
                          0,
                          new Pool(
                              seeded.id(),
                              seeded.accountId(),
                              seeded.name(),
                              seeded.description(),
                              true,
                              all.size(),
                              seeded.monitorId(),
                              seeded.notificationEmail(),
                              seeded.checkRegions(),
                              all,
                              seeded.createdOn(),
                              seeded.modifiedOn())));
      var drain = Map.of("pool", seeded.name(), "origin", all.getFirst().name());
      assertThatThrownBy(() -> actions.run("pool.origin.disable", drain, false, false))
          .isInstanceOf(ConfirmationRequiredException.class)
          .hasMessageContaining("below its minimum_origins of " + all.size());
      assertThat(enabled(sim, seeded.id(), all.getFirst().name())).isTrue();

      assertThatThrownBy(
              () ->
                  actions.run(
                      "pool.origin.disable",
                      Map.of("pool", "no-such-pool", "origin", "x"),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("pool")
          .hasMessageContaining(seeded.name());
      assertThatThrownBy(
              () ->
                  actions.run(
                      "pool.origin.disable",
                      Map.of("pool", seeded.name(), "origin", "203.0.113.250"),
                      false,
                      false))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("has no origin 203.0.113.250")
          .hasMessageContaining(all.getFirst().name());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void withoutPoolWrite_refusedBeforeAnyWrite(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var reader = ActionHarness.open(opened.database(), sim, "account-token", SERVICES);
      var seeded = sim.state().read(s -> s.traffic().pools(sim.accountId()).getFirst());
      var origin = seeded.origins().getFirst();
      assertThatThrownBy(
              () ->
                  reader.run(
                      "pool.origin.disable",
                      Map.of("pool", seeded.name(), "origin", origin.name()),
                      false,
                      true))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(pool(sim, seeded.id()).origins()).isEqualTo(seeded.origins());
      assertThat(reader.audit().getFirst().status()).isEqualTo(ActionStatus.FAILED);
    }
  }
}
