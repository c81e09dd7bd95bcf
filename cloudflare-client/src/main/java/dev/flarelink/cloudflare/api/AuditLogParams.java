package dev.flarelink.cloudflare.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the audit log; {@code null} leaves a parameter out.
 *
 * @param since entries at or after this time
 * @param before entries before this time
 * @param actorEmail only this actor's entries
 * @param actionType only this action type
 * @param direction {@code desc} (newest first, Cloudflare's default) or {@code asc}
 */
public record AuditLogParams(
    Instant since,
    Instant before,
    @Nullable String actorEmail,
    @Nullable String actionType,
    @Nullable String direction) {

  /** Entries in a time range, newest first. */
  public static AuditLogParams between(Instant since, Instant before) {
    return new AuditLogParams(since, before, null, null, null);
  }
}
