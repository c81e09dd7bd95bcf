package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/** The identifier is well formed but names nothing the credential can see (404). */
public final class NotFoundException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public NotFoundException(ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
