package dev.flarelink.core.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsAnalyticsParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.model.AlertHistoryItem;
import dev.flarelink.cloudflare.model.AlertPolicy;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneRefs;
import dev.flarelink.core.query.Paging;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Alert history and policies, DNS analytics and GraphQL analytics of a connection, read from
 * Cloudflare when asked. Each needs its connection service enabled; ranges and zone counts are
 * checked against Cloudflare's limits before anything is sent.
 */
public final class AnalyticsQueries {

  private static final int MAX_QUERY_BYTES = 64 * 1024;

  private final ConnectionService connections;
  private final Function<Credential, CloudflareClient> clients;
  private final Clock clock;

  /** Queries through clients that {@code clients} makes, built for a person waiting. */
  public AnalyticsQueries(
      ConnectionService connections, Function<Credential, CloudflareClient> clients, Clock clock) {
    this.connections = connections;
    this.clients = clients;
    this.clock = clock;
  }

  /**
   * Alerts sent in a range, newest first.
   *
   * @param since from this time, or {@code null}
   * @param before before this time, or {@code null}
   */
  public AlertPage alerts(
      String workspaceId,
      String connectionId,
      Instant since,
      Instant before,
      int page,
      int perPage) {
    Paging.check(page, perPage);
    Paging.range(since, "before", before);
    var connection = connection(workspaceId, connectionId, Service.ALERTS);
    try (var client = client(connection)) {
      var all =
          client.alerting().history(connection.accountId(), since, before).stream()
              .sorted(
                  Comparator.comparing(
                          AlertHistoryItem::sent, Comparator.nullsLast(Comparator.reverseOrder()))
                      .thenComparing(AlertHistoryItem::id))
              .toList();
      return new AlertPage(Paging.slice(all, page, perPage), all.size(), page, perPage);
    }
  }

  /** The account's notification policies. */
  public List<AlertPolicy> alertPolicies(String workspaceId, String connectionId) {
    var connection = connection(workspaceId, connectionId, Service.ALERTS);
    try (var client = client(connection)) {
      return client.alerting().policies(connection.accountId());
    }
  }

  /**
   * A zone's DNS queries by name, type and response code over a range (Cloudflare's DNS analytics
   * report), most queried first; with {@code timeDelta} ({@code hour}, {@code day}, ...) a report
   * by time instead.
   */
  public AnalyticsTable dns(
      String workspaceId,
      String connectionId,
      String zoneRef,
      Instant since,
      Instant until,
      String timeDelta,
      int limit) {
    Paging.range(since, "until", until);
    Paging.limit(limit);
    if (timeDelta != null
        && !List.of(
                "all",
                "auto",
                "year",
                "quarter",
                "month",
                "week",
                "day",
                "hour",
                "dekaminute",
                "minute")
            .contains(timeDelta)) {
      throw InvalidInputException.of(
          "time_delta",
          "must be one of all, auto, year, quarter, month, week, day, hour, dekaminute, minute; was "
              + timeDelta);
    }
    var connection = connection(workspaceId, connectionId, Service.DNS_ANALYTICS);
    try (var client = client(connection)) {
      var zone = ZoneRefs.resolve(client, connection, required("zone", zoneRef));
      var base = DnsAnalyticsParams.queriesByNameTypeAndCode(since, until);
      var params =
          new DnsAnalyticsParams(
              base.metrics(), base.dimensions(), since, until, null, base.sort(), limit, timeDelta);
      var report =
          timeDelta == null
              ? client.dnsAnalytics().report(zone.zoneId(), params)
              : client.dnsAnalytics().byTime(zone.zoneId(), params);
      var rows = new ArrayList<List<Object>>();
      for (var row : report.data()) {
        var cells = new ArrayList<Object>(row.dimensions());
        var metric = row.metrics().isEmpty() ? null : row.metrics().get(0);
        cells.add(
            metric == null ? null : metric.isNumber() ? metric.numberValue() : metric.toString());
        rows.add(cells);
      }
      var intervals =
          report.timeIntervals() == null ? "" : "; intervals: " + report.timeIntervals().size();
      return new AnalyticsTable(
          List.of("query_name", "query_type", "response_code", "queries"),
          rows,
          "DNS queries of " + zone.name() + " from " + since + " to " + until + intervals);
    }
  }

  /**
   * A prepared GraphQL Analytics question over up to 10 zones (ids or names) and a range; the daily
   * traffic takes whole days.
   */
  public AnalyticsTable graphQl(
      String workspaceId,
      String connectionId,
      PreparedQuery question,
      List<String> zoneRefs,
      Instant since,
      Instant until) {
    GraphQlLimits.zones(zoneRefs);
    GraphQlLimits.range(since, until, question.daily(), clock);
    var connection = connection(workspaceId, connectionId, Service.GRAPHQL_ANALYTICS);
    try (var client = client(connection)) {
      var names = new LinkedHashMap<String, String>();
      for (var ref : zoneRefs) {
        ZoneEntry zone = ZoneRefs.resolve(client, connection, ref);
        names.put(zone.zoneId(), zone.name());
      }
      var variables = new LinkedHashMap<String, Object>();
      variables.put("zones", List.copyOf(names.keySet()));
      if (question.daily()) {
        variables.put("since", since.atZone(ZoneOffset.UTC).toLocalDate().toString());
        variables.put("until", until.atZone(ZoneOffset.UTC).toLocalDate().toString());
      } else {
        variables.put("since", since.toString());
        variables.put("until", until.toString());
      }
      var data = client.graphQl().query(question.text(), variables);
      return new AnalyticsTable(
          question.columns(),
          question.rows(data, names),
          question.id()
              + " of "
              + String.join(", ", names.values())
              + " from "
              + since
              + " to "
              + until);
    }
  }

  /**
   * Any GraphQL Analytics query, as Cloudflare takes it; its {@code data} comes back as sent.
   * Cloudflare's limits apply: at most 10 zones or 1 account per query, ranges per dataset, and 300
   * queries per 5 minutes.
   */
  public JsonNode rawGraphQl(
      String workspaceId, String connectionId, String query, Map<String, Object> variables) {
    required("query", query);
    if (query.length() > MAX_QUERY_BYTES) {
      throw InvalidInputException.of("query", "is longer than 64 KiB; send a smaller query");
    }
    var connection = connection(workspaceId, connectionId, Service.GRAPHQL_ANALYTICS);
    try (var client = client(connection)) {
      return client.graphQl().query(query, variables);
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "is required");
    }
    return value.strip();
  }

  private Connection connection(String workspaceId, String connectionId, Service service) {
    var connection = connections.get(workspaceId, connectionId);
    ServiceNotEnabledException.check(connection, service);
    return connection;
  }

  private CloudflareClient client(Connection connection) {
    return clients.apply(connections.credential(connection));
  }
}
