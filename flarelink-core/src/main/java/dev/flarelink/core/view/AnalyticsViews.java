package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.model.AlertHistoryItem;
import dev.flarelink.cloudflare.model.AlertPolicy;
import dev.flarelink.core.analytics.AnalyticsTable;
import java.util.Arrays;
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

  /**
   * An alert Cloudflare sent.
   *
   * @param alertBody the alert's body as Cloudflare sent it (an open shape)
   */
  public record Alert(
      String id,
      String sent,
      String name,
      @JsonProperty("alert_type") String alertType,
      String description,
      @JsonProperty("mechanism_type") String mechanismType,
      String mechanism,
      @JsonProperty("policy_id") String policyId,
      @JsonProperty("alert_body") JsonNode alertBody) {}

  /**
   * A notification policy.
   *
   * @param filters what the policy matches, as Cloudflare sent it (an open shape)
   * @param mechanisms where it sends, as Cloudflare sent it (an open shape)
   */
  public record Policy(
      String id,
      String name,
      String description,
      Boolean enabled,
      @JsonProperty("alert_type") String alertType,
      JsonNode filters,
      JsonNode mechanisms,
      String created,
      String modified) {}

  /** A page of alerts. */
  public record AlertPage(List<Alert> alerts, Paging paging) {}

  /** Every alert asked for, and how many there are. */
  public record AlertList(List<Alert> alerts, int total) {}

  /** The account's notification policies. */
  public record PolicyList(List<Policy> policies) {}

  /**
   * An analytics answer.
   *
   * @param rows one object per row, its columns by name (their set depends on the question)
   * @param note what the answer covers
   */
  public record Table(List<Map<String, Object>> rows, String note) {}

  /**
   * A GraphQL answer as Cloudflare sent it.
   *
   * @param data GraphQL's {@code data} (an open shape)
   */
  public record GraphQlData(Object data) {}

  /** An alert Cloudflare sent. */
  public static Alert alert(AlertHistoryItem alert) {
    return new Alert(
        alert.id(),
        alert.sent().toString(),
        alert.name(),
        alert.alertType(),
        alert.description(),
        alert.mechanismType(),
        alert.mechanism(),
        alert.policyId(),
        alert.alertBody());
  }

  /** Alerts as rows. */
  public static Tabular alertsTable(List<AlertHistoryItem> alerts) {
    return new Tabular(
        ALERT_COLUMNS,
        alerts.stream()
            .map(AnalyticsViews::alert)
            .map(
                a ->
                    Arrays.<Object>asList(
                        a.sent(),
                        a.name(),
                        a.alertType(),
                        a.description(),
                        a.mechanismType(),
                        a.mechanism(),
                        a.policyId(),
                        a.id()))
            .toList());
  }

  /** A notification policy. */
  public static Policy policy(AlertPolicy policy) {
    return new Policy(
        policy.id(),
        policy.name(),
        policy.description(),
        policy.enabled(),
        policy.alertType(),
        policy.filters(),
        policy.mechanisms(),
        policy.created().toString(),
        policy.modified().toString());
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

  /** An analytics answer as JSON: its rows as objects (an open shape), and what it covers. */
  public static Table table(AnalyticsTable table) {
    var rows =
        table.rows().stream()
            .map(
                row -> {
                  var out = new LinkedHashMap<String, Object>();
                  for (int i = 0; i < table.columns().size(); i++) {
                    out.put(table.columns().get(i), row.get(i));
                  }
                  return (Map<String, Object>) out;
                })
            .toList();
    return new Table(rows, table.note());
  }

  /** An analytics answer as rows. */
  public static Tabular tabular(AnalyticsTable table) {
    return new Tabular(table.columns(), table.rows());
  }
}
