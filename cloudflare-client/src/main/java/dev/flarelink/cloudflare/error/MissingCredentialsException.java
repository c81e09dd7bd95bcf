package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/** The request carried no credential headers (9106). */
public final class MissingCredentialsException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public MissingCredentialsException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
