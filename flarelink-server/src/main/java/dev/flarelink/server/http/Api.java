package dev.flarelink.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flarelink.core.Readiness;
import dev.flarelink.core.UseCases;
import dev.flarelink.core.access.AccessService;
import dev.flarelink.core.access.ApiKey;
import dev.flarelink.core.access.Bearer;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.view.AccessViews.KeyCreated;
import dev.flarelink.core.view.AccessViews.KeyView;
import dev.flarelink.core.view.AccessViews.Keys;
import dev.flarelink.core.view.AccessViews.WorkspaceCreated;
import dev.flarelink.core.view.AccessViews.WorkspaceView;
import dev.flarelink.core.view.AccessViews.Workspaces;
import dev.flarelink.core.view.ConnectionList;
import dev.flarelink.core.view.ConnectionView;
import dev.flarelink.core.view.HealthView;
import dev.flarelink.core.view.Paging;
import dev.flarelink.core.view.ProblemView.FieldError;
import dev.flarelink.core.view.TestReportView;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.function.BiConsumer;

/**
 * The REST API: {@code /health}, {@code /api/openapi.yaml}, {@code /api/v1/connections...} and, for
 * admin keys, {@code /api/v1/workspaces...}. Routes only translate HTTP to the use cases.
 */
public final class Api {

  private static final String KEY = "flarelink.apiKey";

  private final ConnectionService connections;
  private final AccessService access;
  private final ScanRoutes scans;
  private final ScanService scanService;
  private final IdentityRoutes identity;
  private final InventoryRoutes inventory;
  private final ResourceRoutes resources;
  private final AnalyticsRoutes analytics;
  private final ActionRoutes actions;
  private final Readiness readiness;

  /** The API over these use cases. */
  public Api(UseCases useCases) {
    this.scans = new ScanRoutes(useCases.scans());
    this.scanService = useCases.scans();
    this.identity = new IdentityRoutes(useCases.identity());
    this.inventory = new InventoryRoutes(useCases.inventory());
    this.resources = new ResourceRoutes(useCases.resources());
    this.analytics = new AnalyticsRoutes(useCases.analytics(), useCases.clock());
    this.actions = new ActionRoutes(useCases.actions());
    this.connections = useCases.connections();
    this.access = useCases.access();
    this.readiness = useCases.readiness();
  }

  /** A connection as JSON, with its status from its last test and last scans. */
  private ConnectionView view(Connection connection) {
    return ConnectionView.of(connection, scanService.status(connection));
  }

  /**
   * Registers the routes and error handling on a Javalin configuration; failures under {@code /ui/}
   * go to {@code page} to be shown to a person.
   */
  public void register(JavalinConfig config, BiConsumer<Context, Problem> page) {
    var routes = config.routes;
    routes.get("/health", ctx -> json(ctx, 200, new HealthView("ok")));
    routes.get("/health/live", ctx -> json(ctx, 200, new HealthView("ok")));
    routes.get(
        "/health/ready",
        ctx -> {
          var reason = readiness.notReady();
          if (reason.isPresent()) {
            ctx.header("Retry-After", "5");
            problem(ctx, new Problem(503, "Not ready", reason.get()));
          } else {
            json(ctx, 200, new HealthView("ready"));
          }
        });
    routes.get(
        "/api/openapi.yaml",
        ctx -> {
          try (var spec = Api.class.getResourceAsStream("/openapi.yaml")) {
            ctx.contentType("application/yaml").result(spec.readAllBytes());
          }
        });
    routes.before("/api/v1/*", this::authenticate);
    routes.post("/api/v1/connections/test", this::testUnsaved);
    routes.post(
        "/api/v1/connections",
        ctx -> {
          var save = Bodies.save(ctx);
          json(ctx, 201, view(connections.create(workspace(ctx), save.input(), save.anyway())));
        });
    routes.get(
        "/api/v1/connections",
        ctx ->
            json(
                ctx,
                200,
                new ConnectionList<>(
                    connections.list(workspace(ctx)).stream().map(this::view).toList())));
    routes.get(
        "/api/v1/connections/{id}",
        ctx -> json(ctx, 200, view(connections.get(workspace(ctx), ctx.pathParam("id")))));
    routes.patch(
        "/api/v1/connections/{id}",
        ctx -> {
          var save = Bodies.save(ctx);
          json(
              ctx,
              200,
              view(
                  connections.update(
                      workspace(ctx), ctx.pathParam("id"), save.input(), save.anyway())));
        });
    routes.delete(
        "/api/v1/connections/{id}",
        ctx -> {
          connections.delete(workspace(ctx), ctx.pathParam("id"));
          ctx.status(204);
        });
    routes.post(
        "/api/v1/connections/{id}/test",
        ctx ->
            json(
                ctx,
                200,
                TestReportView.of(connections.test(workspace(ctx), ctx.pathParam("id")))));
    scans.register(routes);
    identity.register(routes);
    inventory.register(routes);
    resources.register(routes);
    analytics.register(routes);
    actions.register(routes);
    routes.get(
        "/api/v1/workspaces",
        ctx ->
            json(
                ctx,
                200,
                new Workspaces(
                    access.workspaces(key(ctx)).stream().map(WorkspaceView::of).toList())));
    routes.post("/api/v1/workspaces", this::createWorkspace);
    routes.post("/api/v1/workspaces/{id}/keys", this::createKey);
    routes.get(
        "/api/v1/workspaces/{id}/keys",
        ctx -> {
          json(
              ctx,
              200,
              new Keys(
                  access.keys(key(ctx), ctx.pathParam("id")).stream().map(KeyView::of).toList()));
        });
    routes.delete(
        "/api/v1/workspaces/{id}/keys/{key}",
        ctx -> {
          access.revokeKey(key(ctx), ctx.pathParam("id"), ctx.pathParam("key"));
          ctx.status(204);
        });
    Errors.register(routes, page);
    routes.error(
        404,
        "*/*",
        ctx -> {
          var shown = String.valueOf(ctx.res().getContentType()).startsWith("text/html");
          if (ctx.path().startsWith("/ui") && !shown) {
            page.accept(
                ctx, new Problem(404, "Not found", "There is no page " + ctx.path() + " here"));
          } else if (ctx.result() == null) {
            problem(
                ctx,
                new Problem(
                    404,
                    "Not found",
                    "There is no " + ctx.method() + " " + ctx.path() + "; see /api/openapi.yaml"));
          }
        });
  }

