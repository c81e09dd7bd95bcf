package dev.flarelink.server.web;

import dev.flarelink.core.connection.Service;
import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What identity scans found: members (filtered, exported), the access review, and the changes over
 * time (of members, and of the inventory beside them).
 */
final class IdentityPages implements Web.PageGroup {

  private static final int PER_PAGE = 50;

  private final IdentityQueries identity;
  private final InventoryQueries inventory;
  private final Frame frame;

  IdentityPages(IdentityQueries identity, InventoryQueries inventory, Frame frame) {
    this.identity = identity;
    this.inventory = inventory;
    this.frame = frame;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/ui/connections/{id}/members", this::members);
    routes.get(
        "/ui/connections/{id}/members.csv",
        ctx -> {
          var connection = frame.connection(ctx);
          var all = identity.allMembers(Frame.workspace(ctx), connection.id(), query(ctx, 1));
          ctx.header(
                  "Content-Disposition",
                  "attachment; filename=\"members-" + connection.id() + ".csv\"")
              .contentType("text/csv; charset=utf-8")
              .result(IdentityViews.membersTable(all).csv());
        });
    routes.get(
        "/ui/connections/{id}/access-review",
        ctx -> {
          var connection = frame.connection(ctx);
          var days = QueryParams.integer(ctx, "pending_days", IdentityQueries.DEFAULT_PENDING_DAYS);
          frame.tab(
              ctx,
              "review.jte",
              connection,
              "access review",
              Map.of("review", identity.review(Frame.workspace(ctx), connection.id(), days)));
        });
    routes.get(
        "/ui/connections/{id}/changes",
        ctx -> {
          var connection = frame.connection(ctx);
          var since = QueryParams.instant(ctx, "since");
          var until = QueryParams.instant(ctx, "until");
          var workspace = Frame.workspace(ctx);
          var coverages = new ArrayList<Coverage>();
          var notEnabled = new ArrayList<String>();
          var changes = List.<MemberChange>of();
          if (connection.services().contains(Service.IDENTITY)) {
            changes = identity.changes(workspace, connection.id(), since, until, 1000);
            coverages.add(identity.coverage(workspace, connection.id()));
          } else {
            notEnabled.add("Identity");
          }
          var inventoryChanges = List.<InventoryChange>of();
          if (connection.services().contains(Service.INVENTORY)) {
            inventoryChanges = inventory.changes(workspace, connection.id(), since, until, 1000);
            coverages.add(inventory.coverage(workspace, connection.id()));
          } else {
            notEnabled.add("Inventory");
          }
          frame.tab(
              ctx,
              "changes.jte",
              connection,
              "changes",
              Map.of(
                  "changes",
                  changes.reversed(),
                  "inventoryChanges",
                  inventoryChanges.reversed(),
                  "filters",
                  Filters.of(ctx),
                  "coverages",
                  coverages,
                  "notEnabled",
                  notEnabled));
        });
  }

  private void members(Context ctx) {
    var connection = frame.connection(ctx);
    var workspace = Frame.workspace(ctx);
    var page = identity.members(workspace, connection.id(), query(ctx, PER_PAGE));
    frame.tab(
        ctx,
        "members.jte",
        connection,
        "members",
        Map.of(
            "members",
            page,
            "roles",
            identity.roles(workspace, connection.id()),
            "filters",
            Filters.of(ctx),
            "coverage",
            identity.coverage(workspace, connection.id())));
  }

  private static MemberQuery query(Context ctx, int perPage) {
    return new MemberQuery(
        Filters.param(ctx, "status"),
        Filters.param(ctx, "role"),
        QueryParams.bool(ctx, "two_factor"),
        Filters.param(ctx, "q"),
        QueryParams.integer(ctx, "page", 1),
        perPage);
  }
}
