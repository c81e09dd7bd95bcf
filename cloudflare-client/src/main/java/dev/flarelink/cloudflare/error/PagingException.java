package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.Nullable;

/**
 * A list did not page as Cloudflare documents, for example a page that repeats the previous one;
 * the stream stops instead of looping or truncating silently.
 */
public final class PagingException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public PagingException(ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(context, explanation, cause);
  }
}
