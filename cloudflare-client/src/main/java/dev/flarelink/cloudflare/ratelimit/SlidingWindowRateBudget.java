package dev.flarelink.cloudflare.ratelimit;

import dev.flarelink.cloudflare.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A budget of at most {@code limit} requests in any {@code window}, kept in this process. It never
 * lets more through than Cloudflare's sliding window allows, and it follows the server when the
 * server reports fewer remaining requests (other processes may spend the same credential) or
 * answers 429. Thread-safe.
 */
public final class SlidingWindowRateBudget implements RateBudget {

  private static final Pattern REMAINING = Pattern.compile("(?:^|;)\\s*r=(\\d+)");
  private static final Pattern RESET = Pattern.compile("(?:^|;)\\s*t=(\\d+)");

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ArrayDeque<Instant> sent = new ArrayDeque<>();
  private @Nullable Instant pausedUntil;
  private int serverRemaining = -1;
  private @Nullable Instant serverResetAt;

  /** A budget of {@code limit} requests per {@code window}. */
  public SlidingWindowRateBudget(int limit, Duration window, Clock clock, Sleeper sleeper) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public @Nullable Duration acquire(Duration maxWait) {
    while (true) {
      Duration wait;
      synchronized (this) {
        var now = clock.instant();
        wait = waitBefore(now);
        if (wait.isZero()) {
          sent.addLast(now);
          if (serverRemaining > 0) {
            serverRemaining--;
          }
          return null;
        }
      }
      if (wait.compareTo(maxWait) > 0) {
        return wait;
      }
      sleeper.sleep(wait);
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("Interrupted while waiting for the rate budget");
      }
    }
  }

  private Duration waitBefore(Instant now) {
    prune(now);
    if (pausedUntil != null && now.isBefore(pausedUntil)) {
      return Duration.between(now, pausedUntil);
    }
    if (serverRemaining == 0 && serverResetAt != null && now.isBefore(serverResetAt)) {
      return Duration.between(now, serverResetAt);
    }
    if (sent.size() < limit) {
      return Duration.ZERO;
    }
    var frees = sent.peekFirst().plus(window);
    var wait = Duration.between(now, frees);
    return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
  }

  private void prune(Instant now) {
    var horizon = now.minus(window);
    while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
      sent.pollFirst();
    }
  }

  @Override
  public synchronized void record(
      @Nullable String ratelimitHeader, int status, @Nullable Duration retryAfter) {
    var now = clock.instant();
    if (status == 429) {
      var until = now.plus(retryAfter == null ? window : retryAfter);
      if (pausedUntil == null || until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }
    if (ratelimitHeader == null) {
      return;
    }
    var remaining = REMAINING.matcher(ratelimitHeader);
    var reset = RESET.matcher(ratelimitHeader);
    if (remaining.find() && reset.find()) {
      serverRemaining = Integer.parseInt(remaining.group(1));
      serverResetAt = now.plusSeconds(Long.parseLong(reset.group(1)));
    }
  }

  @Override
  public synchronized BudgetSnapshot snapshot() {
    var now = clock.instant();
    prune(now);
    var remaining = limit - sent.size();
    if (serverRemaining >= 0 && serverResetAt != null && now.isBefore(serverResetAt)) {
      remaining = Math.min(remaining, serverRemaining);
    }
    var paused = pausedUntil != null && now.isBefore(pausedUntil) ? pausedUntil : null;
    return new BudgetSnapshot(limit, window, sent.size(), Math.max(0, remaining), paused);
  }
}
