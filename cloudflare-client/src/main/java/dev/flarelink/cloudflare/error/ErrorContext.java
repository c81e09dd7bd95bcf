package dev.flarelink.cloudflare.error;

import dev.flarelink.cloudflare.model.ApiMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a failed call: the HTTP status (0 when no response arrived), every error
 * Cloudflare returned, the {@code cf-ray} id, and the request's method and path. It never holds a
 * credential.
 */
public record ErrorContext(
    int status,
    List<ApiMessage> errors,
    @Nullable String rayId,
    String method,
    String path,
    @Nullable Duration retryAfter) {

  public ErrorContext {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** Whether any error, or any entry of an error chain, has this code. */
  public boolean hasCode(int code) {
    return errors.stream().anyMatch(error -> error.allCodes().contains(code));
  }

  /** The first error carrying this code, searching the chains too. */
  public Optional<ApiMessage> find(int code) {
    for (var error : errors) {
      if (error.code() == code) {
        return Optional.of(error);
      }
      var chained =
          new ErrorContext(status, error.errorChain(), rayId, method, path, retryAfter).find(code);
      if (chained.isPresent()) {
        return chained;
      }
    }
    return Optional.empty();
  }
}
