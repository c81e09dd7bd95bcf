package dev.flarelink.mcp;

import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.ConnectionNotFoundException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.view.ToolErrorView;

/**
 * How a failure reaches the agent: a tool error with what went wrong, the cause, the fix, and
 * whether and when to retry. Never a stack trace; an unexpected failure is logged here.
 */
final class ToolErrors {

  private static final System.Logger LOG = System.getLogger("dev.flarelink.mcp");

  private ToolErrors() {}

  /** The error as structured content. */
  static ToolErrorView of(String tool, RuntimeException e) {
    return switch (e) {
      case InvalidInputException invalid ->
          error(
              "invalid_arguments",
              invalid.getMessage(),
              "Correct the arguments named and call "
                  + tool
                  + " again; its input schema lists them",
              false,
              null);
      case ConnectionNotFoundException missing ->
          error(
              "connection_not_found",
              missing.getMessage(),
              "Call list_connections and pass one of its names or ids as connection",
              false,
              null);
      case ZoneNotFoundException missing ->
          error(
              "zone_not_found",
              missing.getMessage(),
              "Call search_zones to find the zone's exact name or id",
              false,
              null);
      case NotFoundException missing ->
          error(
              "not_found",
              missing.getMessage(),
              "Check the id (the search tools list what there is); for something made since the"
                  + " last scan, call again with fresh: true",
              false,
              null);
      case ServiceNotEnabledException disabled ->
          error(
              "service_not_enabled",
              disabled.getMessage(),
              "A person must enable the service \""
                  + disabled.service().id()
                  + "\" on the connection (and give its token the permissions: "
                  + String.join(", ", disabled.service().permissions())
                  + "); an agent cannot. They can do it with ./flarelink connections edit "
                  + disabled.connectionId()
                  + " --services "
                  + disabled.servicesWithIt()
                  + ", with PATCH /api/v1/connections/"
                  + disabled.connectionId()
                  + " and enabled_services, or on the connection's Edit page in the web UI",
              false,
              null);
      case ConfirmationRequiredException confirm ->
          error(
              "confirmation_required",
              confirm.getMessage(),
              "Show the plan to the person, and call again with confirm: true only if they agree",
              false,
              null);
      case GraphQlException refused when !refused.isRetryable() ->
          error(
              "graphql_refused",
              "Cloudflare refused the query: " + String.join("; ", refused.graphQlErrors()),
              "Fix the query. Limits: at most 10 zones or 1 account per query; hourly datasets"
                  + " cover 3 days per query and 31 days back, daily datasets 366 days; add a"
                  + " limit; 300 queries per 5 minutes",
              false,
              null);
      case RateLimitedException limited ->
          error(
              "rate_limited",
              limited.explanation(),
              "Wait, then retry; every Cloudflare call of this credential is blocked meanwhile",
              true,
              limited.retryAfter().map(d -> Math.max(1, d.toSeconds())).orElse(60L));
      case PermissionDeniedException denied ->
          error(
              "permission_missing",
              denied.explanation(),
              "A person must add the permission to the connection's token; call explain for what"
                  + " each tool needs",
              false,
              null);
      case InvalidCredentialException rejected ->
          error(
              "credential_rejected",
              rejected.explanation(),
              "A person must replace the connection's credential and test it",
              false,
              null);
      case CloudflareException failed ->
          error(
              "cloudflare_failed",
              failed.explanation()
                  + (failed.rayId() == null ? "" : " (cf-ray " + failed.rayId() + ")"),
              failed.isRetryable() ? "Retry in a little while" : "Check the arguments",
              failed.isRetryable(),
              failed.isRetryable() ? 30L : null);
      default -> {
        LOG.log(System.Logger.Level.ERROR, "Tool " + tool + " failed unexpectedly", e);
        yield error(
            "internal_error",
            "Something failed inside Flarelink; it is logged",
            "Retry once; if it fails again, report it",
            true,
            5L);
      }
    };
  }

  private static ToolErrorView error(
      String kind, String cause, String fix, boolean retryable, Long retryAfterSeconds) {
    return new ToolErrorView(kind, cause, fix, retryable, retryAfterSeconds);
  }
}
