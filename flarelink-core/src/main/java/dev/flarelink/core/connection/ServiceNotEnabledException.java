package dev.flarelink.core.connection;

/** A use of a connection for a service it does not enable. */
public final class ServiceNotEnabledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Service service;

  /** The connection does not enable {@code service}. */
  public ServiceNotEnabledException(Connection connection, Service service) {
    super(
        "Connection '"
            + connection.name()
            + "' does not enable the "
            + service.id()
            + " service ("
            + service.description()
            + "). Enable it by updating the connection's services, and give its credential "
            + String.join(", ", service.permissions())
            + ".");
    this.service = service;
  }

  /** The service that is not enabled. */
  public Service service() {
    return service;
  }

  /** Throws unless the connection enables the service. */
  public static void check(Connection connection, Service service) {
    if (!connection.services().contains(service)) {
      throw new ServiceNotEnabledException(connection, service);
    }
  }
}
