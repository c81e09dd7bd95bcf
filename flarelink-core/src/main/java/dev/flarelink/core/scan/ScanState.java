package dev.flarelink.core.scan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scan's progress, checkpointed after every page and refreshed while it runs.
 *
 * @param state {@code running}, {@code waiting} (for the rate limit, until {@code waitingUntil}),
 *     {@code succeeded} or {@code failed}
 * @param kind what the scan reads
 * @param cause why it ran
 * @param nextPage the page to fetch next (where a resumed identity scan starts)
 * @param cursor where a resumed scan goes on, for scans that need more than a page number (an
 *     inventory scan: the last zone done)
 * @param pages pages (identity) or zones (inventory) done
 * @param items members (identity) or DNS records (inventory) seen
 * @param requests requests sent to Cloudflare, retries included
 * @param budgetLimit the credential's rate budget per window, once known
 * @param budgetRemaining requests left in the budget's current window, once known
 * @param waitingUntil when a waiting scan goes on
 * @param error the diagnosis of a failed scan
 * @param warnings the parts a succeeded scan could not read (it is then partial), each with the
 *     permission to add, and notes on data stored differently from how it was read (see {@link
 *     ScanWarning#notRead()}); empty when everything was read and stored as it was
 * @param skipped what the scan saw and deliberately did not import: declined invitations
 *     (identity); 0 for inventory
 * @param heartbeatAt when the process running the scan last said it was alive
 */
public record ScanState(
    String id,
    String connectionId,
    ScanKind kind,
    String state,
    ScanCause cause,
    int nextPage,
    @Nullable String cursor,
    int pages,
    int items,
    int requests,
    @Nullable Integer budgetLimit,
    @Nullable Integer budgetRemaining,
    @Nullable Instant waitingUntil,
    @Nullable String error,
    List<ScanWarning> warnings,
    int skipped,
    Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable Instant heartbeatAt) {

  public ScanState {
    warnings = List.copyOf(warnings);
  }

  /** Whether the scan succeeded without reading everything: it has warnings of parts not read. */
  public boolean partial() {
    return "succeeded".equals(state) && notRead() > 0;
  }

  private long notRead() {
    return warnings.stream().filter(ScanWarning::notRead).count();
  }

  /** Whether the scan has ended, well or not. */
  public boolean finished() {
    return finishedAt != null;
  }

  /**
   * The state as a person reads it, e.g. "waiting for rate limit until 12:05:00Z" or "succeeded
   * (partial: 1 part not read)".
   */
  public String describe() {
    if (partial()) {
      var parts = notRead();
      return "succeeded (partial: " + parts + (parts == 1 ? " part" : " parts") + " not read)";
    }
    return state.equals("waiting") && waitingUntil != null
        ? "waiting for rate limit until " + waitingUntil.truncatedTo(ChronoUnit.SECONDS)
        : state;
  }
}
