package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of a scan's state and of what answers from scans cover, shared by every face. */
public final class ScanViews {

  private ScanViews() {}

  /**
   * A scan's state; {@code counts} names what its pages and items are for its kind.
   *
   * @param status the state in words, e.g. {@code succeeded (partial: 1 part not read)}
   */
  public record ScanView(
      String id,
      @JsonProperty("connection_id") String connectionId,
      String kind,
      String state,
      boolean partial,
      String status,
      String cause,
      int pages,
      int items,
      Counts counts,
      List<WarningView> warnings,
      int requests,
      @JsonProperty("rate_budget") RateBudget rateBudget,
      @JsonProperty("waiting_until") @Nullable String waitingUntil,
      @Nullable String error,
      @JsonProperty("started_at") String startedAt,
      @JsonProperty("finished_at") @Nullable String finishedAt) {}

  /** Why a stream of a scan's events stopped before it began: {@code detail}. */
  public record StreamError(String detail) {}

  /** Scans, newest first. */
  public record ScanList(List<ScanView> scans) {}

  /** What a scan's pages and items are, by its kind. */
  public sealed interface Counts permits IdentityCounts, InventoryCounts {}

  /** An identity scan's pages of members, members, and the declined invitations it left out. */
  public record IdentityCounts(
      @JsonProperty("member_pages") int memberPages,
      int members,
      @JsonProperty("declined_invitations_skipped") int declinedInvitationsSkipped)
      implements Counts {}

  /** An inventory scan's zones and DNS records. */
  public record InventoryCounts(int zones, @JsonProperty("dns_records") int dnsRecords)
      implements Counts {}

  /** Cloudflare's rate budget as last seen; {@code null}s before an answer told it. */
  public record RateBudget(@Nullable Integer limit, @Nullable Integer remaining) {}

  /** What a scan could not read (or stored differently): part, reason and the permission to add. */
  public record WarningView(String part, String reason, @Nullable String permission) {}

  /**
   * How much stored answers cover, shown beside every answer that comes from scans.
   *
   * @param scannedAt when the last succeeded scan of the kind finished, or {@code null}
   */
  public record CoverageView(
      String kind,
      String state,
      String message,
      @JsonProperty("scanned_at") @Nullable String scannedAt,
      List<WarningView> warnings) {}

  /** A scan in brief, as an agent sees the last scan of each kind beside its connection. */
  public record ScanBrief(
      String state,
      boolean partial,
      @JsonProperty("started_at") String startedAt,
      @JsonProperty("finished_at") @Nullable String finishedAt,
      int items,
      @Nullable String error,
      List<WarningView> warnings) {}

  /** A scan's state as shown. */
  public static ScanView scan(ScanState scan) {
    return new ScanView(
        scan.id(),
        scan.connectionId(),
        scan.kind().id(),
        scan.state(),
        scan.partial(),
        scan.describe(),
        scan.cause().id(),
        scan.pages(),
        scan.items(),
        scan.kind() == ScanKind.INVENTORY
            ? new InventoryCounts(scan.pages(), scan.items())
            : new IdentityCounts(scan.pages(), scan.items(), scan.skipped()),
        warnings(scan.warnings()),
        scan.requests(),
        new RateBudget(scan.budgetLimit(), scan.budgetRemaining()),
        text(scan.waitingUntil()),
        scan.error(),
        scan.startedAt().toString(),
        text(scan.finishedAt()));
  }

  /** A scan in brief. */
  public static ScanBrief brief(ScanState scan) {
    return new ScanBrief(
        scan.state(),
        scan.partial(),
        scan.startedAt().toString(),
        text(scan.finishedAt()),
        scan.items(),
        scan.error(),
        warnings(scan.warnings()));
  }

  /** What a scan could not read: part, reason and the permission to add. */
  public static List<WarningView> warnings(List<ScanWarning> warnings) {
    return warnings.stream()
        .map(w -> new WarningView(w.part(), w.reason(), w.permission()))
        .toList();
  }

  /** How much stored answers cover. */
  public static CoverageView coverage(Coverage coverage) {
    return new CoverageView(
        coverage.kind().id(),
        coverage.state().id(),
        coverage.message(),
        text(coverage.scannedAt()),
        warnings(coverage.warnings()));
  }

  /** What a person reads of a scan beyond its counts: each warning, and what it skipped. */
  public static List<String> notes(ScanState scan) {
    var notes = new ArrayList<String>();
    if (scan.skipped() > 0) {
      notes.add(scan.skipped() + " declined invitations skipped (scans do not import them).");
    }
    scan.warnings()
        .forEach(
            w ->
                notes.add(
                    w.notRead() ? "Not read: " + w.part() + ". " + w.describe() : w.describe()));
    return notes;
  }

  /** An instant as ISO-8601 text, or {@code null}. */
  static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
