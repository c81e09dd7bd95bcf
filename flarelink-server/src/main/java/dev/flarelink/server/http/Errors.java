package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.problem;

import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.connect.SaveRefusedException;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.ConnectionNotFoundException;
import dev.flarelink.core.error.DuplicateNameException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.error.RefusedException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.core.view.ProblemView.FieldError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * How every failure becomes a problem: a status, a title and the cause with its fix. The REST API
 * answers it as problem JSON; the web pages show it in place.
 */
public final class Errors {

  private static final System.Logger LOG = System.getLogger("dev.flarelink.server");

  private Errors() {}

  /**
   * Registers the one exception handler: problem JSON, except under {@code /ui/}, where {@code
   * page} shows the problem to a person.
   */
  public static void register(RoutesConfig routes, BiConsumer<Context, Problem> page) {
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          if (e instanceof RateLimitedException limited) {
            limited
                .retryAfter()
                .ifPresent(wait -> ctx.header("Retry-After", String.valueOf(wait.toSeconds())));
          }
          if (databaseDown(e)) {
            ctx.header("Retry-After", "5");
          }
          var where = ctx.method() + " " + ctx.path();
          if (ctx.path().startsWith("/ui")) {
            page.accept(ctx, forPage(e, where));
          } else {
            problem(ctx, of(e, where));
          }
        });
  }

  /**
   * The problem a failure is to a program calling the REST API; an unexpected one is logged (under
   * {@code where}) and shown without its details. Fixes name the REST way (a PATCH, a field).
   */
  public static Problem of(Exception e, String where) {
    return switch (e) {
      case ServiceNotEnabledException off ->
          new Problem(
              409,
              "Service not enabled",
              off.getMessage()
                  + " Enable it with PATCH /api/v1/connections/"
                  + off.connectionId()
                  + " and {\"enabled_services\": [...]} listing it, e.g. "
                  + jsonList(off.servicesWithIt())
                  + ".",
              List.of(FieldError.of("enabled_services", "not enabled: " + off.service().id())));
      case SaveRefusedException refused when refused.isFinal() ->
          new Problem(422, "Credential cannot be saved", refused.getMessage(), checks(refused));
      case SaveRefusedException refused ->
          new Problem(
              409,
              "Connection test failed",
              refused.getMessage()
                  + " To save it anyway, send the same body with \"save_anyway\": true.",
              checks(refused));
      default -> common(e, where);
    };
  }

  /**
   * The problem a failure is to a person on a web page: as {@link #of}, but fixes name the page's
   * way (the Edit page, the Save anyway box), and a link to act there when one helps.
   */
  public static Problem forPage(Exception e, String where) {
    return switch (e) {
      case ServiceNotEnabledException off ->
          new Problem(
              409,
              "Service not enabled",
              off.getMessage() + " Enable it on the connection's Edit page.",
              List.of(
                  new FieldError(
                      "enabled_services",
                      "Edit the connection's services",
                      "/ui/connections/" + off.connectionId() + "/edit")));
      case SaveRefusedException refused when refused.isFinal() ->
          new Problem(422, "Credential cannot be saved", refused.getMessage());
      case SaveRefusedException refused ->
          new Problem(
              409,
              "Connection test failed",
              refused.getMessage()
                  + " To keep it anyway, tick \"Save even though the test failed\" and save again.",
              checks(refused));
      default -> common(e, where);
    };
  }

  private static List<FieldError> checks(SaveRefusedException refused) {
    return refused.report().failures().stream()
        .map(c -> FieldError.of(c.id(), c.message() + (c.fix() == null ? "" : ". Fix: " + c.fix())))
        .toList();
  }

  private static String jsonList(String commaSeparated) {
    return "[\"" + String.join("\", \"", commaSeparated.split(",")) + "\"]";
  }

  /**
   * Whether the failure is the database being unreachable: the pool gave up waiting for a
   * connection (its timeout is short: a few seconds), or the connection broke (SQL state class 08,
   * connection exception).
   */
  static boolean databaseDown(Throwable e) {
    for (var cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))) {
        return true;
      }
    }
    return false;
  }

  private static Problem common(Exception e, String where) {
    if (databaseDown(e)) {
      LOG.log(System.Logger.Level.WARNING, "The database did not answer on " + where + ": " + e);
      return new Problem(
          503,
          "Database unavailable",
          "The database is unreachable (it did not answer in time, or the connection to it"
              + " broke), so the call did not complete. Check that it"
              + " is running and reachable (GET /health/ready says when it is back), then retry");
    }
    return switch (e) {
      case Problem problem -> problem;
      case InvalidInputException invalid ->
          new Problem(
              400,
              "Invalid input",
              invalid.getMessage(),
              invalid.problems().stream().map(p -> FieldError.of(p.field(), p.message())).toList());
      case ConnectionNotFoundException missing -> new Problem(404, "Not found", e.getMessage());
      case ZoneNotFoundException missing -> new Problem(404, "Zone not found", e.getMessage());
      case ConfirmationRequiredException unconfirmed ->
          new Problem(
              409,
              "Confirmation required",
              e.getMessage(),
              unconfirmed.plan().changes().stream().map(c -> FieldError.of("plan", c)).toList());
      case DuplicateNameException taken -> new Problem(409, "Name taken", e.getMessage());
      case NotFoundException missing -> new Problem(404, "Not found", e.getMessage());
      case RefusedException refused ->
          new Problem(
              switch (refused.reason()) {
                case NOT_PERMITTED -> 403;
                case CONFLICT -> 409;
              },
              refused.title(),
              e.getMessage());
      case CloudflareException cloudflare -> cloudflare(cloudflare);
      case SecretBox.SecretException secret ->
          new Problem(500, "Secret unavailable", e.getMessage());
      default -> {
        LOG.log(System.Logger.Level.ERROR, "Unhandled error on " + where, e);
        yield new Problem(
            500,
            "Internal error",
            "Something failed on the server; it is logged. Retry, and report it if it persists");
      }
    };
  }

  /**
   * A Cloudflare failure as the caller should see it: the credential's fault is the connection's to
   * fix (424), a rate limit is a reason to wait (503), anything else is Cloudflare's (502).
   */
  private static Problem cloudflare(CloudflareException e) {
    var body = e.explanation() + (e.rayId() == null ? "" : " (cf-ray " + e.rayId() + ")");
    if (e instanceof GraphQlException refused && !refused.isRetryable()) {
      return new Problem(
          422,
          "GraphQL query refused",
          "Cloudflare refused the query: "
              + String.join("; ", refused.graphQlErrors())
              + ". Its limits: at most 10 zones or 1 account per query, hourly datasets 3 days"
              + " per query and 31 days back, daily datasets 366 days, 300 queries per 5"
              + " minutes.");
    }
    if (e instanceof PermissionDeniedException) {
      return new Problem(424, "Cloudflare permission missing", body);
    }
    if (e instanceof InvalidCredentialException) {
      return new Problem(424, "Cloudflare credential rejected", body);
    }
    if (e instanceof RateLimitedException) {
      return new Problem(503, "Cloudflare rate limit", body);
    }
    return new Problem(502, "Cloudflare failed", body);
  }
}
