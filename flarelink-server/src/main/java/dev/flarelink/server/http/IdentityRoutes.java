package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.csv;
import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.paging;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.core.view.ScanViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** What identity scans found: {@code /api/v1/connections/{id}/members|roles|changes|...}. */
final class IdentityRoutes {

  private static final String CONNECTION = "/api/v1/connections/{id}";

  private final IdentityQueries identity;

  IdentityRoutes(IdentityQueries identity) {
    this.identity = identity;
  }

  void register(RoutesConfig routes) {
    routes.get(CONNECTION + "/members", this::members);
    routes.get(
        CONNECTION + "/roles",
        ctx -> {
          var roles = identity.roles(workspace(ctx), ctx.pathParam("id"));
          if (QueryParams.csv(ctx)) {
            csv(ctx, IdentityViews.rolesTable(roles).csv());
          } else {
            var body = new LinkedHashMap<String, Object>();
            body.put("roles", roles.stream().map(IdentityViews::role).toList());
            body.put("coverage", coverage(ctx));
            json(ctx, 200, body);
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
            var body = new LinkedHashMap<String, Object>();
            body.put("changes", changes.stream().map(IdentityViews::change).toList());
            body.put("coverage", coverage(ctx));
            json(ctx, 200, body);
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
    body.put("paging", paging(page.page(), page.perPage(), page.total()));
    body.put("note", IdentityViews.LAST_LOGIN_NOTE);
    body.put("coverage", coverage(ctx));
    json(ctx, 200, body);
  }

  /** Whether an identity scan ran and what it could not read, beside every answer. */
  private Map<String, Object> coverage(Context ctx) {
    return ScanViews.coverage(identity.coverage(workspace(ctx), ctx.pathParam("id")));
  }
}
