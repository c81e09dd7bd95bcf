package dev.flarelink.cloudflare.ratelimit;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A proactive budget of requests for one credential, spent before each attempt. Implementations are
 * thread-safe and may be shared by several clients, or (through a database) by processes.
 */
public interface RateBudget {

  /**
   * Blocks until one request may be sent, then spends it.
   *
   * @param maxWait the longest the caller will wait
   * @return {@code null} once spent, or how long the caller would have to wait when that is more
   *     than {@code maxWait} (nothing is spent then)
   */
  @Nullable Duration acquire(Duration maxWait);

  /**
   * Learns from a response: the server's {@code Ratelimit} header ({@code r} remaining, {@code t}
   * seconds to reset), and a 429's wait.
   *
   * @param ratelimitHeader the header's value, or {@code null}
   * @param status the HTTP status
   * @param retryAfter the wait a 429 asked for, or {@code null}
   */
  void record(@Nullable String ratelimitHeader, int status, @Nullable Duration retryAfter);

  /** The budget's state now. */
  BudgetSnapshot snapshot();
}
