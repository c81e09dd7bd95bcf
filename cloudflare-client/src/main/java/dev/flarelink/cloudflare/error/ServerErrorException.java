package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/** Cloudflare answered with a 5xx, as a JSON envelope or as an HTML page from its edge. */
public final class ServerErrorException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  private final boolean htmlPage;

  /** Made by the client's error mapper. */
  public ServerErrorException(
      ErrorContext context, String explanation, boolean htmlPage, @Nullable Throwable cause) {
    super(context, explanation, cause);
    this.htmlPage = htmlPage;
  }

  /** Whether the body was an HTML error page rather than a JSON envelope. */
  public boolean isHtmlPage() {
    return htmlPage;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
