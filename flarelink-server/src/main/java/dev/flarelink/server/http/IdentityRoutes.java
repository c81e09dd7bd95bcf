package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.csv;
import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.paging;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.core.view.IdentityViews.ChangeList;
import dev.flarelink.core.view.IdentityViews.MemberPage;
import dev.flarelink.core.view.IdentityViews.RoleList;
import dev.flarelink.core.view.ScanViews;
import dev.flarelink.core.view.ScanViews.CoverageView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

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
            json(
                ctx,
                200,
                new RoleList(roles.stream().map(IdentityViews::role).toList(), coverage(ctx)));
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
            json(
                ctx,
                200,
                new ChangeList(
                    changes.stream().map(IdentityViews::change).toList(), coverage(ctx)));
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
    json(
        ctx,
        200,
        new MemberPage(
            IdentityViews.members(page.members()),
            paging(page.page(), page.perPage(), page.total()),
            IdentityViews.LAST_LOGIN_NOTE,
            coverage(ctx)));
  }

  /** Whether an identity scan ran and what it could not read, beside every answer. */
  private CoverageView coverage(Context ctx) {
    return ScanViews.coverage(identity.coverage(workspace(ctx), ctx.pathParam("id")));
  }
}
