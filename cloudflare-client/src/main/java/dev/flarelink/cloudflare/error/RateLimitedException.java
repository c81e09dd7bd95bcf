package dev.flarelink.cloudflare.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Cloudflare rate limited the credential (429; codes 971 or the legacy 10100). */
public final class RateLimitedException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public RateLimitedException(ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }

  /** How long Cloudflare asked the caller to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(context().retryAfter());
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
