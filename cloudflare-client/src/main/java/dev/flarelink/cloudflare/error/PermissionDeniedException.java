package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * The credential is valid but lacks a permission group, or its resources exclude the account or
 * zone (10000, 9109).
 */
public final class PermissionDeniedException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public PermissionDeniedException(
      ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
