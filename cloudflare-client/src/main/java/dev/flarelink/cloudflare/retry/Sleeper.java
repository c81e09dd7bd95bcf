package dev.flarelink.cloudflare.retry;

import java.time.Duration;

/** Waits. Injected so that tests advance a clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Waits for the duration; an interrupt ends the wait early and stays set. */
  void sleep(Duration duration);

  /** The real sleeper, on {@link Thread#sleep(Duration)}. */
  static Sleeper system() {
    return duration -> {
      try {
        Thread.sleep(duration);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
