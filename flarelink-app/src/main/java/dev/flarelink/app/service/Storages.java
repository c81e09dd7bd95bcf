package dev.flarelink.app.service;

import dev.flarelink.cli.Storage;
import dev.flarelink.cli.StorageLocation;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The storage the CLI's commands open: the same {@link Wiring} the service runs on. */
public final class Storages {

  private Storages() {}

  /** Opens a location as {@code serve} would, without scheduled scans. */
  public static Storage wiring() {
    return (location, environment) ->
        Wiring.open(settings(location), environment, Clock.systemUTC());
  }

  /** The service's settings for a storage location, for a process that serves nothing. */
  public static ServerSettings settings(StorageLocation location) {
    return settings(location, "127.0.0.1", 0, null);
  }

  /**
   * The service's settings for a storage location, served at {@code host:port}, scanning every
   * {@code scanInterval} ({@code null}: not on a schedule).
   */
  public static ServerSettings settings(
      StorageLocation location, String host, int port, @Nullable Duration scanInterval) {
    return new ServerSettings(
        host,
        port,
        location.databaseUrl(),
        location.dataDir(),
        location.cloudflareBaseUrl(),
        scanInterval);
  }
}
