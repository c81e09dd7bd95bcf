package dev.flarelink.server.http;

import static dev.flarelink.server.http.Api.problem;

import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.connection.ConnectionNotFoundException;
import dev.flarelink.core.connection.InvalidInputException;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.inventory.ZoneNotFoundException;
import dev.flarelink.core.port.ConnectionStore.DuplicateNameException;
import dev.flarelink.core.secret.SecretBox;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/** How every failure becomes a problem response: a status, a title and the cause with its fix. */
final class Errors {

  private static final System.Logger LOG = System.getLogger("dev.flarelink.server");

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(Problem.class, (problem, ctx) -> problem(ctx, problem));
    routes.exception(
        InvalidInputException.class,
        (e, ctx) ->
            problem(
                ctx,
                new Problem(
                    400,
                    "Invalid input",
                    e.getMessage(),
                    e.problems().stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList())));
    routes.exception(
        ConnectionNotFoundException.class,
        (e, ctx) -> problem(ctx, new Problem(404, "Not found", e.getMessage())));
    routes.exception(
        ZoneNotFoundException.class,
        (e, ctx) -> problem(ctx, new Problem(404, "Zone not found", e.getMessage())));
    routes.exception(
        ServiceNotEnabledException.class,
        (e, ctx) -> problem(ctx, new Problem(409, "Service not enabled", e.getMessage())));
    routes.exception(
        ConfirmationRequiredException.class,
        (e, ctx) ->
            problem(
                ctx,
                new Problem(
                    409,
                    "Confirmation required",
                    e.getMessage(),
                    e.plan().changes().stream()
                        .map(c -> Map.of("field", "plan", "message", c))
                        .toList())));
    routes.exception(
        DuplicateNameException.class,
        (e, ctx) -> problem(ctx, new Problem(409, "Name taken", e.getMessage())));
    routes.exception(
        CloudflareException.class,
        (e, ctx) -> {
          if (e instanceof RateLimitedException limited) {
            limited
                .retryAfter()
                .ifPresent(wait -> ctx.header("Retry-After", String.valueOf(wait.toSeconds())));
          }
          problem(ctx, cloudflare(e));
        });
    routes.exception(
        SecretBox.SecretException.class,
        (e, ctx) -> problem(ctx, new Problem(500, "Secret unavailable", e.getMessage())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.log(
              System.Logger.Level.ERROR,
              "Unhandled error on " + ctx.method() + " " + ctx.path(),
              e);
          problem(
              ctx,
              new Problem(
                  500,
                  "Internal error",
                  "Something failed on the server; it is logged. Retry, and report it if it persists"));
        });
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
