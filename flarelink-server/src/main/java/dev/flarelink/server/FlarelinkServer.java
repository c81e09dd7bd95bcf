package dev.flarelink.server;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.secret.MasterKeys;
import dev.flarelink.server.http.Api;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcApiKeyStore;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcWorkspaceStore;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The composition root of the service: builds the database, the secret box, the stores, the use
 * cases and the HTTP API with {@code new}, and starts them. Close it to stop.
 */
public final class FlarelinkServer implements AutoCloseable {

  /** The workspace the admin key belongs to, made on first start. */
  public static final String DEFAULT_WORKSPACE = "default";

  private final Database database;
  private final Javalin http;
  private final String generatedAdminKey;
  private final ConnectionService connections;

  private FlarelinkServer(
      Database database, Javalin http, String generatedAdminKey, ConnectionService connections) {
    this.database = database;
    this.http = http;
    this.generatedAdminKey = generatedAdminKey;
    this.connections = connections;
  }

  /**
   * Starts the service with these settings, reading FLARELINK_MASTER_KEY and FLARELINK_ADMIN_KEY
   * from {@code environment}.
   */
  public static FlarelinkServer start(
      ServerSettings settings, Map<String, String> environment, Clock clock) {
    var database =
        settings.databaseUrl() == null
            ? Database.sqlite(settings.dataDir())
            : Database.open(settings.databaseUrl(), null);
    try {
      var box = MasterKeys.load(environment, settings.dataDir());
      var workspaces = new JdbcWorkspaceStore(database);
      var keys = new JdbcApiKeyStore(database);
      Supplier<String> ids = FlarelinkServer::newId;
      if (workspaces.find(DEFAULT_WORKSPACE).isEmpty()) {
        workspaces.create(DEFAULT_WORKSPACE, "Default", clock.instant());
      }
      String generated = null;
      var fromEnvironment = environment.get("FLARELINK_ADMIN_KEY");
      if (fromEnvironment != null && !fromEnvironment.isBlank()) {
        if (keys.authenticate(fromEnvironment.strip()).isEmpty()) {
          keys.add(
              ids.get(),
              DEFAULT_WORKSPACE,
              "admin (FLARELINK_ADMIN_KEY)",
              fromEnvironment.strip(),
              true,
              clock.instant());
        }
      } else if (!keys.hasAdmin()) {
        generated = JdbcApiKeyStore.newValue();
        keys.add(ids.get(), DEFAULT_WORKSPACE, "admin", generated, true, clock.instant());
      }
      var tester =
          new ConnectionTester(
              credential ->
                  CloudflareClient.builder()
                      .baseUrl(settings.cloudflareBaseUrl())
                      .credential(credential)
                      .retryPolicy(
                          RetryPolicy.DEFAULT
                              .withMaxAttempts(2)
                              .withMaxRetryAfter(Duration.ofSeconds(5)))
                      .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20))
                      .build(),
              clock);
      var connections =
          new ConnectionService(new JdbcConnectionStore(database), box, tester, clock, ids);
      var api = new Api(connections, keys, workspaces, clock, ids);
      var http =
          Javalin.create(
              config -> {
                config.startup.showJavalinBanner = false;
                api.register(config);
              });
      http.start(settings.host(), settings.port());
      return new FlarelinkServer(database, http, generated, connections);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  static String newId() {
    var bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The service's address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return "http://127.0.0.1:" + http.port();
  }

  /** The admin key made on this first start, to show once; empty on later starts. */
  public Optional<String> generatedAdminKey() {
    return Optional.ofNullable(generatedAdminKey);
  }

  /** The connection use cases, for the composition of the CLI and the demo. */
  public ConnectionService connections() {
    return connections;
  }

  @Override
  public void close() {
    http.stop();
    database.close();
  }
}
