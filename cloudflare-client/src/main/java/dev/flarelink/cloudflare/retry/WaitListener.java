package dev.flarelink.cloudflare.retry;

import java.time.Instant;

/**
 * Told when a client is about to wait before sending, and when it goes on, so that a long job can
 * show "waiting for rate limit until T" instead of looking stuck. Called on the waiting thread;
 * implementations must be quick and thread-safe.
 */
public interface WaitListener {

  /** Why the client waits. */
  enum Reason {
    /** The credential's own rate budget is spent for now. */
    RATE_BUDGET,
    /** Cloudflare answered 429 and said how long to wait. */
    RATE_LIMITED,
    /** Backing off before retrying a failed attempt. */
    RETRY
  }

  /** A listener that does nothing. */
  WaitListener NONE =
      new WaitListener() {
        @Override
        public void waiting(Reason reason, Instant until) {}

        @Override
        public void resumed() {}
      };

  /** The client will wait until {@code until}. */
  void waiting(Reason reason, Instant until);

  /** The wait is over. */
  void resumed();
}
