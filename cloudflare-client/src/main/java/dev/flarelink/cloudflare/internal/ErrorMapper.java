package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.auth.RequiredPermission;
import dev.flarelink.cloudflare.error.AccountTokenNotSupportedException;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.InvalidCredentialHeadersException;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.LocationRestrictedException;
import dev.flarelink.cloudflare.error.MissingCredentialsException;
import dev.flarelink.cloudflare.error.NoRouteException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.model.ApiMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The one place where a failed response becomes a typed {@link CloudflareException}. */
public final class ErrorMapper {

  private ErrorMapper() {}

  /**
   * Maps a failed response.
   *
   * @param htmlPage whether the body was not JSON (an edge error page)
   */
  public static CloudflareException map(
      String method,
      String path,
      int status,
      @Nullable String rayId,
      List<ApiMessage> errors,
      @Nullable Duration retryAfter,
      boolean htmlPage) {
    return map(method, path, status, rayId, errors, List.of(), retryAfter, htmlPage);
  }

  /**
   * Maps a failed response whose {@code messages} hold the details of its errors, as Page Rule
   * validation failures do ("See messages for details."): a refused request names them.
   */
  public static CloudflareException map(
      String method,
      String path,
      int status,
      @Nullable String rayId,
      List<ApiMessage> errors,
      List<ApiMessage> details,
      @Nullable Duration retryAfter,
      boolean htmlPage) {
    var context = new ErrorContext(status, errors, rayId, method, path, retryAfter);
    if (status == 429 || context.hasCode(971) || context.hasCode(10100)) {
      var wait = retryAfter == null ? "a few minutes" : seconds(retryAfter);
      return new RateLimitedException(
          context,
          "Cloudflare rate limited this credential (1200 requests per 5 minutes); wait "
              + wait
              + " before retrying, and spread calls out",
          null);
    }
    if (status >= 500) {
      return new ServerErrorException(
          context,
          "Cloudflare had a server error"
              + (htmlPage ? " and answered with an HTML page" : "")
              + "; this is usually temporary: retry later, and quote the cf-ray id if it persists",
          htmlPage,
          null);
    }
    if (context.hasCode(6003) || context.hasCode(6111) || context.hasCode(6103)) {
      return new InvalidCredentialHeadersException(context, malformedHeaders(context), null);
    }
    if (context.hasCode(9106) || context.hasCode(9107)) {
      return new MissingCredentialsException(
          context,
          "No credential reached Cloudflare; send an API token, or a Global API Key with the"
              + " email of its user",
          null);
    }
    var locationError =
        context.find(9109).filter(e -> e.message().toLowerCase(Locale.ROOT).contains("location"));
    if (locationError.isPresent()) {
      var message = locationError.get().message();
      var ip =
          message.contains(":") ? message.substring(message.lastIndexOf(':') + 1).trim() : null;
      return new LocationRestrictedException(
          context,
          "The token's IP address filter does not allow requests from "
              + (ip == null ? "this address" : ip)
              + "; add this address to the token's IP filtering, or remove the filter",
          ip,
          null);
    }
    var accountOwned =
        context
            .find(1001)
            .filter(e -> e.message().toLowerCase(Locale.ROOT).matches(".*account[ -]owned.*"));
    if (accountOwned.isPresent()) {
      return new AccountTokenNotSupportedException(
          context,
          "This endpoint accepts only user credentials and the token is account-owned; use the"
              + " account's own endpoints with the account ID, or a user-owned token",
          null);
    }
    // Code 1001 is also the plain "invalid request" or "not found" of other services (load
    // balancing, health checks, zones); only when it speaks of the credential is it about one.
    var credentialRefused =
        context
            .find(1001)
            .filter(
                e ->
                    e.message().toLowerCase(Locale.ROOT).contains("authorization")
                        || e.message().toLowerCase(Locale.ROOT).contains("token")
                        || e.message().toLowerCase(Locale.ROOT).contains("api key"));
    if (credentialRefused.isPresent()) {
      return new InvalidCredentialException(
          context,
          "This endpoint needs an API token in the Authorization header; a Global API Key cannot"
              + " be used here",
          null);
    }
    if (context.hasCode(9103)) {
      return new InvalidCredentialException(
          context,
          "Cloudflare does not know this Global API Key and email pair; copy the key from My"
              + " Profile → API Tokens and use the email of the same user",
          null);
    }
    var unauthorizedResource =
        context
            .find(9109)
            .filter(e -> e.message().toLowerCase(Locale.ROOT).contains("unauthorized"));
    if (context.hasCode(1000)
        || (context.hasCode(9109) && unauthorizedResource.isEmpty())
        || status == 401) {
      return new InvalidCredentialException(
          context,
          "Cloudflare does not accept this API token: it is unknown, revoked, disabled or expired,"
              + " or an account-owned token was checked as a user token; create a new token, or"
              + " verify an account-owned token at /accounts/{account_id}/tokens/verify",
          null);
    }
    if (unauthorizedResource.isPresent()) {
      return new PermissionDeniedException(
          context,
          "The credential is valid but its resources do not include this account or zone, or it"
              + " does not exist; check the ID, and add it under the token's Account or Zone"
              + " Resources",
          null);
    }
    if (context.hasCode(10000) || status == 403) {
      return new PermissionDeniedException(context, permissionDenied(method, path), null);
    }
    if (context.hasCode(7003) || context.hasCode(7000)) {
      return new NoRouteException(
          context,
          "Cloudflare could not route this path: an identifier in it is malformed (account, zone"
              + " and record ids are 32 lowercase hexadecimal characters)",
          null);
    }
    if (status == 404) {
      return new NotFoundException(
          context,
          "Nothing was found at this path: the id may be wrong, or the credential cannot see it",
          null);
    }
    var first = errors.isEmpty() ? "no reason given" : errors.getFirst().message();
    var detail =
        details.stream()
            .map(ApiMessage::message)
            .filter(m -> !m.isBlank())
            .collect(Collectors.joining("; "));
    if (!detail.isEmpty()) {
      first = first + ": " + detail;
    }
    return new InvalidRequestException(
        context,
        "Cloudflare refused the request (" + first + "); correct the input and retry",
        null);
  }

  private static String malformedHeaders(ErrorContext context) {
    if (context.hasCode(6111)) {
      return "The Authorization header is not a well-formed API token; paste the whole token"
          + " without spaces or quotes, and use a Global API Key as a key with its email, not as"
          + " a token";
    }
    if (context.hasCode(6102)) {
      return "X-Auth-Email is not a well-formed email address; give the email of the Cloudflare"
          + " user who owns the Global API Key";
    }
    return "X-Auth-Key is not a well-formed Global API Key; an API token may have been pasted as a"
        + " key: use it as a token instead";
  }

  private static String permissionDenied(String method, String path) {
    return RequiredPermission.forEndpoint(method, path)
        .map(
            permission ->
                "The credential is valid but may not do this; give the token the permission "
                    + permission.describe()
                    + " and make sure its resources include this account or zone")
        .orElse(
            "The credential is valid but may not do this; add the permission group this"
                + " endpoint needs, and make sure the token's resources include this account or"
                + " zone");
  }

  private static String seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000) + " s";
  }
}
