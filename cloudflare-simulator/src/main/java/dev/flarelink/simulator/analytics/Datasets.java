package dev.flarelink.simulator.analytics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.flarelink.simulator.analytics.GraphQlEngine.QueryError;
import dev.flarelink.simulator.analytics.GraphQlParser.Field;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.Zone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GraphQL datasets: hourly (adaptive) or daily cells from the {@link TrafficModel}, filtered,
 * grouped by the dimensions the query selects, ordered, limited and projected onto its selection.
 */
final class Datasets {

  static final int MAX_LIMIT = 10_000;
  static final long ADAPTIVE_MAX_DURATION = 259_200;
  static final long ADAPTIVE_NOT_OLDER_THAN = 2_678_400;
  static final long DAILY_MAX_DAYS = 366;

  private record Spec(Set<String> dimensions, Set<String> sums, boolean daily) {}

  private static final Map<String, Spec> SPECS =
      Map.of(
          "httpRequests1dGroups",
          new Spec(
              Set.of("date"),
              Set.of(
                  "requests",
                  "cachedRequests",
                  "bytes",
                  "cachedBytes",
                  "threats",
                  "pageViews",
                  "uniques"),
              true),
          "httpRequestsAdaptiveGroups",
          new Spec(
              Set.of("edgeResponseStatus", "clientCountryName", "date", "datetimeHour"),
              Set.of("edgeResponseBytes", "visits"),
              false),
          "dnsAnalyticsAdaptiveGroups",
          new Spec(
              Set.of("queryName", "queryType", "responseCode", "date", "datetimeHour"),
              Set.of(),
              false));

  private Datasets() {}

  static ArrayNode evaluate(
      Field dataset, List<Zone> zones, TrafficModel model, Instant now, List<String> path) {
    var spec = SPECS.get(dataset.name());
    if (spec == null) {
      throw new QueryError("unknown field \"" + dataset.name() + "\"", path, 200);
    }
    var limit = dataset.arguments().get("limit") instanceof Number n ? n.longValue() : -1;
    if (limit <= 0 || limit > MAX_LIMIT) {
      throw new QueryError(
          "limit must be positive number and not greater than " + MAX_LIMIT, path, 200);
    }
    var filter = GraphQlEngine.filterOf(dataset);
    var range = range(filter, spec.daily(), now, path);
    var selectedDimensions = new ArrayList<String>();
    for (var field : dataset.selections()) {
      if (field.name().equals("dimensions")) {
        for (var dimension : field.selections()) {
          if (!spec.dimensions().contains(dimension.name())) {
            throw new QueryError(
                "unknown field \"" + dimension.name() + "\"",
                GraphQlEngine.append(path, "dimensions"),
                200);
          }
          selectedDimensions.add(dimension.name());
        }
      }
    }
    var groups = new LinkedHashMap<List<Object>, Map<String, Long>>();
    for (var cell : cells(dataset.name(), zones, model, range)) {
      if (!matches(cell, filter)) {
        continue;
      }
      var key = selectedDimensions.stream().map(cell::get).toList();
      var sums = groups.computeIfAbsent(key, k -> new LinkedHashMap<>());
      cell.forEach(
          (name, value) -> {
            if (value instanceof Long number) {
              sums.merge(name, number, Long::sum);
            }
          });
    }
    var rows = new ArrayList<>(groups.entrySet());
    rows.sort(order(dataset, selectedDimensions));
    var result = Wire.array();
    for (var row : rows.subList(0, (int) Math.min(limit, rows.size()))) {
      var item = result.addObject();
      for (var field : dataset.selections()) {
        switch (field.name()) {
          case "count" -> item.put(field.key(), row.getValue().getOrDefault("count", 0L));
          case "dimensions" -> {
            var dims = item.putObject(field.key());
            for (var dimension : field.selections()) {
              var value = row.getKey().get(selectedDimensions.indexOf(dimension.name()));
              if (value instanceof Integer number) {
                dims.put(dimension.key(), number);
              } else {
                dims.put(dimension.key(), String.valueOf(value));
              }
            }
          }
          case "sum", "uniq" -> {
            var sums = item.putObject(field.key());
            for (var metric : field.selections()) {
              if (!spec.sums().contains(metric.name())) {
                throw new QueryError(
                    "unknown field \"" + metric.name() + "\"",
                    GraphQlEngine.append(path, field.key()),
                    200);
              }
              sums.put(metric.key(), row.getValue().getOrDefault(metric.name(), 0L));
            }
          }
          default ->
              throw new QueryError(
                  "unknown field \"" + field.name() + "\"",
                  GraphQlEngine.append(path, field.key()),
                  200);
        }
      }
    }
    return result;
  }

  private record Range(long firstHour, long lastHour) {}

