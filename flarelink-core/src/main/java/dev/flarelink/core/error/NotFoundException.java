package dev.flarelink.core.error;

/** Something asked for by id that does not exist (or is not visible to the caller). */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Nothing found; the message says what was looked for. */
  public NotFoundException(String message) {
    super(message);
  }
}
