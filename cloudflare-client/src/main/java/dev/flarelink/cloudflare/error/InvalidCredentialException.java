package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * The token or key is not valid: unknown, revoked, disabled or expired (1000, 9109, 9103), or of
 * the wrong kind for the call.
 */
public final class InvalidCredentialException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public InvalidCredentialException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
