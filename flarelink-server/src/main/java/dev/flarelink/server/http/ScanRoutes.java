package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.json;
import static dev.flarelink.server.http.Api.workspace;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.view.ConnectionView;
import dev.flarelink.core.view.ScanViews;
import dev.flarelink.core.view.ScanViews.ScanList;
import dev.flarelink.core.view.ScanViews.StreamError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

/** Scans of every kind: {@code /api/v1/connections/{id}/scans}, their state and their events. */
final class ScanRoutes {

  private static final String CONNECTION = "/api/v1/connections/{id}";

  private final ScanService scans;

  ScanRoutes(ScanService scans) {
    this.scans = scans;
  }

  void register(RoutesConfig routes) {
    routes.post(
        CONNECTION + "/scans",
        ctx -> {
          var scan =
              scans.request(workspace(ctx), ctx.pathParam("id"), kind(ctx), ScanCause.MANUAL);
          ctx.header(
              "Location", CONNECTION.replace("{id}", scan.connectionId()) + "/scans/" + scan.id());
          json(ctx, 202, ScanViews.scan(scan));
        });
    routes.get(
        CONNECTION + "/scans",
        ctx ->
            json(
                ctx,
                200,
                new ScanList(
                    scans
                        .scans(
                            workspace(ctx),
                            ctx.pathParam("id"),
                            QueryParams.integer(ctx, "limit", 20))
                        .stream()
                        .map(ScanViews::scan)
                        .toList())));
    routes.get(
        CONNECTION + "/status",
        ctx -> {
          var status = scans.status(workspace(ctx), ctx.pathParam("id"));
          json(ctx, 200, ConnectionView.Status.of(status));
        });
    routes.get(CONNECTION + "/scans/{scan}", ctx -> json(ctx, 200, ScanViews.scan(scan(ctx))));
    var events = new SseHandler(this::stream);
    routes.get(
        CONNECTION + "/scans/{scan}/events",
        ctx -> {
          // An unknown scan, or another workspace's, is a 404 problem before any stream opens.
          scan(ctx);
          events.handle(ctx);
        });
  }

  /** The kind asked for by {@code ?kind=} or a JSON body's {@code kind}; identity by default. */
  private static ScanKind kind(Context ctx) {
    var raw = ctx.queryParam("kind");
    if (raw == null && !ctx.body().isBlank()) {
      var node = Bodies.object(ctx).get("kind");
      if (node != null && !node.isNull() && !node.isTextual()) {
        throw InvalidInputException.of("kind", "must be a string such as \"inventory\"");
      }
      raw = node == null || node.isNull() ? null : node.asText();
    }
    if (raw == null || raw.isBlank()) {
      return ScanKind.IDENTITY;
    }
    return ScanKind.named("kind", raw);
  }

  /** A scan of the path's connection, which the caller's workspace must own. */
  private ScanState scan(Context ctx) {
    var connectionId = ctx.pathParam("id");
    var wanted = ctx.pathParam("scan");
    return scans
        .scan(workspace(ctx), connectionId, wanted)
        .orElseThrow(
            () ->
                new Problem(
                    404,
                    "Not found",
                    "Connection " + connectionId + " has no scan " + wanted + "; list its scans"));
  }

  /** Sends the scan's state as {@code progress} events until it ends, then one {@code end}. */
  private void stream(SseClient client) {
    var ctx = client.ctx();
    ScanState first;
    try {
      first = scan(ctx);
    } catch (RuntimeException e) {
      client.sendEvent("error", new StreamError(e.getMessage()));
      return;
    }
    var last =
        scans.watch(
            first.id(),
            state -> {
              if (client.terminated()) {
                return false;
              }
              client.sendEvent("progress", ScanViews.scan(state));
              return true;
            });
    if (!client.terminated()) {
      client.sendEvent("end", ScanViews.scan(last));
    }
  }
}
