package dev.flarelink.server.web;

import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.action.Caller;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Actions: each with its inputs and whether this connection may run it; a dry run shows the plan,
 * and a destructive plan runs only once confirmed. And the audit trail of every run.
 */
final class ActionPages implements Web.PageGroup {

  private static final Set<String> CONTROLS = Set.of("_csrf", "dry_run", "confirm");

  private final ActionService actions;
  private final Frame frame;

  ActionPages(ActionService actions, Frame frame) {
    this.actions = actions;
    this.frame = frame;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        "/ui/connections/{id}/actions",
        ctx -> {
          var connection = frame.connection(ctx);
          frame.tab(
              ctx,
              "actions.jte",
              connection,
              "actions",
              Map.of("actions", actions.available(Frame.workspace(ctx), connection.id())));
        });
    routes.post("/ui/connections/{id}/actions/{action}", this::run);
    routes.get(
        "/ui/connections/{id}/audit",
        ctx -> {
          var connection = frame.connection(ctx);
          frame.tab(
              ctx,
              "audit.jte",
              connection,
              "audit",
              Map.of(
                  "runs",
                  actions.audit(
                      Frame.workspace(ctx),
                      connection.id(),
                      QueryParams.integer(ctx, "limit", 200))));
        });
  }

  private void run(Context ctx) {
    var input = new LinkedHashMap<String, Object>();
    ctx.formParamMap()
        .forEach(
            (name, values) -> {
              if (!CONTROLS.contains(name) && !values.isEmpty() && !values.getFirst().isBlank()) {
                input.put(name, values.getFirst().strip());
              }
            });
    var dryRun = "true".equals(ctx.formParam("dry_run"));
    var confirm = "true".equals(ctx.formParam("confirm"));
    var name = ctx.pathParam("action");
    var caller = new Caller("web", Frame.session(ctx).key().id());
    var params = new LinkedHashMap<String, Object>();
    params.put("action", name);
    params.put("base", "/ui/connections/" + ctx.pathParam("id"));
    try {
      var outcome =
          actions.run(
              Frame.workspace(ctx), ctx.pathParam("id"), name, input, dryRun, confirm, caller);
      params.put("plan", outcome.plan());
      params.put("status", outcome.status().id());
      params.put("dryRun", dryRun);
    } catch (ConfirmationRequiredException e) {
      params.put("plan", e.plan());
      params.put("status", "confirmation required");
      params.put("dryRun", true);
    }
    frame.fragment(ctx, "tag/outcome.jte", params);
  }
}
