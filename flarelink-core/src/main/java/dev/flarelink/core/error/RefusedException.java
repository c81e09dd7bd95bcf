package dev.flarelink.core.error;

/**
 * A request that is well formed but refused by a rule: the caller may not do it ({@link
 * Reason#NOT_PERMITTED}), or not in the current state ({@link Reason#CONFLICT}).
 */
public final class RefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Reason {
    /** The caller is not allowed to do this. */
    NOT_PERMITTED,
    /** The request conflicts with the current state. */
    CONFLICT
  }

  private final Reason reason;
  private final String title;

  /**
   * Refused for {@code reason}; {@code title} is a short summary, the message the cause and fix.
   */
  public RefusedException(Reason reason, String title, String message) {
    super(message);
    this.reason = reason;
    this.title = title;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  /** A short summary, e.g. {@code Admin only}. */
  public String title() {
    return title;
  }
}
