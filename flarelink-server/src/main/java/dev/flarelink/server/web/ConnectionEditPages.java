package dev.flarelink.server.web;

import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.Service;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Changing a saved connection (name, services, token type, a new credential that is tested before
 * it replaces the saved one) and deleting it after a confirmation.
 */
final class ConnectionEditPages implements Web.PageGroup {

  private final ConnectionService connections;
  private final Frame frame;

  ConnectionEditPages(ConnectionService connections, Frame frame) {
    this.connections = connections;
    this.frame = frame;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        "/ui/connections/{id}/edit",
        ctx ->
            frame.tab(
                ctx,
                "edit.jte",
                frame.connection(ctx),
                "edit",
                Map.of("services", Service.values())));
    routes.post("/ui/connections/{id}/edit", this::save);
    routes.post("/ui/connections/{id}/delete", this::delete);
  }

  private void save(Context ctx) {
    var connection = frame.connection(ctx);
    connections.update(
        Frame.workspace(ctx),
        connection.id(),
        changes(ctx),
        "yes".equals(ctx.formParam("save_anyway")));
    ctx.header("HX-Redirect", "/ui/connections/" + connection.id());
    ctx.status(204);
  }

  /**
   * The form as a change: an empty secret keeps the saved credential (and then the kind and email
   * fields, which describe a new one, are not a change).
   */
  private static ConnectionInput changes(Context ctx) {
    var secret = blankToNull(ctx.formParam("secret"));
    var isKey = "global_api_key".equals(ctx.formParam("credential_kind"));
    return new ConnectionInput(
        blankToNull(ctx.formParam("name")),
        null,
        secret != null && isKey ? "global_api_key" : null,
        isKey ? null : blankToNull(ctx.formParam("token_type")),
        secret != null && !isKey ? secret : null,
        secret != null && isKey ? secret : null,
        secret != null && isKey ? blankToNull(ctx.formParam("email")) : null,
        ctx.formParams("services"));
  }

  /** The first press asks; only a press of the confirmation deletes. */
  private void delete(Context ctx) {
    var connection = frame.connection(ctx);
    if (!"yes".equals(ctx.formParam("confirm"))) {
      frame.fragment(ctx, "tag/deleteconfirm.jte", Map.of("connection", connection));
      return;
    }
    connections.delete(Frame.workspace(ctx), connection.id());
    ctx.header("HX-Redirect", "/ui");
    ctx.status(204);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
