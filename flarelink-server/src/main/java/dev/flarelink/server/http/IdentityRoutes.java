package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.identity.ScanService;
import dev.flarelink.core.identity.ScanState;
import dev.flarelink.server.view.IdentityViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scans and what they found: {@code /api/v1/connections/{id}/scans|members|roles|...}. */
final class IdentityRoutes {

  private static final String CONNECTION = "/api/v1/connections/{id}";

  private final ScanService scans;
  private final IdentityQueries identity;

  IdentityRoutes(ScanService scans, IdentityQueries identity) {
    this.scans = scans;
    this.identity = identity;
  }

  void register(RoutesConfig routes) {
    routes.post(
        CONNECTION + "/scans",
        ctx -> {
          var scan = scans.request(workspace(ctx), ctx.pathParam("id"), "manual");
          ctx.header(
              "Location", CONNECTION.replace("{id}", scan.connectionId()) + "/scans/" + scan.id());
          json(ctx, 202, IdentityViews.scan(scan));
        });
    routes.get(
        CONNECTION + "/scans",
        ctx ->
            json(
                ctx,
                200,
                Map.of(
                    "scans",
                    scans
                        .scans(
                            workspace(ctx),
                            ctx.pathParam("id"),
                            QueryParams.integer(ctx, "limit", 20))
                        .stream()
                        .map(IdentityViews::scan)
                        .toList())));
    routes.get(CONNECTION + "/scans/{scan}", ctx -> json(ctx, 200, IdentityViews.scan(scan(ctx))));
    routes.get(CONNECTION + "/scans/{scan}/events", new SseHandler(this::stream));
    routes.get(CONNECTION + "/members", this::members);
    routes.get(
        CONNECTION + "/roles",
        ctx -> {
          var roles = identity.roles(workspace(ctx), ctx.pathParam("id"));
          if (QueryParams.csv(ctx)) {
            csv(ctx, IdentityViews.rolesTable(roles).csv());
          } else {
            json(ctx, 200, Map.of("roles", roles.stream().map(IdentityViews::role).toList()));
          }
        });
    routes.get(
        CONNECTION + "/changes",
        ctx -> {
          var changes =
              identity.changes(
                  workspace(ctx),
                  ctx.pathParam("id"),
                  QueryParams.instant(ctx, "since"),
                  QueryParams.instant(ctx, "until"),
                  QueryParams.integer(ctx, "limit", 1000));
          if (QueryParams.csv(ctx)) {
            csv(ctx, IdentityViews.changesTable(changes).csv());
          } else {
            json(ctx, 200, Map.of("changes", changes.stream().map(IdentityViews::change).toList()));
          }
        });
    routes.get(
        CONNECTION + "/access-review",
        ctx ->
            json(
                ctx,
                200,
                IdentityViews.review(
                    identity.review(
                        workspace(ctx),
                        ctx.pathParam("id"),
                        QueryParams.integer(
                            ctx, "pending_days", IdentityQueries.DEFAULT_PENDING_DAYS)))));
  }

  private void members(Context ctx) {
    var csv = QueryParams.csv(ctx);
    var query =
        new MemberQuery(
            ctx.queryParam("status"),
            ctx.queryParam("role"),
            QueryParams.bool(ctx, "two_factor"),
            ctx.queryParam("q"),
            QueryParams.integer(ctx, "page", 1),
            QueryParams.integer(ctx, "per_page", 50));
    if (csv) {
      csv(
          ctx,
          IdentityViews.membersTable(
                  identity.allMembers(workspace(ctx), ctx.pathParam("id"), query))
              .csv());
      return;
    }
    var page = identity.members(workspace(ctx), ctx.pathParam("id"), query);
    var body = new LinkedHashMap<String, Object>();
    body.put("members", IdentityViews.members(page.members()));
    body.put(
        "paging",
        Map.of(
            "page", page.page(),
            "per_page", page.perPage(),
            "total", page.total(),
            "total_pages", (page.total() + page.perPage() - 1) / page.perPage()));
    body.put("note", IdentityViews.LAST_LOGIN_NOTE);
    json(ctx, 200, body);
  }

  /** A scan of the path's connection, which the caller's workspace must own. */
  private ScanState scan(Context ctx) {
    var connectionId = ctx.pathParam("id");
    var wanted = ctx.pathParam("scan");
    return scans
        .scan(workspace(ctx), connectionId, wanted)
        .orElseThrow(
            () ->
                new Problem(
                    404,
                    "Not found",
                    "Connection " + connectionId + " has no scan " + wanted + "; list its scans"));
  }

  /** Sends the scan's state as {@code progress} events until it ends, then one {@code end}. */
  private void stream(SseClient client) {
    var ctx = client.ctx();
    ScanState first;
    try {
      first = scan(ctx);
    } catch (RuntimeException e) {
      client.sendEvent("error", Map.of("detail", e.getMessage()));
      return;
    }
    var last =
        scans.watch(
            first.id(),
            state -> {
              if (client.terminated()) {
                return false;
              }
              client.sendEvent("progress", IdentityViews.scan(state));
              return true;
            });
    if (!client.terminated()) {
      client.sendEvent("end", IdentityViews.scan(last));
    }
  }

  private static void csv(Context ctx, String body) {
    ctx.status(200).contentType("text/csv; charset=utf-8").result(body);
  }
}
