package dev.flarelink.core.error;

/** A name that is already taken where names must be unique. */
public final class DuplicateNameException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private DuplicateNameException(String message) {
    super(message);
  }

  /** A connection name taken in its workspace. */
  public static DuplicateNameException connection(String name) {
    return new DuplicateNameException(
        "A connection named \""
            + name
            + "\" already exists in this workspace; choose another name");
  }

  /** A workspace name taken in this service. */
  public static DuplicateNameException workspace(String name) {
    return new DuplicateNameException(
        "A workspace named \"" + name + "\" exists; choose another name");
  }
}
