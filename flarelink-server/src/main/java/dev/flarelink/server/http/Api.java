package dev.flarelink.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.ConnectionView;
import dev.flarelink.core.diagnosis.TestReportView;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.server.Wiring;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcApiKeyStore;
import dev.flarelink.store.JdbcApiKeyStore.ApiKey;
import dev.flarelink.store.JdbcWorkspaceStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The REST API: {@code /health}, {@code /api/openapi.yaml}, {@code /api/v1/connections...} and, for
 * admin keys, {@code /api/v1/workspaces...}. Routes only translate HTTP to the use cases.
 */
public final class Api {

  private static final String KEY = "flarelink.apiKey";

  private final ConnectionService connections;
  private final JdbcApiKeyStore keys;
  private final JdbcWorkspaceStore workspaces;
  private final Clock clock;
  private final Supplier<String> ids;
  private final ScanRoutes scans;
  private final ScanService scanService;
  private final IdentityRoutes identity;
  private final InventoryRoutes inventory;
  private final AnalyticsRoutes analytics;
  private final ActionRoutes actions;
  private final Database database;

  /** The API over the use cases and stores {@code wiring} built. */
  public Api(Wiring wiring, Clock clock) {
    this.scans = new ScanRoutes(wiring.scans());
    this.scanService = wiring.scans();
    this.identity = new IdentityRoutes(wiring.identity());
    this.inventory = new InventoryRoutes(wiring.inventory());
    this.analytics = new AnalyticsRoutes(wiring.analytics(), clock);
    this.actions = new ActionRoutes(wiring.actions());
    this.connections = wiring.connections();
    this.keys = wiring.keys();
    this.database = wiring.database();
    this.workspaces = wiring.workspaces();
    this.clock = clock;
    this.ids = wiring.ids();
  }

  /** A connection as JSON, with its status from its last test and last scans. */
  private Map<String, Object> view(Connection connection) {
    return ConnectionView.of(connection, scanService.status(connection));
  }

