package dev.flarelink.app.service;

import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.mcp.FlarelinkMcp;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.server.HttpService;
import dev.flarelink.server.ServletMount;
import dev.flarelink.wiring.ScanScheduler;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole service as {@code serve} and {@code demo} run it: the {@link Wiring}, the admin key,
 * the HTTP face with MCP mounted at {@code /mcp}, and the scan scheduler. Close it to stop.
 */
public final class FlarelinkServer implements AutoCloseable {

  /** The workspace the admin key belongs to, made on first start. */
  public static final String DEFAULT_WORKSPACE = Wiring.DEFAULT_WORKSPACE;

  private final Wiring wiring;
  private final HttpService http;
  private final ScanScheduler scheduler;
  private final String generatedAdminKey;

  private FlarelinkServer(
      Wiring wiring, HttpService http, ScanScheduler scheduler, String generatedAdminKey) {
    this.wiring = wiring;
    this.http = http;
    this.scheduler = scheduler;
    this.generatedAdminKey = generatedAdminKey;
  }

  /** Starts the service without MCP. */
  public static FlarelinkServer start(
      ServerSettings settings, Map<String, String> environment, Clock clock) {
    return start(settings, environment, clock, null);
  }

  /**
   * Starts the service with these settings, reading FLARELINK_MASTER_KEY and FLARELINK_ADMIN_KEY
   * from {@code environment}; with {@code mcp} given, MCP is served at {@code /mcp}.
   */
  public static FlarelinkServer start(
      ServerSettings settings, Map<String, String> environment, Clock clock, McpOptions mcp) {
    var wiring = Wiring.open(settings, environment, clock);
    try {
      var generated = wiring.access().ensureAdminKey(environment.get("FLARELINK_ADMIN_KEY"));
      var mounts =
          mcp == null ? List.<ServletMount>of() : List.of(mcpMount(FlarelinkMcp.http(wiring, mcp)));
      var http =
          HttpService.start(
              wiring,
              new HttpService.Settings(settings.host(), settings.port(), settings.scanInterval()),
              mounts);
      // Runs even with scheduled scans off: interrupted scans resume whatever the interval.
      var scheduler = wiring.startScheduler(settings.scanInterval());
      return new FlarelinkServer(wiring, http, scheduler, generated.orElse(null));
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
  }

  private static ServletMount mcpMount(FlarelinkMcp.HttpEndpoint endpoint) {
    return new ServletMount(
        "/mcp/*", endpoint.servlet(), Optional.of(endpoint.apiKeyCheck()), endpoint.close());
  }

  /** The service's address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return http.url();
  }

  /** The admin key made on this first start, to show once; empty on later starts. */
  public Optional<String> generatedAdminKey() {
    return Optional.ofNullable(generatedAdminKey);
  }

  /** The object graph the service runs on, for benchmarks and tests that watch it. */
  public Wiring wiring() {
    return wiring;
  }

  /** The connection use cases, for the demo. */
  public ConnectionService connections() {
    return wiring.connections();
  }

  /** The scan use cases, for the demo. */
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
