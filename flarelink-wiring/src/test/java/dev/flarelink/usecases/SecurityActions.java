package dev.flarelink.usecases;

import dev.flarelink.cloudflare.http.Interceptor;
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

/**
 * The security actions' tests' setup: the action service on a real store over a connection of one
 * of the simulator's named credentials.
 */
record SecurityActions(ActionService actions, String connectionId, CloudflareSimulator sim) {

  static final Caller CLI = new Caller("cli", "tester");

  /** A simulator of three zones, each with custom firewall rules and maybe Page Rules. */
  static CloudflareSimulator simulator() {
    return CloudflareSimulator.start(
        SimulatorOptions.defaults()
            .withSeed(new SeedSpec(47, 5, 0, 0, 3, 4, 0))
            .withRateLimit(100_000, Duration.ofMinutes(5)));
  }

  /** The action service over a connection with {@code credential} and these services. */
  static SecurityActions over(
      Database database, CloudflareSimulator sim, String credential, List<String> services) {
    return over(database, sim, credential, services, chain -> chain.proceed(chain.request()));
  }

  /** The same, with its clients' requests passing through {@code interceptor}. */
  static SecurityActions over(
      Database database,
      CloudflareSimulator sim,
      String credential,
      List<String> services,
      Interceptor interceptor) {
    var saved = TestConnections.save(database, sim, credential, services);
    var actions =
        new ActionService(
            saved.connections(),
            StandardActions.registry(),
            new JdbcActionAuditStore(database),
            c -> TestConnections.roomyClient(sim, c).addInterceptor(interceptor).build(),
            Clock.systemUTC(),
            TestConnections::newId);
    return new SecurityActions(actions, saved.connection().id(), sim);
  }

  ActionOutcome run(String action, Map<String, ?> input, boolean dryRun, boolean confirmed) {
    return actions.run("w", connectionId, action, input, dryRun, confirmed, CLI);
  }

  List<ActionRun> audit() {
    return actions.audit("w", connectionId, 100);
  }

  /** The account's first zone. */
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
