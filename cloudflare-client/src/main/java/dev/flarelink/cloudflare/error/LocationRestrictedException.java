package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * The token's IP filter excludes the address the request came from (9109 "Cannot use the access
 * token from location").
 */
public final class LocationRestrictedException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String location;

  /** Made by the client's error mapper. */
  public LocationRestrictedException(
      ErrorContext context,
      String explanation,
      @Nullable String location,
      @Nullable Throwable cause) {
    super(context, explanation, cause);
    this.location = location;
  }

  /** The address Cloudflare saw, as it reported it, or {@code null}. */
  public @Nullable String location() {
    return location;
  }
}
