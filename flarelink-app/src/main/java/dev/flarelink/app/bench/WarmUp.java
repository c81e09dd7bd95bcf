package dev.flarelink.app.bench;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Imports another, small account once before the measured passes, into a database of its own (a
 * scratch schema on PostgreSQL), against a simulator of its own without latency or rate limit. The
 * measured passes then run in a process that has loaded and compiled the import's code, as a
 * running service has: its first import of a new connection is the "first pass". Nothing of the
 * warm-up reaches the measured simulator's counters, rate window or database.
 */
final class WarmUp {

  private WarmUp() {}

  /** Runs the warm-up and returns its seconds. */
  static double run(String databaseUrl, Path dir) throws Exception {
    var started = System.nanoTime();
    try (var scratch = ScratchSchema.of(databaseUrl, false);
        var sim = CloudflareSimulator.start(SimulatorOptions.defaults().withSeed(SeedSpec.SMALL));
        var wiring =
            Wiring.open(
                new ServerSettings("127.0.0.1", 0, scratch.url(), dir, sim.baseUrl(), null),
                Map.of(),
                Clock.systemUTC())) {
      var outcome = Import.once(wiring, Import.connect(wiring, sim, "Warm-up"));
      if (outcome.states().values().stream().anyMatch(s -> !s.equals("succeeded"))) {
        throw new IllegalStateException("the warm-up import did not succeed: " + outcome.states());
      }
    }
    return Import.secondsSince(started);
  }
}
