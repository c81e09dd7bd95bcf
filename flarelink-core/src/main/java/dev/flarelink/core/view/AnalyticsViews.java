package dev.flarelink.core.view;

import static dev.flarelink.core.view.ScanViews.text;

import dev.flarelink.cloudflare.model.AlertHistoryItem;
import dev.flarelink.cloudflare.model.AlertPolicy;
import dev.flarelink.core.analytics.AnalyticsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON and CSV shapes of alerts, notification policies and analytics, for every face. */
public final class AnalyticsViews {

  private static final List<String> ALERT_COLUMNS =
      List.of(
          "sent",
          "name",
          "alert_type",
          "description",
          "mechanism_type",
          "mechanism",
          "policy_id",
          "id");

  private AnalyticsViews() {}

  /** An alert Cloudflare sent. */
  public static Map<String, Object> alert(AlertHistoryItem alert) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", alert.id());
    out.put("sent", text(alert.sent()));
    out.put("name", alert.name());
    out.put("alert_type", alert.alertType());
    out.put("description", alert.description());
    out.put("mechanism_type", alert.mechanismType());
    out.put("mechanism", alert.mechanism());
    out.put("policy_id", alert.policyId());
    out.put("alert_body", alert.alertBody());
    return out;
  }

  /** Alerts as rows. */
  public static Tabular alertsTable(List<AlertHistoryItem> alerts) {
    return new Tabular(
        ALERT_COLUMNS,
        alerts.stream()
            .map(
                a -> {
                  var row = alert(a);
                  return ALERT_COLUMNS.stream().<Object>map(row::get).toList();
                })
            .toList());
  }

  /** A notification policy. */
  public static Map<String, Object> policy(AlertPolicy policy) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", policy.id());
    out.put("name", policy.name());
    out.put("description", policy.description());
    out.put("enabled", policy.enabled());
    out.put("alert_type", policy.alertType());
    out.put("filters", policy.filters());
    out.put("mechanisms", policy.mechanisms());
    out.put("created", text(policy.created()));
    out.put("modified", text(policy.modified()));
    return out;
  }

  /** Policies as rows. */
  public static Tabular policiesTable(List<AlertPolicy> policies) {
    return new Tabular(
        List.of("name", "alert_type", "enabled", "mechanisms", "id"),
        policies.stream()
            .map(
                p ->
                    List.<Object>of(
                        p.name() == null ? "" : p.name(),
                        p.alertType() == null ? "" : p.alertType(),
                        String.valueOf(p.enabled()),
                        p.mechanisms() == null ? "" : p.mechanisms().toString(),
                        p.id()))
            .toList());
  }

  /** An analytics answer as JSON: its rows as objects, and what it covers. */
  public static Map<String, Object> table(AnalyticsTable table) {
    var rows =
        table.rows().stream()
            .map(
                row -> {
                  var out = new LinkedHashMap<String, Object>();
                  for (int i = 0; i < table.columns().size(); i++) {
                    out.put(table.columns().get(i), row.get(i));
                  }
                  return out;
                })
            .toList();
    var out = new LinkedHashMap<String, Object>();
    out.put("rows", rows);
    out.put("note", table.note());
    return out;
  }

  /** An analytics answer as rows. */
  public static Tabular tabular(AnalyticsTable table) {
    return new Tabular(table.columns(), table.rows());
  }
}
