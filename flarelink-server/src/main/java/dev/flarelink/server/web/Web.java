package dev.flarelink.server.web;

import dev.flarelink.core.UseCases;
import dev.flarelink.server.http.Problem;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web UI under {@code /ui}: server-rendered pages over the same use cases as the REST API,
 * behind a sign-in with an API key. Every form carries the session's anti-forgery token; a POST
 * without it is refused.
 */
public final class Web {

  static final String COOKIE = "flarelink_session";
  static final String SESSION = "flarelink.session";
  private static final Set<String> OPEN = Set.of("/ui/sign-in");

  private final Sessions sessions;
  private final Views views = new Views();
  private final List<PageGroup> groups;

  /**
   * The UI over these use cases.
   *
   * @param scanInterval how often the scheduler scans each connection, or {@code null} when it does
   *     not
   */
  public Web(UseCases useCases, Duration scanInterval) {
    var clock = useCases.clock();
    this.sessions = new Sessions(useCases.access(), clock);
    var frame = new Frame(views, useCases.connections());
    this.groups =
        List.of(
            new SignInPages(sessions, views),
            new ConnectPages(useCases.connections(), frame, clock),
            new ConnectionPages(useCases, scanInterval, frame, clock),
            new IdentityPages(useCases.identity(), useCases.inventory(), frame),
            new InventoryPages(
                useCases.inventory(), new ResourceSections(useCases.resources(), clock), frame),
            new ResourcePages(useCases.resources(), useCases.inventory(), frame, clock),
            new InsightPages(useCases.analytics(), useCases.inventory(), frame, clock),
            new ActionPages(useCases.actions(), frame));
  }

  /** A set of pages that registers its own routes. */
  interface PageGroup {
    void register(RoutesConfig routes);
  }

  /** Registers the pages, the assets and the sign-in and anti-forgery checks. */
  public void register(JavalinConfig config) {
    config.staticFiles.enableWebjars();
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/ui/assets";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
    var routes = config.routes;
    routes.get("/", ctx -> ctx.redirect("/ui"));
    routes.before("/ui*", this::guard);
    groups.forEach(group -> group.register(routes));
  }

  private void guard(Context ctx) {
    var path = ctx.path();
    ctx.header("X-Frame-Options", "DENY")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
    if (path.startsWith("/ui/assets/") || OPEN.contains(path)) {
      return;
    }
    var session = sessions.find(ctx.cookie(COOKIE));
    if (session.isEmpty()) {
      if (ctx.method().name().equals("GET")) {
        ctx.redirect("/ui/sign-in?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      } else {
        ctx.header("HX-Redirect", "/ui/sign-in");
        ctx.status(401).result("Signed out; sign in again");
      }
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(SESSION, session.get());
    if (!ctx.method().name().equals("GET")) {
      var given = ctx.header("X-CSRF-Token");
      if (given == null) {
        given = ctx.formParam("_csrf");
      }
      if (!Sessions.same(session.get().csrf(), given)) {
        throw new Problem(
            403,
            "Form refused",
            "This form did not carry this session's anti-forgery token (an old tab, or another site"
                + " posting here); reload the page and send it again");
      }
    }
  }

  /** The session cookie: HttpOnly, SameSite=Strict, for the whole site. */
  static Cookie cookie(String value, int maxAgeSeconds, boolean secure) {
    var cookie = new Cookie(COOKIE, value, "/", maxAgeSeconds, secure);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    return cookie;
  }

  /**
   * Shows a problem to a person: in place for a request htmx made (where its answer would have
   * gone, or the page's problem box), otherwise as a page of its own with the way back.
   */
  public void showProblem(Context ctx, Problem problem) {
    var params = new LinkedHashMap<String, Object>();
    params.put("problem", problem);
    if (ctx.header("HX-Request") != null) {
      // Where the person acted: the element the request fills, or else the page's problem box.
      if (ctx.header("HX-Target") == null) {
        ctx.header("HX-Retarget", "#problem").header("HX-Reswap", "innerHTML");
      }
      ctx.status(200)
          .contentType("text/html; charset=utf-8")
          .result(views.html("problem.jte", params));
      return;
    }
    params.put("page", new Page(problem.title(), ctx.attribute(SESSION), null, null));
    ctx.status(problem.status());
    views.render(ctx, "error.jte", Map.copyOf(params));
  }
}
