package dev.flarelink.core.inventory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A difference an inventory scan found.
 *
 * @param subject {@code zone}, {@code setting} or {@code record}
 * @param subjectId the zone id, the setting id or the record id
 * @param change {@code "added"}, {@code "removed"} or {@code "changed"}
 * @param detail what changed, e.g. {@code ssl: flexible → strict}
 */
public record InventoryChange(
    String scanId,
    String zoneId,
    String zoneName,
    String subject,
    String subjectId,
    String change,
    @Nullable String detail,
    Instant at) {}
