package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * The credential headers are malformed (6003 with 6111, 6103 or 6102): the value is not a token or
 * key of the stated kind.
 */
public final class InvalidCredentialHeadersException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public InvalidCredentialHeadersException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
