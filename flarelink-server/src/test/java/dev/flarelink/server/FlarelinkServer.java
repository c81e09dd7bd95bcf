package dev.flarelink.server;

import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.wiring.ScanScheduler;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service as the HTTP face's tests run it (the app's composition without MCP): the {@link
 * Wiring}, the admin key, the HTTP face and the scan scheduler. Close it to stop.
 *
 * @param generatedAdminKey the admin key made on this first start, to show once; empty on later
 *     starts
 */
public record FlarelinkServer(
    Wiring wiring, HttpService http, ScanScheduler scheduler, Optional<String> generatedAdminKey)
    implements AutoCloseable {

  /** The workspace the admin key belongs to, made on first start. */
  public static final String DEFAULT_WORKSPACE = Wiring.DEFAULT_WORKSPACE;

  /**
   * Starts the service with these settings, reading FLARELINK_MASTER_KEY and FLARELINK_ADMIN_KEY
   * from {@code environment}.
   */
  public static FlarelinkServer start(
      ServerSettings settings, Map<String, String> environment, Clock clock) {
    var wiring = Wiring.open(settings, environment, clock);
    try {
      var generated = wiring.access().ensureAdminKey(environment.get("FLARELINK_ADMIN_KEY"));
      var http =
          HttpService.start(
              wiring,
              new HttpService.Settings(settings.host(), settings.port(), settings.scanInterval()),
              List.of());
      return new FlarelinkServer(
          wiring, http, wiring.startScheduler(settings.scanInterval()), generated);
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
  }

  /**
   * Starts the service as most tests do: on a free port of the loopback, against the simulator,
   * with this admin key and its data in {@code dataDir}.
   *
   * @param databaseUrl the database, or {@code null} for the embedded one in {@code dataDir}
   */
  public static FlarelinkServer start(
      CloudflareSimulator sim, Path dataDir, String databaseUrl, String adminKey) {
    return start(
        new ServerSettings("127.0.0.1", 0, databaseUrl, dataDir, sim.baseUrl(), null),
        Map.of("FLARELINK_ADMIN_KEY", adminKey),
        Clock.systemUTC());
  }

  /** The service's address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return http.url();
  }

  /** The connection use cases. */
  public ConnectionService connections() {
    return wiring.connections();
  }

  /** The scan use cases. */
  public ScanService scans() {
    return wiring.scans();
  }

  @Override
  public void close() {
    scheduler.close();
    http.close();
    wiring.close();
  }
}
