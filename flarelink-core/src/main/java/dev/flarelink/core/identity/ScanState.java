package dev.flarelink.core.identity;

import java.time.Instant;

/**
 * A scan's progress, checkpointed after every page.
 *
 * @param state {@code running}, {@code succeeded} or {@code failed}
 * @param nextPage the member page to fetch next (where a resumed scan starts)
 * @param error the diagnosis of a failed scan
 */
public record ScanState(
    String id,
    String connectionId,
    String state,
    int nextPage,
    int pages,
    int items,
    String error,
    Instant startedAt,
    Instant finishedAt) {}
