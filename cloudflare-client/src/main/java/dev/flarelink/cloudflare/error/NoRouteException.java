package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * Cloudflare could not route the path, usually because an identifier in it is malformed (7003,
 * 7000).
 */
public final class NoRouteException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public NoRouteException(ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