  private static Range range(
      Map<String, Object> filter, boolean daily, Instant now, List<String> path) {
    Instant from = null;
    Instant to = null;
    for (var entry : filter.entrySet()) {
      var key = entry.getKey();
      if (!(key.startsWith("date") || key.startsWith("datetime"))) {
        continue;
      }
      var at = instant(String.valueOf(entry.getValue()), path);
      var dayOnly = key.startsWith("date_") || key.equals("date");
      var end = dayOnly ? at.plus(Duration.ofDays(1)) : at.plusSeconds(1);
      switch (key.substring(key.indexOf('_') + 1)) {
        case "geq" -> from = at;
        case "gt" -> from = end;
        case "leq" -> to = end;
        case "lt" -> to = at;
        default -> {
          from = at;
          to = end;
        }
      }
    }
    if (from == null || to == null) {
      throw new QueryError(
          "a time range is required: filter with date_geq and date_leq (or datetime_geq and datetime_leq)",
          path,
          200);
    }
    var seconds = Duration.between(from, to).toSeconds();
    if (seconds <= 0) {
      throw new QueryError(
          "the time range is empty: the start must come before the end", path, 200);
    }
    if (daily) {
      if (seconds > DAILY_MAX_DAYS * 86_400) {
        throw new QueryError(
            "query time range is too large, maximum is " + DAILY_MAX_DAYS + " days", path, 200);
      }
    } else {
      if (seconds > ADAPTIVE_MAX_DURATION) {
        throw new QueryError(
            "query time range is too large, maximum is " + ADAPTIVE_MAX_DURATION + "s", path, 200);
      }
      if (Duration.between(from, now).toSeconds() > ADAPTIVE_NOT_OLDER_THAN) {
        throw new QueryError(
            "cannot request data older than " + ADAPTIVE_NOT_OLDER_THAN + "s", path, 200);
      }
    }
    return new Range(TrafficModel.hourOf(from), TrafficModel.hourOf(to.minusNanos(1)));
  }

  private static Instant instant(String text, List<String> path) {
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new QueryError(
          "error parsing args: '" + text + "' is not a Date (YYYY-MM-DD) or Time (RFC 3339)",
          path,
          200);
    }
  }

  private static List<Map<String, Object>> cells(
      String dataset, List<Zone> zones, TrafficModel model, Range range) {
    var cells = new ArrayList<Map<String, Object>>();
    for (var zone : zones) {
      for (long hour = range.firstHour(); hour <= range.lastHour(); hour++) {
        var date = TrafficModel.dateOf(hour).toString();
        var datetimeHour = Wire.time(Instant.ofEpochSecond(hour * 3600));
        switch (dataset) {
          case "dnsAnalyticsAdaptiveGroups" -> {
            for (var name : TrafficModel.queryNames(zone.name())) {
              for (var type : TrafficModel.QUERY_TYPES) {
                for (var code : TrafficModel.RESPONSE_CODES) {
                  var count = model.dnsQueries(zone.id(), name, type, code, hour);
                  cells.add(
                      Map.of(
                          "queryName",
                          name,
                          "queryType",
                          type,
                          "responseCode",
                          code,
                          "date",
                          date,
                          "datetimeHour",
                          datetimeHour,
                          "count",
                          count));
                }
              }
            }
          }
          default -> {
            var threats = model.threats(zone.id(), hour);
            var first = true;
            for (var status : TrafficModel.STATUSES) {
              for (var country : TrafficModel.COUNTRIES) {
                var requests = model.httpRequests(zone.id(), status, country, hour);
                var cell = new LinkedHashMap<String, Object>();
                cell.put("edgeResponseStatus", status);
                cell.put("clientCountryName", country);
                cell.put("date", date);
                cell.put("datetimeHour", datetimeHour);
                cell.put("count", requests);
                cell.put("requests", requests);
                cell.put("cachedRequests", requests * TrafficModel.cachedPercent(status) / 100);
                cell.put("bytes", requests * TrafficModel.bytesPerRequest(status));
                cell.put("edgeResponseBytes", requests * TrafficModel.bytesPerRequest(status));
                cell.put(
                    "cachedBytes",
                    requests
                        * TrafficModel.cachedPercent(status)
                        / 100
                        * TrafficModel.bytesPerRequest(status));
                cell.put("pageViews", status == 200 ? requests * 2 / 5 : 0L);
                cell.put("visits", status == 200 ? requests / 4 : 0L);
                cell.put("uniques", requests / 20);
                cell.put("threats", first ? threats : 0L);
                first = false;
                cells.add(cell);
              }
            }
          }
        }
      }
    }
    return cells;
  }

  private static boolean matches(Map<String, Object> cell, Map<String, Object> filter) {
    for (var entry : filter.entrySet()) {
      var key = entry.getKey();
      if (key.startsWith("date") || key.startsWith("datetime") || !cell.containsKey(key)) {
        continue;
      }
      if (!String.valueOf(cell.get(key)).equals(String.valueOf(entry.getValue()))) {
        return false;
      }
    }
    return true;
  }

  private static Comparator<Map.Entry<List<Object>, Map<String, Long>>> order(
      Field dataset, List<String> dimensions) {
    var orderBy = dataset.arguments().get("orderBy");
    var first =
        orderBy instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.getFirst()) : "";
    var descending = first.endsWith("_DESC");
    var field = first.replaceAll("_(ASC|DESC)$", "");
    Comparator<Map.Entry<List<Object>, Map<String, Long>>> comparator;
    if (dimensions.contains(field)) {
      var index = dimensions.indexOf(field);
      comparator = Comparator.comparing(e -> String.valueOf(e.getKey().get(index)));
    } else if (field.equals("count") || field.startsWith("sum_")) {
      var metric = field.equals("count") ? "count" : field.substring(4);
      comparator = Comparator.comparing(e -> e.getValue().getOrDefault(metric, 0L));
    } else {
      comparator = (unusedLeft, unusedRight) -> 0; // no such field: the order stays
    }
    return descending ? comparator.reversed() : comparator;
  }
}
