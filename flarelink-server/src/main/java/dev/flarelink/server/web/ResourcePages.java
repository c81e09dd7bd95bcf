package dev.flarelink.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.ResourceQueries;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.core.view.ResourceViews;
import dev.flarelink.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource catalogue's pages: the types with how the connection has them and the account's own
 * resources, one type's table (zone, search, pages, CSV), and one resource with its whole document.
 */
final class ResourcePages implements Web.PageGroup {

  private static final int PER_PAGE = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResourceQueries resources;
  private final InventoryQueries inventory;
  private final ResourceSections sections;
  private final Frame frame;
  private final Clock clock;

  ResourcePages(ResourceQueries resources, InventoryQueries inventory, Frame frame, Clock clock) {
    this.resources = resources;
    this.inventory = inventory;
    this.sections = new ResourceSections(resources, clock);
    this.frame = frame;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/ui/connections/{id}/resources", this::types);
    routes.get("/ui/connections/{id}/resources/{type}", this::table);
    routes.get("/ui/connections/{id}/resources/{type}/{resource}", this::resource);
  }

  private void types(Context ctx) {
    var connection = frame.connection(ctx);
    var workspace = Frame.workspace(ctx);
    var statuses = resources.types(workspace, connection.id());
    frame.tab(
        ctx,
        "resources.jte",
        connection,
        "resources",
        Map.of(
            "types",
            statuses.stream().map(ResourceViews::type).toList(),
            "sections",
            sections.account(workspace, connection, statuses)));
  }

  private void table(Context ctx) {
    var connection = frame.connection(ctx);
    var workspace = Frame.workspace(ctx);
    var type = type(ctx);
    var status =
        resources.types(workspace, connection.id()).stream()
            .filter(s -> s.type().name().equals(type.name()))
            .map(ResourceViews::type)
            .findFirst()
            .orElseThrow();
    var params = new LinkedHashMap<String, Object>();
    params.put("type", type);
    params.put("status", status);
    params.put("filters", Filters.of(ctx));
    params.put("highlights", new Highlights(clock.instant()));
    params.put("zones", type.zoned() ? zones(workspace, connection) : List.of());
    if (!status.enabled()) {
      params.put("items", null);
      frame.tab(ctx, "resourcetype.jte", connection, "resources", params);
      return;
    }
    var csv = QueryParams.csv(ctx);
    var page =
        resources.items(
            workspace,
            connection.id(),
            type,
            Filters.param(ctx, "zone"),
            Filters.param(ctx, "q"),
            QueryParams.integer(ctx, "page", 1),
            csv ? QueryParams.integer(ctx, "per_page", PER_PAGE) : PER_PAGE,
            false);
    if (csv) {
      ctx.header(
              "Content-Disposition",
              "attachment; filename=\"" + type.name() + "-" + connection.id() + ".csv\"")
          .contentType("text/csv; charset=utf-8")
          .result(ResourceViews.table(type, page.items()).csv());
      return;
    }
    params.put("items", page);
    frame.tab(ctx, "resourcetype.jte", connection, "resources", params);
  }

  private void resource(Context ctx) {
    var connection = frame.connection(ctx);
    var type = type(ctx);
    var entry =
        resources.item(
            Frame.workspace(ctx),
            connection.id(),
            type,
            ctx.pathParam("resource"),
            Filters.param(ctx, "zone"),
            false);
    var document = ResourceViews.document(entry, false);
    var parts = new LinkedHashMap<String, String>();
    document.parts().forEach((name, part) -> parts.put(name, pretty(part)));
    frame.tab(
        ctx,
        "resource.jte",
        connection,
        "resources",
        Map.of(
            "type",
            type,
            "entry",
            entry,
            "document",
            pretty(document.document()),
            "parts",
            parts,
            "highlights",
            new Highlights(clock.instant())));
  }

  /** The zones to filter by, when the inventory knows them. */
  private List<ZoneEntry> zones(String workspace, Connection connection) {
    return connection.services().contains(Service.INVENTORY)
        ? inventory.zones(workspace, connection.id(), ZoneQuery.ALL, false).zones()
        : List.of();
  }

  /** The path's type; an unknown one is a page that is not there. */
  private static ResourceType type(Context ctx) {
    var name = ctx.pathParam("type");
    return ResourceCatalogue.find(name)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no resource type '"
                        + name
                        + "'; the Resources tab lists the types there are"));
  }

  private static String pretty(JsonNode json) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A parsed JSON tree could not be written again", e);
    }
  }
}
