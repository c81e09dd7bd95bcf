package dev.flarelink.cloudflare.error;

/** The request carried no credential headers (9106). */
public final class MissingCredentialsException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  /** Made by the client's error mapper. */
  public MissingCredentialsException(ErrorContext context, String explanation, Throwable cause) {
    super(context, explanation, cause);
  }
}
