package dev.flarelink.app.service;

import dev.flarelink.cli.Storage;
import dev.flarelink.cli.StorageLocation;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.time.Clock;

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
    return new ServerSettings(
        "127.0.0.1",
        0,
        location.databaseUrl(),
        location.dataDir(),
        location.cloudflareBaseUrl(),
        null);
  }
}
