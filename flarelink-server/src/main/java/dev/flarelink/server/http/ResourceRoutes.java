package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.csv;
import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.inventory.ResourceQueries;
import dev.flarelink.core.view.ResourceViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * The resource catalogue: {@code /api/v1/connections/{id}/resources} (the types and how the
 * connection has them), {@code .../resources/{type}} (a page of one type's resources, or its CSV)
 * and {@code .../resources/{type}/{resource}} (one resource with Cloudflare's whole document); from
 * the inventory, or from Cloudflare with {@code fresh=true}.
 */
final class ResourceRoutes {

  private static final String RESOURCES = "/api/v1/connections/{id}/resources";

  private final ResourceQueries resources;

  ResourceRoutes(ResourceQueries resources) {
    this.resources = resources;
  }

  void register(RoutesConfig routes) {
    routes.get(
        RESOURCES,
        ctx -> json(ctx, 200, ResourceViews.types(resources.types(workspace(ctx), id(ctx)))));
    routes.get(RESOURCES + "/{type}", this::items);
    routes.get(
        RESOURCES + "/{type}/{resource}",
        ctx -> {
          var type = type(ctx);
          var fresh = fresh(ctx);
          var entry =
              zoneGiven(
                  () ->
                      resources.item(
                          workspace(ctx),
                          id(ctx),
                          type,
                          ctx.pathParam("resource"),
                          ctx.queryParam("zone"),
                          fresh));
          json(ctx, 200, ResourceViews.document(entry, fresh));
        });
  }

  private void items(Context ctx) {
    var type = type(ctx);
    var fresh = fresh(ctx);
    var csv = QueryParams.csv(ctx);
    var page =
        zoneGiven(
            () ->
                resources.items(
                    workspace(ctx),
                    id(ctx),
                    type,
                    ctx.queryParam("zone"),
                    ctx.queryParam("q"),
                    QueryParams.integer(ctx, "page", 1),
                    QueryParams.integer(ctx, "per_page", 50),
                    fresh));
    if (csv) {
      csv(ctx, ResourceViews.table(type, page.items()).csv());
    } else {
      json(ctx, 200, ResourceViews.page(type, page, fresh));
    }
  }

  /**
   * The path's type; an unknown one is a resource that is not there (404), named with the types
   * there are.
   */
  private static ResourceType type(Context ctx) {
    var name = ctx.pathParam("type");
    return ResourceCatalogue.find(name)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no resource type '"
                        + name
                        + "'; the types are "
                        + String.join(
                            ", ",
                            ResourceCatalogue.types().stream().map(ResourceType::name).toList())
                        + " (GET /api/v1/connections/{id}/resources lists them)"));
  }

  /**
   * Runs a query whose {@code zone} parameter came from the caller: a zone it does not name is the
   * parameter's fault (400 naming {@code zone}), unlike a zone in the path, which is not found.
   */
  private static <T> T zoneGiven(Supplier<T> query) {
    try {
      return query.get();
    } catch (ZoneNotFoundException unknown) {
      throw InvalidInputException.of("zone", unknown.getMessage());
    }
  }

  private static boolean fresh(Context ctx) {
    return Boolean.TRUE.equals(QueryParams.bool(ctx, "fresh"));
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }
}
