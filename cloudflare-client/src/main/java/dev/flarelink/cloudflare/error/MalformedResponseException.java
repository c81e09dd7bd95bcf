package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * The response could not be decoded: it was not JSON, was cut off, or did not have the expected
 * shape.
 */
public final class MalformedResponseException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public MalformedResponseException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
