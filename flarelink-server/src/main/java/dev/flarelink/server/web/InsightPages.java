package dev.flarelink.server.web;

import dev.flarelink.core.analytics.AnalyticsQueries;
import dev.flarelink.core.analytics.AnalyticsTable;
import dev.flarelink.core.analytics.PreparedQuery;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.server.http.Errors;
import dev.flarelink.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Read from Cloudflare when the page opens: alert history, and analytics as charts. */
final class InsightPages implements Web.PageGroup {

  private final AnalyticsQueries analytics;
  private final InventoryQueries inventory;
  private final Frame frame;
  private final Clock clock;

  InsightPages(AnalyticsQueries analytics, InventoryQueries inventory, Frame frame, Clock clock) {
    this.analytics = analytics;
    this.inventory = inventory;
    this.frame = frame;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        "/ui/connections/{id}/alerts",
        ctx -> {
          var connection = frame.connection(ctx);
          var alerts =
              analytics.alerts(
                  Frame.workspace(ctx),
                  connection.id(),
                  QueryParams.instant(ctx, "since"),
                  QueryParams.instant(ctx, "before"),
                  QueryParams.integer(ctx, "page", 1),
                  50);
          frame.tab(
              ctx,
              "alerts.jte",
              connection,
              "alerts",
              Map.of("alerts", alerts, "filters", Filters.of(ctx)));
        });
    routes.get("/ui/connections/{id}/analytics", this::analytics);
  }

  private void analytics(Context ctx) {
    var connection = frame.connection(ctx);
    var workspace = Frame.workspace(ctx);
    var zones =
        connection.services().contains(Service.INVENTORY)
            ? inventory.zones(workspace, connection.id(), ZoneQuery.ALL, false).zones()
            : List.<ZoneEntry>of();
    var zone = Filters.param(ctx, "zone");
    if (zone == null && !zones.isEmpty()) {
      zone = zones.getFirst().name();
    }
    var days = QueryParams.integer(ctx, "days", 7);
    var charts = List.<Chart>of();
    var notice = notice(connection, zone, workspace);
    if (zone != null && connection.services().contains(Service.GRAPHQL_ANALYTICS)) {
      var now = clock.instant();
      var today = now.truncatedTo(ChronoUnit.DAYS);
      var chosen = List.of(zone);
      charts =
          List.of(
              chart(
                  "traffic",
                  "Requests per day, last " + days + " days",
                  () ->
                      analytics.graphQl(
                          workspace,
                          connection.id(),
                          PreparedQuery.TRAFFIC,
                          chosen,
                          today.minus(Duration.ofDays(days - 1L)),
                          today),
                  "line",
                  "date",
                  null,
                  "requests"),
              chart(
                  "status-codes",
                  "Requests by status code, last 24 hours",
                  () ->
                      analytics.graphQl(
                          workspace,
                          connection.id(),
                          PreparedQuery.STATUS_CODES,
                          chosen,
                          now.minus(Duration.ofDays(1)),
                          now),
                  "bar",
                  "edgeResponseStatus",
                  null,
                  "requests"),
              chart(
                  "dns-queries",
                  "DNS queries by response code and type, last 24 hours",
                  () ->
                      analytics.graphQl(
                          workspace,
                          connection.id(),
                          PreparedQuery.DNS_QUERIES,
                          chosen,
                          now.minus(Duration.ofDays(1)),
                          now),
                  "bar",
                  "responseCode",
                  "queryType",
                  "queries"));
    }
    frame.tab(
        ctx,
        "analytics.jte",
        connection,
        "analytics",
        Map.of(
            "zones",
            zones,
            "zone",
            zone == null ? "" : zone,
            "days",
            days,
            "charts",
            charts,
            "notice",
            notice));
  }

  /**
   * Why the page shows no chart, or "" when it does: the service is not enabled, or no zone is
   * known (inventory not enabled, never scanned, or empty). Never an empty page without a reason.
   */
  private String notice(Connection connection, String zone, String workspace) {
    if (!connection.services().contains(Service.GRAPHQL_ANALYTICS)) {
      return "GraphQL analytics is not enabled on this connection, so there are no charts: enable"
          + " the graphql_analytics service on the connection, and give its credential "
          + String.join(", ", Service.GRAPHQL_ANALYTICS.permissions())
          + ".";
    }
    if (zone != null) {
      return "";
    }
    if (!connection.services().contains(Service.INVENTORY)) {
      return "Analytics are per zone, and this connection does not enable inventory, so its zones"
          + " are not known: enable the inventory service on the connection and run an inventory"
          + " scan.";
    }
    return inventory.coverage(workspace, connection.id()).scanned()
        ? "The last inventory scan found no zone, so there is nothing to chart."
        : "Analytics are per zone: no inventory scan yet, so the zones are not known. Run an"
            + " inventory scan of the connection.";
  }

  /** A chart, or where Cloudflare or the limits refused it, that problem in its place. */
  private static Chart chart(
      String id,
      String title,
      Supplier<AnalyticsTable> query,
      String type,
      String label,
      String series,
      String value) {
    try {
      return Chart.of(id, title, type, query.get(), label, series, value);
    } catch (RuntimeException e) {
      return Chart.failed(id, title, Errors.forPage(e, "analytics chart " + id));
    }
  }
}
