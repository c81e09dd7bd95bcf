package dev.flarelink.server.view;

import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import java.time.Instant;
import java.util.LinkedHashMap;
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
    }
    view.put("counts", counts);
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

  /** An instant as ISO-8601 text, or {@code null}. */
  static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
