package dev.flarelink.simulator.http;

/** Thrown by a handler to answer with an error response. */
public final class SimException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SimResponse response;

  /** Answers with this response. */
  public SimException(SimResponse response) {
    super("HTTP " + response.status(), null, false, false);
    this.response = response;
  }

  /** The response to send. */
  public SimResponse response() {
    return response;
  }
}
