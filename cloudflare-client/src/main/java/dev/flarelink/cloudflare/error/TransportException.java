package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/** No complete response arrived: the connection failed, was closed early, or timed out. */
public final class TransportException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  private final boolean requestSent;

  /** Made by the client's transport. */
  public TransportException(
      ErrorContext context, String explanation, boolean requestSent, @Nullable Throwable cause) {
    super(context, explanation, cause);
    this.requestSent = requestSent;
  }

  /**
   * Whether the request may have reached Cloudflare. A write is retried only when this is false,
   * because otherwise it may already have been applied.
   */
  public boolean requestSent() {
    return requestSent;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
