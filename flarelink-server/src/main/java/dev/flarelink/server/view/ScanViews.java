package dev.flarelink.server.view;

import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a scan's state, shared by every face. */
public final class ScanViews {

  private ScanViews() {}

  /** A scan's state; {@code counts} names what its pages and items are for its kind. */
  public static Map<String, Object> scan(ScanState scan) {
    var view = new LinkedHashMap<String, Object>();
    view.put("id", scan.id());
    view.put("connection_id", scan.connectionId());
    view.put("kind", scan.kind().id());
    view.put("state", scan.state());
    view.put("partial", scan.partial());
    view.put("status", scan.describe());
    view.put("cause", scan.cause());
    view.put("pages", scan.pages());
    view.put("items", scan.items());
    var counts = new LinkedHashMap<String, Object>();
    if (scan.kind() == ScanKind.INVENTORY) {
      counts.put("zones", scan.pages());
      counts.put("dns_records", scan.items());
    } else {
      counts.put("member_pages", scan.pages());
      counts.put("members", scan.items());
      counts.put("declined_invitations_skipped", scan.skipped());
    }
    view.put("counts", counts);
    view.put("warnings", warnings(scan.warnings()));
    view.put("requests", scan.requests());
    var budget = new LinkedHashMap<String, Object>();
    budget.put("limit", scan.budgetLimit());
    budget.put("remaining", scan.budgetRemaining());
    view.put("rate_budget", budget);
    view.put("waiting_until", text(scan.waitingUntil()));
    view.put("error", scan.error());
    view.put("started_at", text(scan.startedAt()));
    view.put("finished_at", text(scan.finishedAt()));
    return view;
  }

  /** What a scan could not read: part, reason and the permission to add. */
  public static List<Map<String, Object>> warnings(List<ScanWarning> warnings) {
    return warnings.stream()
        .map(
            w -> {
              var out = new LinkedHashMap<String, Object>();
              out.put("part", w.part());
              out.put("reason", w.reason());
              out.put("permission", w.permission());
              return (Map<String, Object>) out;
            })
        .toList();
  }

  /**
   * How much stored answers cover: {@code {kind, state, message, scanned_at, warnings}}, shown
   * beside every answer that comes from scans.
   */
  public static Map<String, Object> coverage(Coverage coverage) {
    var out = new LinkedHashMap<String, Object>();
    out.put("kind", coverage.kind().id());
    out.put("state", coverage.state().id());
    out.put("message", coverage.message());
    out.put("scanned_at", text(coverage.scannedAt()));
    out.put("warnings", warnings(coverage.warnings()));
    return out;
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
  static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