  /**
   * Registers the routes and error handling on a Javalin configuration; failures under {@code /ui/}
   * go to {@code page} to be shown to a person.
   */
  public void register(JavalinConfig config, BiConsumer<Context, Problem> page) {
    var routes = config.routes;
    routes.get("/health", ctx -> json(ctx, 200, Map.of("status", "ok")));
    routes.get("/health/live", ctx -> json(ctx, 200, Map.of("status", "ok")));
    routes.get(
        "/health/ready",
        ctx -> {
          var reason = database.notReady();
          if (reason.isPresent()) {
            ctx.header("Retry-After", "5");
            problem(ctx, new Problem(503, "Not ready", reason.get()));
          } else {
            json(ctx, 200, Map.of("status", "ready"));
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
                Map.of(
                    "connections",
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
    analytics.register(routes);
    actions.register(routes);
    routes.get(
        "/api/v1/workspaces",
        ctx -> {
          admin(ctx);
          json(
              ctx,
              200,
              Map.of(
                  "workspaces",
                  workspaces.list().stream()
                      .map(w -> Map.of("id", w.id(), "name", w.name()))
                      .toList()));
        });
    routes.post("/api/v1/workspaces", this::createWorkspace);
    routes.post("/api/v1/workspaces/{id}/keys", this::createKey);
    routes.get(
        "/api/v1/workspaces/{id}/keys",
        ctx -> {
          admin(ctx);
          var keyViews =
              keys.list(existingWorkspace(ctx)).stream()
                  .map(
                      k ->
                          Map.of(
                              "id",
                              k.id(),
                              "name",
                              k.name(),
                              "hint",
                              k.hint(),
                              "admin",
                              k.admin(),
                              "created_at",
                              k.createdAt().toString()))
                  .toList();
          json(ctx, 200, Map.of("keys", keyViews));
        });
    routes.delete(
        "/api/v1/workspaces/{id}/keys/{key}",
        ctx -> {
          admin(ctx);
          var current = (ApiKey) ctx.attribute(KEY);
          if (current.id().equals(ctx.pathParam("key"))) {
            throw new Problem(
                409,
                "Cannot revoke this key",
                "This is the key making the call; revoke it with another admin key");
          }
          if (!keys.revoke(existingWorkspace(ctx), ctx.pathParam("key"), clock.instant())) {
            throw new Problem(
                404,
                "Not found",
                "There is no live key " + ctx.pathParam("key") + " in this workspace");
          }
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
    var view = new LinkedHashMap<>(TestReportView.of(report));
    if (report.accountId() == null) {
      view.put(
          "next",
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
        keys.authenticate(given.get())
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

  private static void admin(Context ctx) {
    if (!((ApiKey) ctx.attribute(KEY)).admin()) {
      throw new Problem(403, "Admin only", "Only an admin key manages workspaces and keys");
    }
  }

  private void createWorkspace(Context ctx) {
    admin(ctx);
    var body = Bodies.object(ctx);
    var errors = new ArrayList<Map<String, String>>();
    var name = Bodies.text(body, "name", errors);
    if (!plainName(name)) {
      errors.add(
          Map.of(
              "field", "name", "message", "A workspace needs a name of 1 to 100 plain characters"));
    }
    if (!errors.isEmpty()) {
      throw new Problem(400, "Invalid workspace", "The workspace has problems; see errors", errors);
    }
    if (workspaces.list().stream().anyMatch(w -> w.name().equals(name.strip()))) {
      throw new Problem(
          409,
          "Name taken",
          "A workspace named \"" + name.strip() + "\" exists; choose another name");
    }
    var workspace = workspaces.create(ids.get(), name.strip(), clock.instant());
    var key =
        keys.add(
            ids.get(),
            workspace.id(),
            "first key",
            JdbcApiKeyStore.newValue(),
            false,
            clock.instant());
    json(
        ctx,
        201,
        Map.of(
            "id",
            workspace.id(),
            "name",
            workspace.name(),
            "api_key",
            key.value(),
            "note",
            "Keep the key now: it is stored only as a hash and cannot be shown again"));
  }

  /**
   * Whether a name has 1 to 100 characters, none of them one a person cannot see or that reorders
   * what they see (the rule connection names follow).
   */
  private static boolean plainName(String name) {
    return name != null
        && !name.isBlank()
        && name.strip().length() <= 100
        && ConnectionValidator.invisible(name).isEmpty();
  }

  private String existingWorkspace(Context ctx) {
    var id = ctx.pathParam("id");
    if (workspaces.find(id).isEmpty()) {
      throw new Problem(404, "Not found", "There is no workspace " + id);
    }
    return id;
  }

  private void createKey(Context ctx) {
    admin(ctx);
    var id = existingWorkspace(ctx);
    var body = ctx.bodyAsBytes().length == 0 ? Bodies.JSON.createObjectNode() : Bodies.object(ctx);
    var errors = new ArrayList<Map<String, String>>();
    var name = Bodies.text(body, "name", errors);
    if (name != null && !name.isBlank() && !plainName(name)) {
      errors.add(Map.of("field", "name", "message", "A key's name has 1 to 100 plain characters"));
    }
    if (!errors.isEmpty()) {
      throw new Problem(400, "Invalid key", "The key has problems; see errors", errors);
    }
    var key =
        keys.add(
            ids.get(),
            id,
            name == null || name.isBlank() ? "key" : name.strip(),
            JdbcApiKeyStore.newValue(),
            false,
            clock.instant());
    json(
        ctx,
        201,
        Map.of(
            "id",
            key.key().id(),
            "workspace_id",
            id,
            "api_key",
            key.value(),
            "hint",
            key.key().hint()));
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
  static Map<String, Object> paging(int page, int perPage, int total) {
    return Map.of(
        "page", page,
        "per_page", perPage,
        "total", total,
        "total_pages", (total + perPage - 1) / perPage);
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
