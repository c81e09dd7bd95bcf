package dev.flarelink.core.connection;

import java.util.ArrayList;

/**
 * A use of a connection for a service it does not enable. It carries the facts (the connection and
 * the service); each face words how to enable it there, since only the face knows its own way.
 */
public final class ServiceNotEnabledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Service service;
  private final String connectionId;
  private final String connectionName;
  private final String servicesWithIt;

  /** The connection does not enable {@code service}. */
  public ServiceNotEnabledException(Connection connection, Service service) {
    super(
        "Connection '"
            + connection.name()
            + "' does not enable the "
            + service.id()
            + " service ("
            + service.description()
            + "); its credential needs "
            + String.join(", ", service.permissions())
            + " for it.");
    this.service = service;
    this.connectionId = connection.id();
    this.connectionName = connection.name();
    var ids = new ArrayList<String>();
    connection.services().forEach(s -> ids.add(s.id()));
    ids.add(service.id());
    this.servicesWithIt = String.join(",", ids);
  }

  /** The service that is not enabled. */
  public Service service() {
    return service;
  }

  /** The connection's id. */
  public String connectionId() {
    return connectionId;
  }

  /** The connection's name. */
  public String connectionName() {
    return connectionName;
  }

  /**
   * The service ids the connection would enable with this one added, comma-separated, as a face
   * shows them in its fix (e.g. {@code identity,inventory,dns_write}).
   */
  public String servicesWithIt() {
    return servicesWithIt;
  }

  /** Throws unless the connection enables the service. */
  public static void check(Connection connection, Service service) {
    if (!connection.services().contains(service)) {
      throw new ServiceNotEnabledException(connection, service);
    }
  }
}
