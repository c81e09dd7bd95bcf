package dev.flarelink.simulator;

import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.SeedSpec;
import java.time.Clock;
import java.time.Duration;

/**
 * How to start a simulator.
 *
 * @param port the port, 0 for any free port
 * @param seed the account to generate
 * @param rateLimit requests per window per credential
 * @param rateWindow the rate-limit window
 * @param graphQlLimit GraphQL queries per window per credential
 * @param faults the fault plan (including latency)
 * @param clock the clock for expiry and rate windows
 * @param recordRequests how many received requests to keep for {@code takeRequest} (0: none)
 */
public record SimulatorOptions(
    int port,
    SeedSpec seed,
    int rateLimit,
    Duration rateWindow,
    int graphQlLimit,
    Faults faults,
    Clock clock,
    int recordRequests) {

  /** Any free port, the small account, Cloudflare's limits, no faults, the system clock. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        0,
        SeedSpec.SMALL,
        1200,
        Duration.ofMinutes(5),
        300,
        Faults.NONE,
        Clock.systemUTC(),
        10_000);
  }

  /** A copy with another port. */
  public SimulatorOptions withPort(int value) {
    return new SimulatorOptions(
        value, seed, rateLimit, rateWindow, graphQlLimit, faults, clock, recordRequests);
  }

  /** A copy with another account. */
  public SimulatorOptions withSeed(SeedSpec value) {
    return new SimulatorOptions(
        port, value, rateLimit, rateWindow, graphQlLimit, faults, clock, recordRequests);
  }

  /** A copy with another REST rate limit; GraphQL's is scaled alike (a quarter). */
  public SimulatorOptions withRateLimit(int limit, Duration window) {
    return new SimulatorOptions(
        port, seed, limit, window, Math.max(1, limit / 4), faults, clock, recordRequests);
  }

  /** A copy with another fault plan. */
  public SimulatorOptions withFaults(Faults value) {
    return new SimulatorOptions(
        port, seed, rateLimit, rateWindow, graphQlLimit, value, clock, recordRequests);
  }

  /** A copy with another clock. */
  public SimulatorOptions withClock(Clock value) {
    return new SimulatorOptions(
        port, seed, rateLimit, rateWindow, graphQlLimit, faults, value, recordRequests);
  }

  /** A copy that keeps this many received requests. */
  public SimulatorOptions withRecordRequests(int value) {
    return new SimulatorOptions(
        port, seed, rateLimit, rateWindow, graphQlLimit, faults, clock, value);
  }
}
