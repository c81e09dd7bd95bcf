package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.csv;
import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.action.Caller;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.ActionViews;
import dev.flarelink.core.view.ActionViews.ActionList;
import dev.flarelink.core.view.ActionViews.RunList;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;

/**
 * Actions and their audit trail: {@code GET .../actions}, {@code POST .../actions/{action}} and
 * {@code GET .../audit}.
 */
final class ActionRoutes {

  private static final String CONNECTION = "/api/v1/connections/{id}";

  private final ActionService actions;

  ActionRoutes(ActionService actions) {
    this.actions = actions;
  }

  void register(RoutesConfig routes) {
    routes.get(
        CONNECTION + "/actions",
        ctx ->
            json(
                ctx,
                200,
                new ActionList(
                    actions.available(workspace(ctx), ctx.pathParam("id")).stream()
                        .map(ActionViews::availability)
                        .toList())));
    routes.post(
        CONNECTION + "/actions/{action}",
        ctx -> {
          var body = ctx.body().isBlank() ? Bodies.JSON.createObjectNode() : Bodies.object(ctx);
          var input = new LinkedHashMap<String, Object>();
          for (var field : body.properties()) {
            if (!field.getKey().equals("dry_run") && !field.getKey().equals("confirm")) {
              input.put(field.getKey(), Bodies.JSON.convertValue(field.getValue(), Object.class));
            }
          }
          var dryRun =
              flag(body.get("dry_run"), "dry_run")
                  || Boolean.TRUE.equals(QueryParams.bool(ctx, "dry_run"));
          var confirm = flag(body.get("confirm"), "confirm");
          var outcome =
              actions.run(
                  workspace(ctx),
                  ctx.pathParam("id"),
                  ctx.pathParam("action"),
                  input,
                  dryRun,
                  confirm,
                  new Caller("rest", Api.keyId(ctx)));
          json(ctx, 200, ActionViews.outcome(outcome));
        });
    routes.get(
        CONNECTION + "/audit",
        ctx -> {
          var runs =
              actions.audit(
                  workspace(ctx), ctx.pathParam("id"), QueryParams.integer(ctx, "limit", 100));
          if (QueryParams.csv(ctx)) {
            csv(ctx, ActionViews.runsTable(runs).csv());
          } else {
            json(ctx, 200, new RunList(runs.stream().map(ActionViews::run).toList()));
          }
        });
  }

  private static boolean flag(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw InvalidInputException.of(field, "must be true or false");
    }
    return node.asBoolean();
  }
}
