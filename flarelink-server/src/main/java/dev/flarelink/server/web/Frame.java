package dev.flarelink.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** What every page group shares: the signed-in session, the path's connection, and rendering. */
final class Frame {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Views views;
  private final ConnectionService connections;

  Frame(Views views, ConnectionService connections) {
    this.views = views;
    this.connections = connections;
  }

  /** The request's session; the guard let no request without one through. */
  static Session session(Context ctx) {
    return ctx.attribute(Web.SESSION);
  }

  /** The workspace of the request's session. */
  static String workspace(Context ctx) {
    return session(ctx).workspaceId();
  }

  /** The connection named by the path's {@code {id}}, which must be in the session's workspace. */
  Connection connection(Context ctx) {
    return connections.get(workspace(ctx), ctx.pathParam("id"));
  }

  /** Renders a page of the site in its frame. */
  void page(Context ctx, String template, String title, Map<String, Object> params) {
    page(ctx, template, new Page(title, session(ctx), null, null), params);
  }

  /** Renders one tab of a connection's page. */
  void tab(
      Context ctx, String template, Connection connection, String tab, Map<String, Object> params) {
    page(
        ctx,
        template,
        new Page(connection.name() + " · " + tab, session(ctx), connection, tab),
        params);
  }

  private void page(Context ctx, String template, Page page, Map<String, Object> params) {
    var all = new HashMap<String, Object>(params);
    all.put("page", page);
    views.render(ctx, template, all);
  }

  /** Renders a fragment for htmx to swap in. */
  void fragment(Context ctx, String template, Map<String, Object> params) {
    views.render(ctx, template, params);
  }

  /** A fragment as text, for a server-sent event. */
  String html(String template, Map<String, Object> params) {
    return views.html(template, params);
  }

  /**
   * The data of a server-sent event carrying HTML for the page's script ({@code app.js}) to put in
   * place: {@code {"html": ...}}, as JSON so that the HTML's line breaks stay within one event.
   */
  static String event(String html) {
    try {
      return JSON.writeValueAsString(Map.of("html", html));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
