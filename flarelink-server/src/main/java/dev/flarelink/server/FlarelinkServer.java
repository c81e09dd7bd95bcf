package dev.flarelink.server;

import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.server.http.Api;
import dev.flarelink.server.web.Web;
import dev.flarelink.store.JdbcApiKeyStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service: the {@link Wiring} of stores and use cases, the admin key, and the HTTP API on top.
 * Close it to stop.
 */
public final class FlarelinkServer implements AutoCloseable {

  /** The workspace the admin key belongs to, made on first start. */
  public static final String DEFAULT_WORKSPACE = Wiring.DEFAULT_WORKSPACE;

  private final Wiring wiring;
  private final Javalin http;
  private final ScanScheduler scheduler;
  private final String generatedAdminKey;

  private FlarelinkServer(
      Wiring wiring, Javalin http, ScanScheduler scheduler, String generatedAdminKey) {
    this.wiring = wiring;
    this.http = http;
    this.scheduler = scheduler;
    this.generatedAdminKey = generatedAdminKey;
  }

  /**
   * Something more the service serves beside the REST API (the MCP endpoint), given the wiring and
   * the HTTP configuration before the server starts.
   */
  @FunctionalInterface
  public interface Extension {
    /** Registers this extension's handlers. */
    void register(Wiring wiring, JavalinConfig config);
  }

  /**
   * Starts the service with these settings, reading FLARELINK_MASTER_KEY and FLARELINK_ADMIN_KEY
   * from {@code environment}.
   */
  public static FlarelinkServer start(
      ServerSettings settings, Map<String, String> environment, Clock clock) {
    return start(settings, environment, clock, List.of());
  }

  /** Starts the service as {@link #start(ServerSettings, Map, Clock)} does, with extensions. */
  public static FlarelinkServer start(
      ServerSettings settings,
      Map<String, String> environment,
      Clock clock,
      List<Extension> extensions) {
    var wiring = Wiring.open(settings, environment, clock);
    try {
      var keys = wiring.keys();
      String generated = null;
      var fromEnvironment = environment.get("FLARELINK_ADMIN_KEY");
      if (fromEnvironment != null && !fromEnvironment.isBlank()) {
        if (keys.authenticate(fromEnvironment.strip()).isEmpty()) {
          keys.add(
              wiring.ids().get(),
              DEFAULT_WORKSPACE,
              "admin (FLARELINK_ADMIN_KEY)",
              fromEnvironment.strip(),
              true,
              clock.instant());
        }
      } else if (!keys.hasAdmin()) {
        generated = JdbcApiKeyStore.newValue();
        keys.add(wiring.ids().get(), DEFAULT_WORKSPACE, "admin", generated, true, clock.instant());
      }
      var api = new Api(wiring, clock);
      var web = new Web(wiring, settings.scanInterval(), clock);
      var http =
          Javalin.create(
              config -> {
                config.startup.showJavalinBanner = false;
                api.register(config, web::showProblem);
                web.register(config);
                extensions.forEach(extension -> extension.register(wiring, config));
              });
      http.start(settings.host(), settings.port());
      // Runs even with scheduled scans off: interrupted scans resume whatever the interval.
      var scheduler =
          settings.scanInterval() == null
              ? ScanScheduler.resumeOnly(wiring.scans(), ScanScheduler.TICK)
              : ScanScheduler.start(
                  wiring.database().dataSource(),
                  wiring.scans(),
                  settings.scanInterval(),
                  ScanScheduler.TICK,
                  wiring.scans().owner());
      return new FlarelinkServer(wiring, http, scheduler, generated);
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
  }

  /** The service's address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return "http://127.0.0.1:" + http.port();
  }

  /** The admin key made on this first start, to show once; empty on later starts. */
  public Optional<String> generatedAdminKey() {
    return Optional.ofNullable(generatedAdminKey);
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
    if (scheduler != null) {
      scheduler.close();
    }
    http.stop();
    wiring.close();
  }
}
