package dev.flarelink.simulator.faults;

import java.util.SplittableRandom;

/**
 * Decides, request by request, which fault strikes. The decisions follow from the seed: the n-th
 * request always gets the same fault for the same plan and seed. The plan can be changed at run
 * time. Thread-safe.
 */
public final class FaultInjector {

  /** What happens to one request. */
  public enum Fault {
    /** Nothing. */
    NONE,
    /** An injected 429. */
    RATE_LIMITED,
    /** A 5xx with a JSON envelope. */
    SERVER_ERROR_JSON,
    /** A 5xx with an HTML page. */
    SERVER_ERROR_HTML,
    /** The connection closes halfway through the body. */
    CUT,
    /** The body trickles out. */
    SLOW,
    /** A 200 whose JSON is cut short. */
    MALFORMED
  }

  /** The fault and the latency for one request. */
  public record Decision(Fault fault, int latencyMillis) {}

  private final long seed;
  private volatile Faults faults;
  private SplittableRandom random;
  private int burstLeft;

  /** An injector with this plan and seed. */
  public FaultInjector(Faults faults, long seed) {
    this.faults = faults;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The plan in force. */
  public Faults faults() {
    return faults;
  }

  /** Replaces the plan and restarts the seeded sequence. */
  public synchronized void set(Faults plan) {
    this.faults = plan;
    this.random = new SplittableRandom(seed);
    this.burstLeft = 0;
  }

  /** Decides the next request's fate. */
  public synchronized Decision next() {
    var plan = faults;
    var latency =
        plan.latencyMillis()
            + (plan.jitterMillis() > 0 ? random.nextInt(plan.jitterMillis() + 1) : 0);
    if (burstLeft > 0) {
      burstLeft--;
      return new Decision(Fault.RATE_LIMITED, latency);
    }
    var roll = random.nextDouble();
    Fault fault;
    if ((roll -= plan.rateLimited()) < 0) {
      burstLeft = plan.burst() - 1;
      fault = Fault.RATE_LIMITED;
    } else if ((roll -= plan.serverError()) < 0) {
      fault =
          random.nextDouble() < plan.htmlShare()
              ? Fault.SERVER_ERROR_HTML
              : Fault.SERVER_ERROR_JSON;
    } else if ((roll -= plan.cut()) < 0) {
      fault = Fault.CUT;
    } else if ((roll -= plan.slow()) < 0) {
      fault = Fault.SLOW;
    } else if ((roll -= plan.malformed()) < 0) {
      fault = Fault.MALFORMED;
    } else {
      fault = Fault.NONE;
    }
    return new Decision(fault, latency);
  }
}
