package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.csv;
import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.paging;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.core.analytics.AnalyticsQueries;
import dev.flarelink.core.analytics.AnalyticsTable;
import dev.flarelink.core.analytics.PreparedQuery;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.AnalyticsViews;
import dev.flarelink.core.view.AnalyticsViews.AlertPage;
import dev.flarelink.core.view.AnalyticsViews.GraphQlData;
import dev.flarelink.core.view.AnalyticsViews.PolicyList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Alerts and analytics, read from Cloudflare when asked: {@code /api/v1/connections/{id}/alerts,
 * alert-policies, analytics/dns, analytics/traffic, analytics/graphql}.
 */
final class AnalyticsRoutes {

  private static final String CONNECTION = "/api/v1/connections/{id}";

  private final AnalyticsQueries analytics;
  private final Clock clock;

  AnalyticsRoutes(AnalyticsQueries analytics, Clock clock) {
    this.analytics = analytics;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get(
        CONNECTION + "/alerts",
        ctx -> {
          var page =
              analytics.alerts(
                  workspace(ctx),
                  id(ctx),
                  QueryParams.instant(ctx, "since"),
                  QueryParams.instant(ctx, "before"),
                  QueryParams.integer(ctx, "page", 1),
                  QueryParams.integer(ctx, "per_page", 50));
          if (QueryParams.csv(ctx)) {
            csv(ctx, AnalyticsViews.alertsTable(page.alerts()).csv());
            return;
          }
          json(
              ctx,
              200,
              new AlertPage(
                  page.alerts().stream().map(AnalyticsViews::alert).toList(),
                  paging(page.page(), page.perPage(), page.total())));
        });
    routes.get(
        CONNECTION + "/alert-policies",
        ctx -> {
          var policies = analytics.alertPolicies(workspace(ctx), id(ctx));
          if (QueryParams.csv(ctx)) {
            csv(ctx, AnalyticsViews.policiesTable(policies).csv());
          } else {
            json(ctx, 200, new PolicyList(policies.stream().map(AnalyticsViews::policy).toList()));
          }
        });
    routes.get(
        CONNECTION + "/analytics/dns",
        ctx -> {
          var until = orNow(QueryParams.instant(ctx, "until"));
          var since = orElse(QueryParams.instant(ctx, "since"), until.minus(Duration.ofDays(1)));
          answer(
              ctx,
              analytics.dns(
                  workspace(ctx),
                  id(ctx),
                  ctx.queryParam("zone"),
                  since,
                  until,
                  ctx.queryParam("time_delta"),
                  QueryParams.integer(ctx, "limit", 100)));
        });
    routes.get(CONNECTION + "/analytics/traffic", ctx -> prepared(ctx, PreparedQuery.TRAFFIC));
    routes.get(
        CONNECTION + "/analytics/graphql",
        ctx -> {
          var name = ctx.queryParam("question");
          var question = PreparedQuery.named("question", name, "POST a query for anything else");
          prepared(ctx, question);
        });
    routes.post(
        CONNECTION + "/analytics/graphql",
        ctx -> {
          var body = Bodies.object(ctx);
          var query = body.path("query");
          if (!query.isTextual()) {
            throw InvalidInputException.of(
                "query",
                "send {\"query\": \"...\", \"variables\": {...}} with the query as a string");
          }
          var variables = body.path("variables");
          if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
            throw InvalidInputException.of("variables", "must be a JSON object");
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> values =
              variables.isObject() ? Bodies.JSON.convertValue(variables, Map.class) : Map.of();
          json(
              ctx,
              200,
              new GraphQlData(
                  analytics.rawGraphQl(workspace(ctx), id(ctx), query.asText(), values)));
        });
  }

  /** A prepared question over {@code zones=a,b}; by default the last 7 days, or 24 h if hourly. */
  private void prepared(Context ctx, PreparedQuery question) {
    var zones = ctx.queryParam("zones");
    var until = orNow(QueryParams.instant(ctx, "until"));
    var since =
        orElse(
            QueryParams.instant(ctx, "since"),
            until.minus(question.daily() ? Duration.ofDays(7) : Duration.ofDays(1)));
    answer(
        ctx,
        analytics.graphQl(
            workspace(ctx),
            id(ctx),
            question,
            zones == null || zones.isBlank()
                ? List.of()
                : Arrays.stream(zones.split(","))
                    .map(String::strip)
                    .filter(z -> !z.isEmpty())
                    .toList(),
            since,
            until));
  }

  private static void answer(Context ctx, AnalyticsTable table) {
    if (QueryParams.csv(ctx)) {
      csv(ctx, AnalyticsViews.tabular(table).csv());
    } else {
      json(ctx, 200, AnalyticsViews.table(table));
    }
  }

  private Instant orNow(Instant value) {
    return value == null ? clock.instant() : value;
  }

  private static Instant orElse(Instant value, Instant fallback) {
    return value == null ? fallback : value;
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }
}
