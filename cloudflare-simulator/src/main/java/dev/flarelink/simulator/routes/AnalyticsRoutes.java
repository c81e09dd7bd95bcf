package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import dev.flarelink.simulator.analytics.GraphQlEngine;
import dev.flarelink.simulator.analytics.TrafficModel;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** DNS analytics reports (REST) and GraphQL Analytics, over one {@link TrafficModel}. */
public final class AnalyticsRoutes {

  private static final List<String> METRICS =
      List.of("queryCount", "uncachedCount", "staleCount", "responseTimeAvg");
  private static final List<String> DIMENSIONS = List.of("queryName", "queryType", "responseCode");

  /** Registers the routes. */
  public void register(Router router) {
    router.add(
        "GET",
        "/zones/{zone_id}/dns_analytics/report",
        Access.zone("Analytics Read"),
        call -> report(call, false));
    router.add(
        "GET",
        "/zones/{zone_id}/dns_analytics/report/bytime",
        Access.zone("Analytics Read"),
        call -> report(call, true));
    router.add("POST", "/graphql", Access.anyone(), call -> new GraphQlEngine(call).run());
  }

  private SimResponse report(Call call, boolean byTime) {
    var zone = call.state().zone(call.param("zone_id")).orElseThrow();
    var model = new TrafficModel(call.state().seed());
    var metrics = list(call.query("metrics"), List.of("queryCount"), METRICS, "metric");
    var dimensions = list(call.query("dimensions"), List.of(), DIMENSIONS, "dimension");
    var until = AccountRoutes.instant(call, "until");
    until = until == null ? call.clock().instant() : until;
    var since = AccountRoutes.instant(call, "since");
    since = since == null ? until.minus(Duration.ofHours(6)) : since;
    if (!since.isBefore(until) || Duration.between(since, until).toDays() > 31) {
      throw fail(400, 1001, "since must be before until, and the range at most 31 days");
    }
    var filters = Filter.parse(call.query("filters"));
    var limit = Paging.number(call, "limit", 100_000);
    var step =
        byTime ? stepOf(call.query("time_delta"), since, until) : Duration.between(since, until);
    var intervals = new ArrayList<Instant[]>();
    for (var start = since; start.isBefore(until); start = start.plus(step)) {
      intervals.add(
          new Instant[] {start, start.plus(step).isAfter(until) ? until : start.plus(step)});
    }
    var rows = new LinkedHashMap<List<String>, long[]>();
    var firstHour = TrafficModel.hourOf(since);
    var lastHour = TrafficModel.hourOf(until.minusNanos(1));
    for (var name : TrafficModel.queryNames(zone.name())) {
      for (var type : TrafficModel.QUERY_TYPES) {
        for (var code : TrafficModel.RESPONSE_CODES) {
          var values = Map.of("queryName", name, "queryType", type, "responseCode", code);
          if (!filters.test(values)) {
            continue;
          }
          var key = dimensions.stream().map(values::get).toList();
          var cells = rows.computeIfAbsent(key, k -> new long[intervals.size()]);
          for (long hour = firstHour; hour <= lastHour; hour++) {
            var at = Instant.ofEpochSecond(hour * 3600);
            var index =
                Math.min(
                    intervals.size() - 1,
                    (int)
                        (Duration.between(since, at.isBefore(since) ? since : at).toSeconds()
                            / step.toSeconds()));
            cells[index] += model.dnsQueries(zone.id(), name, type, code, hour);
          }
        }
      }
    }
    var data = Wire.array();
    long total = 0;
    var count = 0;
    for (var row : rows.entrySet()) {
      if (count++ >= limit) {
        break;
      }
      var item = data.addObject();
      var dims = item.putArray("dimensions");
      row.getKey().forEach(dims::add);
      var values = item.putArray("metrics");
      var sum = Arrays.stream(row.getValue()).sum();
      total += sum;
      for (var metric : metrics) {
        if (byTime) {
          var series = values.addArray();
          Arrays.stream(row.getValue()).forEach(cell -> series.add(metricValue(metric, cell)));
        } else {
          values.add(metricValue(metric, sum));
        }
      }
    }
    var result = Wire.object().put("rows", data.size()).put("data_lag", 60);
    var totals = result.putObject("totals");
    for (var metric : metrics) {
      totals.put(metric, metricValue(metric, total));
    }
    result.putObject("min");
    result.putObject("max");
    var query = result.putObject("query");
    var dimsNode = query.putArray("dimensions");
    dimensions.forEach(dimsNode::add);
    var metricsNode = query.putArray("metrics");
    metrics.forEach(metricsNode::add);
    query.put("since", Wire.time(since)).put("until", Wire.time(until)).put("limit", limit);
    if (call.query("filters") != null) {
      query.put("filters", call.query("filters"));
    }
    if (byTime) {
      query.put("time_delta", call.query("time_delta") == null ? "hour" : call.query("time_delta"));
      var times = result.putArray("time_intervals");
      intervals.forEach(i -> times.addArray().add(Wire.time(i[0])).add(Wire.time(i[1])));
    }
    result.set("data", data);
    return Wire.ok(result);
  }

  private static double metricValue(String metric, long queries) {
    return switch (metric) {
      case "uncachedCount" -> Math.floorDiv(queries, 5);
      case "staleCount" -> Math.floorDiv(queries, 100);
      case "responseTimeAvg" -> queries == 0 ? 0 : 12.5;
      default -> queries;
    };
  }

  private static Duration stepOf(String delta, Instant since, Instant until) {
    return switch (delta == null ? "hour" : delta) {
      case "minute" -> Duration.ofMinutes(60);
      case "hour", "auto" -> Duration.ofHours(1);
      case "day" -> Duration.ofDays(1);
      case "week" -> Duration.ofDays(7);
      case "all" -> Duration.between(since, until);
      default ->
          throw fail(400, 1001, "time_delta must be one of all, auto, minute, hour, day or week");
    };
  }

  private static List<String> list(
      String text, List<String> fallback, List<String> allowed, String what) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    var items = Arrays.stream(text.split(",")).map(String::trim).toList();
    for (var item : items) {
      if (!allowed.contains(item)) {
        throw fail(
            400, 1001, "Unknown " + what + " " + item + "; use " + String.join(", ", allowed));
      }
    }
    return items;
  }

  /**
   * Cloudflare's filter text: {@code ,} or {@code OR} between terms, {@code ;} or {@code AND}
   * between groups.
   */
  private record Filter(List<List<String[]>> groups) {

    static Filter parse(String text) {
      var groups = new ArrayList<List<String[]>>();
      if (text == null || text.isBlank()) {
        return new Filter(groups);
      }
      for (var group : text.split(";| AND ", -1)) {
        var terms = new ArrayList<String[]>();
        for (var term : group.split(",| OR ", -1)) {
          var op = term.contains("!=") ? "!=" : "==";
          var parts = term.split(Pattern.quote(op), 2);
          if (parts.length != 2 || !DIMENSIONS.contains(parts[0].trim())) {
            throw fail(
                400,
                1001,
                "Invalid filter '" + term + "': use dimension==value, e.g. responseCode==NXDOMAIN");
          }
          terms.add(new String[] {parts[0].trim(), op, parts[1].trim()});
        }
        groups.add(terms);
      }
      return new Filter(groups);
    }

    boolean test(Map<String, String> values) {
      return groups.stream()
          .allMatch(
              group ->
                  group.stream()
                      .anyMatch(
                          term -> values.get(term[0]).equals(term[2]) == term[1].equals("==")));
    }
  }
}
