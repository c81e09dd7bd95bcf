package dev.flarelink.server.web;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.DnsTypes;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * What inventory scans found: zones, and a zone with its settings, its rules, certificates and load
 * balancing, and its filtered DNS records.
 */
final class InventoryPages implements Web.PageGroup {

  private static final int PER_PAGE = 50;

  private final InventoryQueries inventory;
  private final ResourceSections resources;
  private final Frame frame;

  InventoryPages(InventoryQueries inventory, ResourceSections resources, Frame frame) {
    this.inventory = inventory;
    this.resources = resources;
    this.frame = frame;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/ui/connections/{id}/zones", this::zones);
    routes.get("/ui/connections/{id}/zones/{zone}", this::zone);
  }

  private void zones(Context ctx) {
    var connection = frame.connection(ctx);
    var workspace = Frame.workspace(ctx);
    var query =
        new ZoneQuery(
            text(ctx, "name"),
            Filters.param(ctx, "status"),
            QueryParams.integer(ctx, "page", 1),
            PER_PAGE);
    frame.tab(
        ctx,
        "zones.jte",
        connection,
        "zones",
        Map.of(
            "zones",
            inventory.zones(workspace, connection.id(), query, false),
            "statuses",
            ZoneQuery.STATUSES,
            "scannedAt",
            Format.time(inventory.scannedAt(workspace, connection.id())),
            "filters",
            Filters.of(ctx),
            "coverage",
            inventory.coverage(workspace, connection.id())));
  }

  private void zone(Context ctx) {
    var connection = frame.connection(ctx);
    var workspace = Frame.workspace(ctx);
    var detail = inventory.zone(workspace, connection.id(), ctx.pathParam("zone"), false);
    var query =
        new DnsQuery(
            detail.zone().zoneId(),
            Filters.param(ctx, "type"),
            text(ctx, "name"),
            text(ctx, "content"),
            QueryParams.bool(ctx, "proxied"),
            text(ctx, "comment"),
            Filters.param(ctx, "tag"),
            QueryParams.integer(ctx, "page", 1),
            PER_PAGE);
    frame.tab(
        ctx,
        "zone.jte",
        connection,
        "zones",
        Map.of(
            "detail",
            detail,
            "records",
            inventory.records(workspace, connection.id(), query, false),
            "types",
            DnsTypes.ALL,
            "filters",
            Filters.of(ctx),
            "coverage",
            inventory.coverage(workspace, connection.id()),
            "sections",
            resources.zone(workspace, connection, detail.zone())));
  }

  /** A text filter from {@code field} and its match, {@code field_match} (exact by default). */
  private static TextMatch text(Context ctx, String field) {
    var value = Filters.param(ctx, field);
    if (value == null) {
      return null;
    }
    var match = Filters.param(ctx, field + "_match");
    return new TextMatch(
        TextMatches.operator(field + "_match", match == null ? "exact" : match), value);
  }
}
