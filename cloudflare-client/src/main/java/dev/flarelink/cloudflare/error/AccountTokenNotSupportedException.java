package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/** An account-owned token was used on an endpoint that only accepts user credentials (1001). */
public final class AccountTokenNotSupportedException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public AccountTokenNotSupportedException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
