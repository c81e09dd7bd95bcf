package dev.flarelink.mcp.tools;

import dev.flarelink.core.analytics.AnalyticsTable;
import dev.flarelink.core.analytics.PreparedQuery;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.AnalyticsViews;
import dev.flarelink.core.view.AnalyticsViews.GraphQlData;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.Listing;
import dev.flarelink.mcp.tool.Schema;
import dev.flarelink.mcp.tool.ToolCall;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Alert history and analytics, read from Cloudflare at the time of the call. */
final class AnalyticsTools {

  /** What the GraphQL API allows, said to the agent before it tries. */
  static final String GRAPHQL_LIMITS =
      "Limits: at most 10 zones or 1 account per query; adaptive (hourly) datasets cover 3 days"
          + " per query and 31 days back; daily datasets (httpRequests1dGroups) 366 days;"
          + " always give a limit; 300 queries per 5 minutes per user.";

  private AnalyticsTools() {}

  static List<FlarelinkTool> all() {
    var questions = Arrays.stream(PreparedQuery.values()).map(PreparedQuery::id).toList();
    return List.of(
        FlarelinkTool.read(
            "alert_history",
            "Alert history",
            "Notifications Cloudflare sent for the account (DDoS, origin health, SSL, ...), newest"
                + " first, in a time range (default the last 7 days).",
            Schema.object()
                .connection()
                .string("since", "From this time (2026-11-23T12:00:00Z or 2026-11-23).")
                .string("until", "Before this time (default now).")
                .listing(20),
            Service.ALERTS,
            AnalyticsTools::alerts),
        FlarelinkTool.read(
            "dns_analytics",
            "DNS analytics",
            "A zone's DNS queries by name, type and response code over a range (default the last"
                + " 24 hours), most queried first; with time_delta, a report over time.",
            Schema.object()
                .connection()
                .string("zone", "The zone's name or id.")
                .string("since", "From this time (default 24 hours before until).")
                .string("until", "Until this time (default now).")
                .choice(
                    "time_delta",
                    "Group by time instead.",
                    List.of(
                        "minute", "dekaminute", "hour", "day", "week", "month", "quarter", "year"))
                .integer("limit", "Rows (default 50, at most 100).", 1, 100)
                .require("zone"),
            Service.DNS_ANALYTICS,
            AnalyticsTools::dns),
        FlarelinkTool.read(
            "graphql_analytics",
            "Traffic analytics",
            "A prepared GraphQL analytics question over up to 10 zones: traffic (requests, cached,"
                + " bytes, threats per day), status_codes, countries, dns_queries. "
                + GRAPHQL_LIMITS,
            Schema.object()
                .connection()
                .choice("question", "Which question.", questions)
                .strings("zones", "Zone names or ids (1 to 10).")
                .string("since", "From this time (default 7 days, or 24 hours if hourly).")
                .string("until", "Until this time (default now).")
                .require("question", "zones"),
            Service.GRAPHQL_ANALYTICS,
            AnalyticsTools::prepared),
        FlarelinkTool.read(
            "graphql_query",
            "Raw GraphQL query",
            "Runs a GraphQL query against Cloudflare's analytics API for anything the prepared"
                + " questions do not cover. Use zoneTag/accountTag filters with ids. "
                + GRAPHQL_LIMITS
                + " An answer over "
                + Listing.MAX_CHARS
                + " characters is refused: narrow it with limit or fewer fields.",
            Schema.object()
                .connection()
                .string("query", "The GraphQL query text.")
                .anyObject("variables", "The query's variables.")
                .require("query"),
            Service.GRAPHQL_ANALYTICS,
            AnalyticsTools::raw));
  }

  private static Answer alerts(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var until = args.time("until");
    var since = args.time("since");
    if (since == null) {
      since = (until == null ? call.useCases().clock().instant() : until).minus(Duration.ofDays(7));
    }
    var from = since;
    var out =
        Listing.of(
            args,
            20,
            "alerts",
            (page, perPage) -> {
              var found =
                  call.useCases()
                      .analytics()
                      .alerts(call.workspace(), connection.id(), from, until, page, perPage);
              return new Listing.Page<>(found.alerts(), found.total());
            },
            AnalyticsViews::alert);
    return new Answer(InventoryTools.summary(out, "alerts since " + from), out);
  }

  private static Answer dns(ToolCall call) {
    var args = call.args();
    var until = orNow(call, args.time("until"));
    var since = args.time("since");
    var table =
        call.useCases()
            .analytics()
            .dns(
                call.workspace(),
                call.connection().id(),
                args.required("zone"),
                since == null ? until.minus(Duration.ofDays(1)) : since,
                until,
                args.string("time_delta"),
                args.integer("limit", 50, 1, 100));
    return table(table, "DNS analytics");
  }

  private static Answer prepared(ToolCall call) {
    var args = call.args();
    var name = args.required("question");
    var question = PreparedQuery.named("question", name, "use graphql_query for anything else");
    var until = orNow(call, args.time("until"));
    var since = args.time("since");
    var table =
        call.useCases()
            .analytics()
            .graphQl(
                call.workspace(),
                call.connection().id(),
                question,
                args.strings("zones"),
                since != null
                    ? since
                    : until.minus(question.daily() ? Duration.ofDays(7) : Duration.ofDays(1)),
                until);
    return table(table, question.id());
  }

  private static Answer raw(ToolCall call) {
    var args = call.args();
    var data =
        call.useCases()
            .analytics()
            .rawGraphQl(
                call.workspace(),
                call.connection().id(),
                args.required("query"),
                args.object("variables"));
    var content = new GraphQlData(data);
    var size = Listing.length(content);
    if (size > Listing.MAX_CHARS) {
      throw InvalidInputException.of(
          "query",
          "the answer is "
              + size
              + " characters, over the bound of "
              + Listing.MAX_CHARS
              + "; ask for fewer rows (limit), fewer fields or a shorter range");
    }
    return new Answer("GraphQL answer, " + size + " characters", content);
  }

  private static Answer table(AnalyticsTable table, String what) {
    var content = AnalyticsViews.table(table);
    var size = Listing.length(content);
    if (size > Listing.MAX_CHARS) {
      throw InvalidInputException.of(
          "limit",
          "the answer is " + size + " characters, over " + Listing.MAX_CHARS + "; ask for less");
    }
    return new Answer(what + ": " + table.rows().size() + " rows", content);
  }

  private static Instant orNow(ToolCall call, Instant instant) {
    return instant == null ? call.useCases().clock().instant() : instant;
  }
}