  /**
   * Tests a connection without saving it; without an {@code account_id}, the answer lists the
   * accounts the credential reaches and says to send the test again with one of them.
   */
  private void testUnsaved(Context ctx) {
    var report = connections.testUnsaved(Bodies.connection(ctx));
    var view = TestReportView.of(report);
    if (report.accountId() == null) {
      view =
          view.withNext(
              report.accounts().isEmpty()
                  ? "Send this test again with account_id; the checks say where to find it"
                  : "Pick one of accounts and send this test again with its id as account_id; a"
                      + " connection is one account");
    }
    json(ctx, 200, view);
  }

  private void authenticate(Context ctx) {
    var given = Bearer.key(ctx.header("Authorization"));
    if (given.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Problem(401, "Unauthenticated", "Send an API key as `Authorization: Bearer <key>`");
    }
    var key =
        access
            .authenticate(given.get())
            .orElseThrow(
                () ->
                    new Problem(401, "Unauthenticated", "This API key is unknown or was revoked"));
    ctx.attribute(KEY, key);
  }

  static String workspace(Context ctx) {
    return ((ApiKey) ctx.attribute(KEY)).workspaceId();
  }

  /** The API key's id (never its value), to say who ran an action. */
  static String keyId(Context ctx) {
    return ((ApiKey) ctx.attribute(KEY)).id();
  }

  private static ApiKey key(Context ctx) {
    return (ApiKey) ctx.attribute(KEY);
  }

  private void createWorkspace(Context ctx) {
    var body = Bodies.object(ctx);
    var errors = new ArrayList<FieldError>();
    var name = Bodies.text(body, "name", errors);
    if (!errors.isEmpty()) {
      throw new Problem(400, "Invalid workspace", "The workspace has problems; see errors", errors);
    }
    json(ctx, 201, WorkspaceCreated.of(access.createWorkspace(key(ctx), name)));
  }

  private void createKey(Context ctx) {
    var body = ctx.bodyAsBytes().length == 0 ? Bodies.JSON.createObjectNode() : Bodies.object(ctx);
    var errors = new ArrayList<FieldError>();
    var name = Bodies.text(body, "name", errors);
    if (!errors.isEmpty()) {
      throw new Problem(400, "Invalid key", "The key has problems; see errors", errors);
    }
    json(ctx, 201, KeyCreated.of(access.createKey(key(ctx), ctx.pathParam("id"), name)));
  }

  static void problem(Context ctx, Problem problem) {
    json(ctx, problem.status(), problem.body());
    ctx.contentType("application/problem+json");
  }

  /** A 200 with RFC 4180 CSV. */
  static void csv(Context ctx, String body) {
    ctx.status(200).contentType("text/csv; charset=utf-8").result(body);
  }

  /** The paging block of a listing. */
  static Paging paging(int page, int perPage, int total) {
    return Paging.of(page, perPage, total);
  }

  static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status)
          .contentType("application/json")
          .result(Bodies.JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
