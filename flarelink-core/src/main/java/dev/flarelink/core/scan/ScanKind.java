package dev.flarelink.core.scan;

import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a scan reads, and the connection service that must be enabled for it. */
public enum ScanKind {
  /** Members, roles, 2FA and "last seen acting". */
  IDENTITY("identity", Service.IDENTITY),
  /**
   * Zones, their settings and their DNS records, and the resource catalogue's types the connection
   * enables.
   */
  INVENTORY("inventory", Service.INVENTORY);

  private final String id;
  private final Service service;

  ScanKind(String id, Service service) {
    this.id = id;
    this.service = service;
  }

  /** The identifier used in storage, JSON and on the command line. */
  public String id() {
    return id;
  }

  /** The connection service this kind of scan serves. */
  public Service service() {
    return service;
  }

  /**
   * The kind with this identifier, or bad input naming {@code field} and the kinds there are.
   *
   * @throws dev.flarelink.core.error.InvalidInputException when there is no such kind
   */
  public static ScanKind named(String field, String id) {
    return fromId(id)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    field,
                    "must be one of "
                        + String.join(", ", Arrays.stream(values()).map(ScanKind::id).toList())
                        + ", was "
                        + id));
  }

  /** The kind with this identifier. */
  public static Optional<ScanKind> fromId(String id) {
    var normal = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.id.equals(normal)).findFirst();
  }
}
