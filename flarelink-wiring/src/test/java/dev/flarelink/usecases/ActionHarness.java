package dev.flarelink.usecases;

import dev.flarelink.core.action.ActionOutcome;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.action.Caller;
import dev.flarelink.core.action.actions.StandardActions;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcActionAuditStore;
import dev.flarelink.testkit.TestConnections;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs actions on real stores against a simulator, for a credential and enabled services. */
record ActionHarness(ActionService actions, String connectionId, CloudflareSimulator sim) {

  static final Caller CLI = new Caller("cli", "tester");

  /** A simulator of its own, roomy enough for a test class's writes. */
  static CloudflareSimulator simulator() {
    return CloudflareSimulator.start(
        SimulatorOptions.defaults()
            .withSeed(new SeedSpec(31, 5, 0, 0, 3, 6, 0))
            .withRateLimit(100_000, Duration.ofMinutes(5)));
  }

  /** A saved connection of {@code credential} enabling {@code services}, and its action service. */
  static ActionHarness open(
      Database database, CloudflareSimulator sim, String credential, List<String> services) {
    var saved = TestConnections.save(database, sim, credential, services);
    var actions =
        new ActionService(
            saved.connections(),
            StandardActions.registry(),
            new JdbcActionAuditStore(database),
            c -> TestConnections.roomyClient(sim, c).build(),
            Clock.systemUTC(),
            TestConnections::newId);
    return new ActionHarness(actions, saved.connection().id(), sim);
  }

  /** Runs an action and returns what it did. */
  ActionOutcome run(String action, Map<String, ?> input, boolean dryRun, boolean confirmed) {
    return actions.run("w", connectionId, action, input, dryRun, confirmed, CLI);
  }

  /** The connection's runs, newest first. */
  List<ActionRun> audit() {
    return actions.audit("w", connectionId, 100);
  }

  /** The first zone of the simulator's account. */
  Entities.Zone zone() {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .findFirst()
                    .orElseThrow());
  }
}
