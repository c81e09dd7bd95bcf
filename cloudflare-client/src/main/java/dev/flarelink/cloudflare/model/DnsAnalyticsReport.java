package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A DNS analytics report: one row per combination of dimensions, with the metrics asked for.
 *
 * @param data the rows; in a by-time report each metric is an array with a value per interval
 * @param timeIntervals the intervals of a by-time report, as pairs of start and end
 */
public record DnsAnalyticsReport(
    Integer rows,
    Map<String, JsonNode> totals,
    Integer dataLag,
    JsonNode query,
    List<Row> data,
    List<List<String>> timeIntervals) {

  public DnsAnalyticsReport {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /** One row: dimension values in the order asked, metric values in the order asked. */
  public record Row(List<String> dimensions, List<JsonNode> metrics) {}
}
