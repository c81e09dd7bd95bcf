package dev.flarelink.core.action;

import org.jspecify.annotations.Nullable;

/**
 * What running an action did.
 *
 * @param status {@code planned} (dry run), {@code unchanged} (nothing to do) or {@code succeeded}
 * @param result what Cloudflare reported, or {@code null} when nothing was written
 */
public record ActionOutcome(
    String runId, String action, ActionStatus status, Plan plan, @Nullable Object result) {}
