package dev.flarelink.cloudflare.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before sending a request again. Retries cover 408, 409, 429, 5xx,
 * unreadable bodies and connection failures; writes are retried only when they cannot have been
 * applied. A server's {@code retry-after-ms} or {@code Retry-After} wins over the backoff, up to
 * {@link #maxRetryAfter()}; a longer wait is not taken and the error is thrown instead.
 *
 * @param maxAttempts attempts in all, including the first (1 turns retries off)
 * @param initialBackoff the first backoff
 * @param maxBackoff the cap of the exponential backoff
 * @param jitter the largest fraction of a backoff taken off at random (0 to 1)
 * @param maxRetryAfter the longest server-requested or budget wait the client will sit out
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double jitter,
    Duration maxRetryAfter) {

  /** The default: 4 attempts, 0.5 s doubling to 8 s, 25 % jitter, waits of up to 60 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          4, Duration.ofMillis(500), Duration.ofSeconds(8), 0.25, Duration.ofSeconds(60));

  /** No retries at all. */
  public static final RetryPolicy NONE = DEFAULT.withMaxAttempts(1);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter == null");
  }

  /** A copy with another number of attempts. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, jitter, maxRetryAfter);
  }

  /** A copy that sits out server-requested waits of up to this long. */
  public RetryPolicy withMaxRetryAfter(Duration wait) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, jitter, wait);
  }

  /** The backoff before retry number {@code retry} (0 for the first retry). */
  public Duration backoff(int retry, RandomGenerator random) {
    var base = initialBackoff.toMillis() * Math.pow(2, Math.min(retry, 30));
    var capped = Math.min(base, (double) maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * (1 - random.nextDouble() * jitter)));
  }
}
