package dev.flarelink.simulator.analytics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.analytics.GraphQlParser.Field;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers GraphQL Analytics queries: {@code viewer { zones(filter: {zoneTag | zoneTag_in}) {...} }}
 * and {@code viewer { accounts(filter: {accountTag}) {...} }} with the datasets {@code
 * httpRequests1dGroups}, {@code httpRequestsAdaptiveGroups} and {@code dnsAnalyticsAdaptiveGroups}.
 * Errors come as GraphQL errors with {@code data: null}: inside a 200 for invalid queries and
 * exceeded limits, 403 for data the token may not read.
 */
public final class GraphQlEngine {

  static final int MAX_ZONES = 10;

  private final Call call;

  /** An engine for one request. */
  public GraphQlEngine(Call call) {
    this.call = call;
  }

  /** A failed query: the message, where in the query, and the HTTP status. */
  static final class QueryError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final List<String> path;
    final int status;

    QueryError(String message, List<String> path, int status) {
      super(message, null, false, false);
      this.path = List.copyOf(path);
      this.status = status;
    }
  }

  /** Runs the query in the request body. */
  public SimResponse run() {
    try {
      var body = call.json();
      var query = body.path("query");
      if (!query.isTextual() || query.asText().isBlank()) {
        throw new QueryError(
            "query is required: send {\"query\": \"...\", \"variables\": {...}}", List.of(), 200);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> variables =
          body.path("variables").isObject()
              ? Wire.MAPPER.convertValue(body.get("variables"), Map.class)
              : Map.of();
      List<Field> fields;
      try {
        fields = GraphQlParser.parse(query.asText(), variables);
      } catch (GraphQlParser.ParseException e) {
        throw new QueryError(e.getMessage(), List.of(), 200);
      }
      var data = Wire.object();
      for (var field : fields) {
        if (!field.name().equals("viewer")) {
          throw new QueryError("unknown field \"" + field.name() + "\"", List.of(field.key()), 200);
        }
        data.set(field.key(), viewer(field));
      }
      var response = Wire.object();
      response.set("data", data);
      response.putNull("errors");
      return Wire.json(200, response);
    } catch (QueryError e) {
      var response = Wire.object();
      response.putNull("data");
      var error = response.putArray("errors").addObject().put("message", e.getMessage());
      var path = error.putArray("path");
      e.path.forEach(path::add);
      error.putObject("extensions").put("timestamp", Wire.time(call.clock().instant()));
      return Wire.json(e.status, response);
    }
  }

  private ObjectNode viewer(Field viewer) {
    var node = Wire.object();
    for (var field : viewer.selections()) {
      var path = List.of(viewer.key(), field.key());
      switch (field.name()) {
        case "zones" -> node.set(field.key(), zones(field, path));
        case "accounts" -> node.set(field.key(), accounts(field, path));
        default -> throw new QueryError("unknown field \"" + field.name() + "\"", path, 200);
      }
    }
    return node;
  }

  private ArrayNode zones(Field field, List<String> path) {
    var filter = filterOf(field);
    var tags = new ArrayList<String>();
    if (filter.get("zoneTag") instanceof String tag) {
      tags.add(tag);
    }
    if (filter.get("zoneTag_in") instanceof List<?> list) {
      list.forEach(tag -> tags.add(String.valueOf(tag)));
    }
    if (tags.isEmpty()) {
      throw new QueryError(
          "zones needs filter: {zoneTag: \"...\"} or {zoneTag_in: [...]}", path, 200);
    }
    if (tags.size() > MAX_ZONES) {
      throw new QueryError(
          "too many zones in one query: at most " + MAX_ZONES + ", got " + tags.size(), path, 200);
    }
    var state = call.state();
    var unauthorized =
        tags.stream()
            .filter(
                tag ->
                    state
                        .zone(tag)
                        .map(
                            z ->
                                !call.principal()
                                    .can(state, "Analytics Read", z.accountId(), z.id()))
                        .orElse(true))
            .toList();
    if (!unauthorized.isEmpty()) {
      throw new QueryError("zones " + unauthorized + " are not authorized", path, 403);
    }
    var list = Wire.array();
    for (var tag : tags) {
      var zone = state.zone(tag).orElseThrow();
      var node = list.addObject();
      for (var dataset : field.selections()) {
        var at = append(path, dataset.key());
        if (dataset.name().equals("zoneTag")) {
          node.put(dataset.key(), zone.id());
        } else {
          node.set(
              dataset.key(),
              Datasets.evaluate(
                  dataset,
                  List.of(zone),
                  new TrafficModel(state.seed()),
                  call.clock().instant(),
                  at));
        }
      }
    }
    return list;
  }

  private ArrayNode accounts(Field field, List<String> path) {
    var filter = filterOf(field);
    if (!(filter.get("accountTag") instanceof String tag)) {
      throw new QueryError(
          "accounts needs filter: {accountTag: \"...\"} (one account per query)", path, 200);
    }
    var state = call.state();
    if (state.account(tag).isEmpty()
        || !call.principal().can(state, "Account Analytics Read", tag, null)) {
      throw new QueryError("not authorized for that account", path, 403);
    }
    List<Zone> zones = state.zones().stream().filter(z -> z.accountId().equals(tag)).toList();
    var list = Wire.array();
    var node = list.addObject();
    for (var dataset : field.selections()) {
      if (dataset.name().equals("accountTag")) {
        node.put(dataset.key(), tag);
      } else if (dataset.name().equals("dnsAnalyticsAdaptiveGroups")) {
        node.set(
            dataset.key(),
            Datasets.evaluate(
                dataset,
                zones,
                new TrafficModel(state.seed()),
                call.clock().instant(),
                append(path, dataset.key())));
      } else {
        throw new QueryError(
            "unknown field \"" + dataset.name() + "\"", append(path, dataset.key()), 200);
      }
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> filterOf(Field field) {
    var filter = field.arguments().get("filter");
    return filter instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  static List<String> append(List<String> path, String key) {
    var copy = new ArrayList<>(path);
    copy.add(key);
    return copy;
  }
}
