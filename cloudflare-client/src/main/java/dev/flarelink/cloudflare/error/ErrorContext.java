package dev.flarelink.cloudflare.error;

import dev.flarelink.cloudflare.model.ApiMessage;
import java.util.List;

/**
 * What is known of a failed call: the HTTP status (0 when no response arrived), every error
 * Cloudflare returned, the {@code cf-ray} id, and the request's method and path. It never holds a
 * credential.
 */
public record ErrorContext(
    int status,
    List<ApiMessage> errors,
    String rayId,
    String method,
    String path,
    java.time.Duration retryAfter) {

  public ErrorContext {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** Whether any error, or any entry of an error chain, has this code. */
  public boolean hasCode(int code) {
    return errors.stream().anyMatch(error -> error.allCodes().contains(code));
  }

  /** The first error carrying this code, searching the chains too. */
  public java.util.Optional<ApiMessage> find(int code) {
    for (var error : errors) {
      if (error.code() == code) {
        return java.util.Optional.of(error);
      }
      var chained =
          new ErrorContext(status, error.errorChain(), rayId, method, path, retryAfter).find(code);
      if (chained.isPresent()) {
        return chained;
      }
    }
    return java.util.Optional.empty();
  }
}
