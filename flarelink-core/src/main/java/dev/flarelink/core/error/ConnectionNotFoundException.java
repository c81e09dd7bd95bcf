package dev.flarelink.core.error;

/** No connection with this id in the workspace (another workspace's connections are never seen). */
public final class ConnectionNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  public ConnectionNotFoundException(String id) {
    super("There is no connection " + id + " in this workspace; list them to see their ids");
  }
}
