package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/** Cloudflare refused the request's parameters or body (another 4xx). */
public final class InvalidRequestException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public InvalidRequestException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
