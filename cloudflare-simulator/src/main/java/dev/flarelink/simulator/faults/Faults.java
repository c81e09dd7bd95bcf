package dev.flarelink.simulator.faults;

import java.util.Locale;

/**
 * A fault plan: how often each fault strikes (a probability per request) and the added latency.
 * Written as {@code 429=0.05,burst=3,5xx=0.1,html=0.5,cut=0.02,slow=0.01,malformed=0.01,
 * latency=50,jitter=20,accounts-page-bug}.
 *
 * @param rateLimited chance of an injected 429 (971, {@code Retry-After: 1})
 * @param burst how many 429s in a row once one strikes
 * @param serverError chance of a 5xx
 * @param htmlShare share of 5xx answered with an HTML page instead of JSON
 * @param cut chance the connection is closed halfway through the body
 * @param slow chance the body trickles out over {@code slowMillis}
 * @param malformed chance of a 200 whose JSON is cut short
 * @param latencyMillis how long every response takes: it leaves this long after its request arrived
 *     (or when ready, if working it out took longer)
 * @param jitterMillis up to this much more, at random
 * @param accountsPageBug whether {@code GET /accounts} ignores {@code page} for account tokens
 */
public record Faults(
    double rateLimited,
    int burst,
    double serverError,
    double htmlShare,
    double cut,
    double slow,
    double malformed,
    int latencyMillis,
    int jitterMillis,
    boolean accountsPageBug,
    int slowMillis) {

  /** No faults, no latency. */
  public static final Faults NONE = new Faults(0, 1, 0, 0, 0, 0, 0, 0, 0, false, 500);

  /** Parses a plan; an empty or {@code null} text is no faults. */
  public static Faults parse(String spec) {
    var plan = new Plan(NONE);
    if (spec == null || spec.isBlank()) {
      return NONE;
    }
    for (var part : spec.split(",", -1)) {
      var item = part.trim().toLowerCase(Locale.ROOT);
      if (!item.isEmpty()) {
        var eq = item.indexOf('=');
        plan.set(eq < 0 ? item : item.substring(0, eq), eq < 0 ? "" : item.substring(eq + 1));
      }
    }
    return plan.build();
  }

  /** The plan while it is being parsed. */
  private static final class Plan {
    private double rateLimited;
    private int burst;
    private double serverError;
    private double htmlShare;
    private double cut;
    private double slow;
    private double malformed;
    private int latencyMillis;
    private int jitterMillis;
    private boolean accountsPageBug;
    private int slowMillis;

    private Plan(Faults from) {
      rateLimited = from.rateLimited;
      burst = from.burst;
      serverError = from.serverError;
      htmlShare = from.htmlShare;
      cut = from.cut;
      slow = from.slow;
      malformed = from.malformed;
      latencyMillis = from.latencyMillis;
      jitterMillis = from.jitterMillis;
      accountsPageBug = from.accountsPageBug;
      slowMillis = from.slowMillis;
    }

    private void set(String name, String value) {
      try {
        switch (name) {
          case "429" -> rateLimited = probability(value);
          case "burst" -> burst = Math.max(1, Integer.parseInt(value));
          case "5xx" -> serverError = probability(value);
          case "html" -> htmlShare = probability(value);
          case "cut" -> cut = probability(value);
          case "slow" -> slow = probability(value);
          case "malformed" -> malformed = probability(value);
          case "latency" -> latencyMillis = Integer.parseInt(value);
          case "jitter" -> jitterMillis = Integer.parseInt(value);
          case "slow-ms" -> slowMillis = Integer.parseInt(value);
          case "accounts-page-bug" -> accountsPageBug = !value.equals("false");
          default ->
              throw new IllegalArgumentException(
                  "Unknown fault '"
                      + name
                      + "'; use 429, burst, 5xx, html, cut, slow, slow-ms, malformed, latency,"
                      + " jitter or accounts-page-bug");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "The fault '" + name + "' needs a number, was '" + value + "'");
      }
    }

    private Faults build() {
      return new Faults(
          rateLimited,
          burst,
          serverError,
          htmlShare,
          cut,
          slow,
          malformed,
          latencyMillis,
          jitterMillis,
          accountsPageBug,
          slowMillis);
    }
  }

  private static double probability(String value) {
    var number = Double.parseDouble(value);
    if (number < 0 || number > 1) {
      throw new IllegalArgumentException("A fault rate is between 0 and 1, was " + value);
    }
    return number;
  }

  /** A copy with another latency and jitter. */
  public Faults withLatency(int millis, int jitter) {
    return new Faults(
        rateLimited,
        burst,
        serverError,
        htmlShare,
        cut,
        slow,
        malformed,
        millis,
        jitter,
        accountsPageBug,
        slowMillis);
  }
}
