package dev.flarelink.simulator.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cloudflare's per-credential limit: at most {@code limit} requests in any window; the request that
 * exceeds it blocks the credential for a whole window, as Cloudflare documents ("all API calls for
 * the next five minutes will be blocked"). Thread-safe.
 */
public final class RateLimiter {

  /** The verdict on one request, with what the headers report. */
  public record Verdict(
      boolean allowed,
      int limit,
      long windowSeconds,
      int remaining,
      long resetSeconds,
      long retryAfterSeconds) {

    /** The {@code Ratelimit} header. */
    public String header() {
      return "\"default\";r=" + remaining + ";t=" + resetSeconds;
    }

    /** The {@code Ratelimit-Policy} header. */
    public String policyHeader() {
      return "\"default\";q=" + limit + ";w=" + windowSeconds;
    }
  }

  private final Clock clock;
  private volatile int limit;
  private volatile Duration window;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  /** A limiter of {@code limit} requests per {@code window}. */
  public RateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Changes the limit for every credential. */
  public void set(int newLimit, Duration newWindow) {
    this.limit = newLimit;
    this.window = newWindow;
    windows.clear();
  }

  /** The limit per window. */
  public int limit() {
    return limit;
  }

  /** The window. */
  public Duration window() {
    return window;
  }

  /** Counts one request of this credential and says whether it may go through. */
  public Verdict admit(String key) {
    var state = windows.computeIfAbsent(key, k -> new Window());
    var now = clock.instant();
    var currentLimit = limit;
    var currentWindow = window;
    synchronized (state) {
      var horizon = now.minus(currentWindow);
      while (!state.sent.isEmpty() && !state.sent.peekFirst().isAfter(horizon)) {
        state.sent.pollFirst();
      }
      if (state.blockedUntil != null && now.isBefore(state.blockedUntil)) {
        var wait = ceilSeconds(Duration.between(now, state.blockedUntil));
        return new Verdict(false, currentLimit, currentWindow.toSeconds(), 0, wait, wait);
      }
      if (state.sent.size() >= currentLimit) {
        state.blockedUntil = now.plus(currentWindow);
        var wait = ceilSeconds(currentWindow);
        return new Verdict(false, currentLimit, currentWindow.toSeconds(), 0, wait, wait);
      }
      state.sent.addLast(now);
      var reset = ceilSeconds(Duration.between(now, state.sent.peekFirst().plus(currentWindow)));
      return new Verdict(
          true,
          currentLimit,
          currentWindow.toSeconds(),
          currentLimit - state.sent.size(),
          reset,
          0);
    }
  }

  private static long ceilSeconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  private static final class Window {
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();
    private Instant blockedUntil;
  }
}
