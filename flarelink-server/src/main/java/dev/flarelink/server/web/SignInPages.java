package dev.flarelink.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;

/** Signing in with an API key, and out. */
final class SignInPages implements Web.PageGroup {

  private static final String PRE = "flarelink_signin";

  private final Sessions sessions;
  private final Views views;

  SignInPages(Sessions sessions, Views views) {
    this.sessions = sessions;
    this.views = views;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/ui/sign-in", ctx -> form(ctx, 200, null));
    routes.post("/ui/sign-in", this::signIn);
    routes.post(
        "/ui/sign-out",
        ctx -> {
          sessions.signOut(ctx.cookie(Web.COOKIE));
          ctx.cookie(Web.cookie("", 0, secure(ctx)));
          ctx.redirect("/ui/sign-in");
        });
  }

  /*
   * Before there is a session, the form's token is checked against a cookie of its own (a double
   * submit), so another site cannot sign a browser in under its own key.
   */
  private void form(Context ctx, int status, String error) {
    var token = Sessions.token();
    var cookie = Web.cookie(token, 3600, secure(ctx));
    cookie.setName(PRE);
    ctx.cookie(cookie);
    var params = new HashMap<String, Object>();
    params.put("page", new Page("Sign in", null, null, null));
    params.put("token", token);
    params.put("next", safeNext(ctx.queryParam("next")));
    params.put("error", error);
    ctx.status(status);
    views.render(ctx, "signin.jte", params);
  }

  private void signIn(Context ctx) {
    if (!Sessions.same(ctx.cookie(PRE), ctx.formParam("_csrf"))) {
      // A forged or stale form is refused (403), not an unknown key (401).
      form(ctx, 403, "The form expired or came from another site; sign in again from this page.");
      return;
    }
    var session = sessions.signIn(ctx.formParam("api_key"));
    if (session.isEmpty()) {
      form(
          ctx,
          401,
          "This API key is unknown or was revoked. Use the key ./flarelink serve printed on first"
              + " start (or FLARELINK_ADMIN_KEY), or a workspace key an admin made for you.");
      return;
    }
    ctx.cookie(Web.cookie(session.get().id(), (int) Sessions.IDLE.toSeconds(), secure(ctx)));
    ctx.redirect(safeNext(ctx.formParam("next")));
  }

  /** Only a path of this UI, so the sign-in cannot send a person elsewhere. */
  private static String safeNext(String next) {
    return next != null && next.startsWith("/ui") && !next.startsWith("/ui/sign-") ? next : "/ui";
  }

  private static boolean secure(Context ctx) {
    return ctx.scheme().equals("https");
  }
}
