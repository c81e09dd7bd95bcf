package dev.flarelink.server.web;

import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.Service;
import dev.flarelink.server.http.Errors;
import dev.flarelink.server.http.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Connecting an account: the form with its guidance, the permission groups the chosen services
 * need, a test that shows each check as it ends (without an Account ID, the accounts to pick from),
 * and Save, which takes only a tested input: never an expired or disabled token, and a failing one
 * only when the person ticks "save even though the test failed".
 */
final class ConnectPages implements Web.PageGroup {

  private static final String SALT = Sessions.token();

  private final ConnectionService connections;
  private final Frame frame;
  private final TestRuns runs;

  ConnectPages(ConnectionService connections, Frame frame, Clock clock) {
    this.connections = connections;
    this.frame = frame;
    this.runs = new TestRuns(clock);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        "/ui/connect",
        ctx ->
            frame.page(
                ctx,
                "connect.jte",
                "Connect Cloudflare",
                Map.of("services", Service.values(), "chosen", Service.readOnlyDefaults())));
    routes.post(
        "/ui/connect/permissions",
        ctx -> frame.fragment(ctx, "tag/permissions.jte", Map.of("chosen", services(ctx))));
    routes.post("/ui/connect/test", this::test);
    routes.get("/ui/tests/{run}/events", new SseHandler(this::stream));
    routes.post("/ui/connect", this::save);
  }

  private void test(Context ctx) {
    var input = input(ctx);
    connections.validateForTest(input);
    var session = Frame.session(ctx);
    var run = runs.start(session.id(), fingerprint(input));
    Thread.ofVirtual()
        .name("ui-test-" + run.id.substring(0, 6))
        .start(
            () -> {
              try {
                var report =
                    connections.testUnsaved(
                        input,
                        check -> run.add(frame.html("tag/check.jte", Map.of("check", check))));
                run.finish(
                    report,
                    frame.html("tag/testend.jte", Map.of("report", report, "runId", run.id)));
              } catch (RuntimeException e) {
                var problem = Errors.forPage(e, "connection test");
                run.finish(null, frame.html("problem.jte", Map.of("problem", problem)));
              }
            });
    frame.fragment(ctx, "tag/testrun.jte", Map.of("runId", run.id));
  }

  /** Sends each check's HTML as it comes, then the verdict with the Save button. */
  private void stream(SseClient client) {
    var ctx = client.ctx();
    var run = runs.find(Frame.session(ctx).id(), ctx.pathParam("run"));
    if (run.isEmpty()) {
      client.sendEvent(
          "end", Frame.event("<p>This test is no longer known; press Test again.</p>"));
      return;
    }
    var seen = 0;
    while (!client.terminated()) {
      TestRuns.Progress progress;
      try {
        progress = run.get().next(seen, Duration.ofSeconds(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      for (var html : progress.events()) {
        client.sendEvent("append", Frame.event(html));
        seen++;
      }
      if (progress.ending() != null && progress.events().isEmpty()) {
        client.sendEvent("end", Frame.event(progress.ending()));
        return;
      }
      if (progress.events().isEmpty()) {
        client.sendComment("waiting");
      }
    }
  }

  private void save(Context ctx) {
    var input = input(ctx);
    var run = runs.find(Frame.session(ctx).id(), ctx.formParam("test_id"));
    if (run.isEmpty() || run.get().report().isEmpty()) {
      throw new Problem(
          409, "Test first", "Press Test and let it finish; Save keeps a connection once tested");
    }
    if (!run.get().fingerprint.equals(fingerprint(input))) {
      throw new Problem(
          409,
          "Changed since the test",
          "The form changed after its test; press Test again so that what is saved is what was"
              + " tested");
    }
    var saved =
        connections.create(
            Frame.workspace(ctx),
            input,
            run.get().report().get(),
            "yes".equals(ctx.formParam("save_anyway")));
    ctx.header("HX-Redirect", "/ui/connections/" + saved.id());
    ctx.status(204);
  }

  /** The form as the use cases take it: the one secret field is a token or a key by its kind. */
  private static ConnectionInput input(Context ctx) {
    var kind = blankToNull(ctx.formParam("credential_kind"));
    var secret = blankToNull(ctx.formParam("secret"));
    var isKey = "global_api_key".equals(kind);
    return new ConnectionInput(
        blankToNull(ctx.formParam("name")),
        blankToNull(ctx.formParam("account_id")),
        kind,
        isKey ? null : blankToNull(ctx.formParam("token_type")),
        isKey ? null : secret,
        isKey ? secret : null,
        isKey ? blankToNull(ctx.formParam("email")) : null,
        ctx.formParams("services"));
  }

  private static List<Service> services(Context ctx) {
    return ctx.formParams("services").stream().flatMap(id -> Service.fromId(id).stream()).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A salted digest of every field, held in memory only, to tell a tested input from another. */
  private static String fingerprint(ConnectionInput input) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (var part :
          List.of(
              SALT,
              String.valueOf(input.name()),
              String.valueOf(input.accountId()),
              String.valueOf(input.credentialKind()),
              String.valueOf(input.tokenType()),
              String.valueOf(input.token()),
              String.valueOf(input.key()),
              String.valueOf(input.email()),
              String.valueOf(input.enabledServices()))) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
