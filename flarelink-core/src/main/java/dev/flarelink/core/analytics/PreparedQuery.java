package dev.flarelink.core.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GraphQL Analytics questions Flarelink asks for people: each names its dataset, the dimensions
 * it groups by and the numbers it sums, and turns Cloudflare's answer into rows.
 */
public enum PreparedQuery {
  /** Requests, cached requests, bytes, threats and page views per zone and day. */
  TRAFFIC(
      "traffic",
      "httpRequests1dGroups",
      true,
      List.of("date"),
      List.of("requests", "cachedRequests", "bytes", "cachedBytes", "threats", "pageViews"),
      false),
  /** Requests per HTTP status code. */
  STATUS_CODES(
      "status_codes",
      "httpRequestsAdaptiveGroups",
      false,
      List.of("edgeResponseStatus"),
      List.of("edgeResponseBytes"),
      true),
  /** Requests per visitor country. */
  COUNTRIES(
      "countries",
      "httpRequestsAdaptiveGroups",
      false,
      List.of("clientCountryName"),
      List.of("edgeResponseBytes"),
      true),
  /** DNS queries per query type and response code. */
  DNS_QUERIES(
      "dns_queries",
      "dnsAnalyticsAdaptiveGroups",
      false,
      List.of("queryType", "responseCode"),
      List.of(),
      true);

  private final String id;
  private final String dataset;
  private final boolean daily;

  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable, which the type cannot say
  private final List<String> dimensions;

  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable, which the type cannot say
  private final List<String> sums;

  private final boolean counted;

  PreparedQuery(
      String id,
      String dataset,
      boolean daily,
      List<String> dimensions,
      List<String> sums,
      boolean counted) {
    this.id = id;
    this.dataset = dataset;
    this.daily = daily;
    this.dimensions = List.copyOf(dimensions);
    this.sums = List.copyOf(sums);
    this.counted = counted;
  }

  /** The identifier used in URLs and on the command line. */
  public String id() {
    return id;
  }

  /** Whether the dataset is daily (ranges up to 366 days) rather than hourly (3 days). */
  public boolean daily() {
    return daily;
  }

  /** The query with every zone, the range and the limit as variables. */
  String text() {
    var time = daily ? "Date" : "Time";
    var filter =
        daily
            ? "{date_geq: $since, date_leq: $until}"
            : "{datetime_geq: $since, datetime_lt: $until}";
    return "query ($zones: [string!], $since: "
        + time
        + "!, $until: "
        + time
        + "!) { viewer { zones(filter: {zoneTag_in: $zones}) { zoneTag rows: "
        + dataset
        + "(limit: 10000, filter: "
        + filter
        + ") { "
        + (counted ? "count " : "")
        + "dimensions { "
        + String.join(" ", dimensions)
        + " } "
        + (sums.isEmpty() ? "" : "sum { " + String.join(" ", sums) + " } ")
        + "} } } }";
  }

  /** The columns of the answer: zone, the dimensions, then the count and the sums. */
  List<String> columns() {
    var columns = new ArrayList<String>();
    columns.add("zone");
    columns.addAll(dimensions);
    if (counted) {
      columns.add(this == DNS_QUERIES ? "queries" : "requests");
    }
    columns.addAll(sums);
    return columns;
  }

  /** Cloudflare's {@code data} as rows, the zone tag shown as the zone's name. */
  List<List<Object>> rows(JsonNode data, Map<String, String> zoneNames) {
    var rows = new ArrayList<List<Object>>();
    for (var zone : data.path("viewer").path("zones")) {
      var name =
          zoneNames.getOrDefault(zone.path("zoneTag").asText(), zone.path("zoneTag").asText());
      for (var group : zone.path("rows")) {
        var row = new ArrayList<Object>();
        row.add(name);
        dimensions.forEach(d -> row.add(scalar(group.path("dimensions").path(d))));
        if (counted) {
          row.add(group.path("count").asLong());
        }
        sums.forEach(s -> row.add(group.path("sum").path(s).asLong()));
        rows.add(row);
      }
    }
    return rows;
  }

  private static Object scalar(JsonNode node) {
    return node.isNumber() ? node.numberValue() : node.asText();
  }

  /**
   * The prepared query with this id, or bad input naming the field, the ids there are, and what
   * else the caller may use instead ({@code otherwise}).
   */
  public static PreparedQuery named(String field, String id, String otherwise) {
    return fromId(id)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    field,
                    "must be one of "
                        + String.join(", ", Arrays.stream(values()).map(PreparedQuery::id).toList())
                        + ", or "
                        + otherwise
                        + "; was "
                        + id));
  }

  /** The prepared query with this id. */
  public static Optional<PreparedQuery> fromId(String id) {
    return Arrays.stream(values())
        .filter(q -> q.id.equalsIgnoreCase(id == null ? "" : id.strip().replace('-', '_')))
        .findFirst();
  }
}
