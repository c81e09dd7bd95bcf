package dev.flarelink.cloudflare.ratelimit;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rate budget's state at one moment.
 *
 * @param limit requests allowed per window
 * @param window the window
 * @param used requests spent in the current window
 * @param remaining requests that may still be sent now
 * @param pausedUntil when Cloudflare's 429 ends, or {@code null} when not paused
 */
public record BudgetSnapshot(
    int limit, Duration window, int used, int remaining, @Nullable Instant pausedUntil) {}
