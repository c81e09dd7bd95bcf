package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.csv;
import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.paging;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.connection.InvalidInputException;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.server.view.InventoryViews;
import dev.flarelink.server.view.ScanViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zones, settings and DNS records: {@code /api/v1/connections/{id}/zones|dns-records|...}, from the
 * inventory, or from Cloudflare with {@code fresh=true}.
 */
final class InventoryRoutes {

  private static final String CONNECTION = "/api/v1/connections/{id}";

  private final InventoryQueries inventory;

  InventoryRoutes(InventoryQueries inventory) {
    this.inventory = inventory;
  }

  void register(RoutesConfig routes) {
    routes.get(CONNECTION + "/zones", this::zones);
    routes.get(
        CONNECTION + "/zones/{zone}",
        ctx -> {
          var fresh = fresh(ctx);
          var body =
              InventoryViews.zoneDetail(
                  inventory.zone(workspace(ctx), id(ctx), ctx.pathParam("zone"), fresh));
          body.putAll(source(ctx, fresh));
          json(ctx, 200, body);
        });
    routes.get(
        CONNECTION + "/zones/{zone}/settings",
        ctx -> {
          var fresh = fresh(ctx);
          var settings = inventory.settings(workspace(ctx), id(ctx), ctx.pathParam("zone"), fresh);
          if (QueryParams.csv(ctx)) {
            csv(ctx, InventoryViews.settingsTable(settings).csv());
            return;
          }
          var body = new LinkedHashMap<String, Object>();
          body.put("settings", settings.stream().map(InventoryViews::setting).toList());
          body.putAll(source(ctx, fresh));
          json(ctx, 200, body);
        });
    routes.get(CONNECTION + "/dns-records", this::records);
    routes.get(
        CONNECTION + "/inventory-changes",
        ctx -> {
          var changes =
              inventory.changes(
                  workspace(ctx),
                  id(ctx),
                  QueryParams.instant(ctx, "since"),
                  QueryParams.instant(ctx, "until"),
                  QueryParams.integer(ctx, "limit", 1000));
          if (QueryParams.csv(ctx)) {
            csv(ctx, InventoryViews.changesTable(changes).csv());
          } else {
            var body = new LinkedHashMap<String, Object>();
            body.put("changes", changes.stream().map(InventoryViews::change).toList());
            body.put("coverage", ScanViews.coverage(inventory.coverage(workspace(ctx), id(ctx))));
            json(ctx, 200, body);
          }
        });
  }

  private void zones(Context ctx) {
    var fresh = fresh(ctx);
    var csv = QueryParams.csv(ctx);
    var query =
        new ZoneQuery(
            text(ctx, "name"),
            ctx.queryParam("status"),
            QueryParams.integer(ctx, "page", 1),
            QueryParams.integer(ctx, "per_page", 50));
    if (csv) {
      csv(
          ctx,
          InventoryViews.zonesTable(inventory.allZones(workspace(ctx), id(ctx), query, fresh))
              .csv());
      return;
    }
    var page = inventory.zones(workspace(ctx), id(ctx), query, fresh);
    var body = new LinkedHashMap<String, Object>();
    body.put("zones", page.zones().stream().map(InventoryViews::zone).toList());
    body.put("paging", paging(page.page(), page.perPage(), page.total()));
    body.putAll(source(ctx, fresh));
    json(ctx, 200, body);
  }

  private void records(Context ctx) {
    var fresh = fresh(ctx);
    var csv = QueryParams.csv(ctx);
    var query =
        new DnsQuery(
            ctx.queryParam("zone"),
            ctx.queryParam("type"),
            text(ctx, "name"),
            text(ctx, "content"),
            QueryParams.bool(ctx, "proxied"),
            text(ctx, "comment"),
            ctx.queryParam("tag"),
            QueryParams.integer(ctx, "page", 1),
            QueryParams.integer(ctx, "per_page", 100));
    if (csv) {
      csv(
          ctx,
          InventoryViews.recordsTable(inventory.allRecords(workspace(ctx), id(ctx), query, fresh))
              .csv());
      return;
    }
    var page = inventory.records(workspace(ctx), id(ctx), query, fresh);
    var body = new LinkedHashMap<String, Object>();
    body.put("dns_records", page.records().stream().map(InventoryViews::record).toList());
    body.put("paging", paging(page.page(), page.perPage(), page.total()));
    body.putAll(source(ctx, fresh));
    json(ctx, 200, body);
  }

  /**
   * A text filter given as {@code field=value}, {@code field=contains:value}, or Cloudflare's
   * {@code field.contains=value} (also {@code .exact}, {@code .starts_with}, {@code .ends_with}).
   */
  private static TextMatch text(Context ctx, String field) {
    var found = new ArrayList<String>();
    String operator = null;
    String value = null;
    for (var op :
        new String[] {"exact", "contains", "starts_with", "ends_with", "startswith", "endswith"}) {
      var given = ctx.queryParam(field + "." + op);
      if (given != null && !given.isBlank()) {
        found.add(field + "." + op);
        operator = op;
        value = given;
      }
    }
    if (found.size() > 1) {
      throw InvalidInputException.of(
          field, "give one filter for " + field + ", not " + String.join(" and ", found));
    }
    return TextMatches.parse(field, ctx.queryParam(field), operator, value);
  }

  private Map<String, Object> source(Context ctx, boolean fresh) {
    return InventoryViews.source(fresh, inventory.coverage(workspace(ctx), id(ctx)));
  }

  private static boolean fresh(Context ctx) {
    return Boolean.TRUE.equals(QueryParams.bool(ctx, "fresh"));
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }
}
