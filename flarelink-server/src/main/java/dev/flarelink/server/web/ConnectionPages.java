package dev.flarelink.server.web;

import dev.flarelink.core.UseCases;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.server.http.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The integrations page (every connection with its state) and a connection's overview: the test
 * report, scans now and their live progress, and the schedule; with the edit and delete pages.
 */
final class ConnectionPages implements Web.PageGroup {

  private final UseCases useCases;
  private final ScanService scans;
  private final Duration interval;
  private final Frame frame;
  private final Clock clock;

  ConnectionPages(UseCases useCases, Duration interval, Frame frame, Clock clock) {
    this.useCases = useCases;
    this.scans = useCases.scans();
    this.interval = interval;
    this.frame = frame;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/ui", this::integrations);
    routes.get("/ui/connections/{id}", this::overview);
    routes.post(
        "/ui/connections/{id}/test",
        ctx ->
            frame.fragment(
                ctx,
                "tag/report.jte",
                Map.of(
                    "report",
                    useCases.connections().test(Frame.workspace(ctx), ctx.pathParam("id")))));
    routes.post("/ui/connections/{id}/scans", this::scan);
    routes.get("/ui/connections/{id}/scans/{scan}/events", new SseHandler(this::stream));
    new ConnectionEditPages(useCases.connections(), frame).register(routes);
  }

  private void integrations(Context ctx) {
    var workspace = Frame.workspace(ctx);
    var rows =
        useCases.connections().list(workspace).stream()
            .map(c -> new ConnectionRow(c, scans.status(c), schedule(workspace, c, 10)))
            .toList();
    frame.page(
        ctx,
        "integrations.jte",
        "Integrations",
        Map.of("rows", rows, "interval", interval == null ? "" : human(interval)));
  }

  private void overview(Context ctx) {
    var connection = frame.connection(ctx);
    var recent = scans.scans(Frame.workspace(ctx), connection.id(), 10);
    frame.tab(
        ctx,
        "connection.jte",
        connection,
        "overview",
        Map.of(
            "schedule",
            schedule(Frame.workspace(ctx), connection, 10),
            "recent",
            recent,
            "interval",
            interval == null ? "" : human(interval),
            "status",
            scans.status(connection)));
  }

  private List<ScanSchedule> schedule(String workspace, Connection connection, int limit) {
    var kinds =
        Arrays.stream(ScanKind.values())
            .filter(kind -> connection.services().contains(kind.service()))
            .toList();
    return ScanSchedule.of(
        kinds, scans.scans(workspace, connection.id(), limit), interval, clock.instant());
  }

  private void scan(Context ctx) {
    var kind = ScanKind.named("kind", ctx.formParam("kind"));
    var scan = scans.request(Frame.workspace(ctx), ctx.pathParam("id"), kind, ScanCause.MANUAL);
    frame.fragment(ctx, "tag/scanlive.jte", Map.of("scan", scan));
  }

  /** Replaces the scan's progress at every change, and once more when it ends. */
  private void stream(SseClient client) {
    var ctx = client.ctx();
    var connectionId = ctx.pathParam("id");
    var scan =
        scans
            .scan(Frame.workspace(ctx), connectionId, ctx.pathParam("scan"))
            .orElseThrow(() -> new Problem(404, "Not found", "There is no such scan"));
    var last =
        scans.watch(
            scan.id(),
            state -> {
              if (client.terminated()) {
                return false;
              }
              client.sendEvent("replace", event(state));
              return true;
            });
    if (!client.terminated()) {
      // The last event also carries the connection's status, which this scan may have changed.
      client.sendEvent(
          "end",
          Frame.event(
              frame.html(
                  "tag/scan.jte",
                  Map.of(
                      "scan", last, "status", scans.status(Frame.workspace(ctx), connectionId)))));
    }
  }

  private String event(ScanState state) {
    return Frame.event(frame.html("tag/scan.jte", Map.of("scan", state)));
  }

  /** {@code 6h}, {@code 30m}, {@code 1d}. */
  static String human(Duration interval) {
    if (interval.toDays() > 0 && interval.toHours() % 24 == 0) {
      return interval.toDays() + "d";
    }
    if (interval.toHours() > 0 && interval.toMinutes() % 60 == 0) {
      return interval.toHours() + "h";
    }
    return interval.toMinutes() + "m";
  }
}
