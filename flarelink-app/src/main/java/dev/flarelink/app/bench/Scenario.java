package dev.flarelink.app.bench;

import dev.flarelink.simulator.state.SeedSpec;
import java.util.List;
import java.util.Optional;

/**
 * An account to import in the benchmark.
 *
 * @param seed the simulated account's sizes
 * @param pacedSeconds how long the queries run at each steady rate after the import
 */
public record Scenario(String name, SeedSpec seed, int pacedSeconds) {

  /** 200 members, 20 zones of 50 records, 100 alerts. */
  public static final Scenario SMALL =
      new Scenario("small", new SeedSpec(7, 200, 10, 2, 20, 50, 100), 3);

  /** 10,000 members, 1,000 zones of 200 records, 5,000 alerts. */
  public static final Scenario LARGE =
      new Scenario("large", new SeedSpec(7, 10_000, 200, 20, 1_000, 200, 5_000), 20);

  /** The scenario with this name. */
  public static Optional<Scenario> named(String name) {
    return List.of(SMALL, LARGE).stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
