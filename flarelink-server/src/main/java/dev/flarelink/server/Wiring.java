package dev.flarelink.server;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.CloudflareClientBuilder;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.action.ActionRegistry;
import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.analytics.AnalyticsQueries;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.InventoryScanner;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.secret.MasterKeys;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcActionAuditStore;
import dev.flarelink.store.JdbcApiKeyStore;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcIdentityStore;
import dev.flarelink.store.JdbcInventoryStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.JdbcWorkspaceStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Everything the service and the CLI build from the same settings, with {@code new}: the database,
 * the secret box, the stores and the use cases. Close it to release the database.
 */
public final class Wiring implements AutoCloseable {

  /** The workspace the admin key and the CLI work in unless told otherwise. */
  public static final String DEFAULT_WORKSPACE = "default";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;
  private final JdbcConnectionStore connectionStore;
  private final SecretBox box;
  private final JdbcWorkspaceStore workspaces;
  private final JdbcApiKeyStore keys;
  private final ConnectionService connections;
  private final ScanService scans;
  private final IdentityQueries identity;
  private final InventoryQueries inventory;
  private final AnalyticsQueries analytics;
  private final ActionService actions;
  private final Supplier<String> ids = Wiring::newId;
  private final Clock clock;

  private Wiring(ServerSettings settings, Map<String, String> environment, Clock clock) {
    this.clock = clock;
    this.database =
        settings.databaseUrl() == null
            ? Database.sqlite(settings.dataDir())
            : Database.open(settings.databaseUrl(), null);
    try {
      this.connectionStore = new JdbcConnectionStore(database);
      this.box = MasterKeys.load(environment, settings.dataDir(), keyIdsInUse());
      this.workspaces = new JdbcWorkspaceStore(database);
      this.keys = new JdbcApiKeyStore(database);
      if (workspaces.find(DEFAULT_WORKSPACE).isEmpty()) {
        workspaces.create(DEFAULT_WORKSPACE, "Default", clock.instant());
      }
      var tester = tester(settings.cloudflareBaseUrl(), clock);
      this.connections = new ConnectionService(connectionStore, box, tester, clock, ids);
      var scanStore = new JdbcScanStore(database);
      var identityStore = new JdbcIdentityStore(database);
      var inventoryStore = new JdbcInventoryStore(database);
      var baseUrl = settings.cloudflareBaseUrl();
      var session =
          new ScanSession(
              connections, scanStore, credential -> scanClient(baseUrl, credential), clock);
      var scanners =
          List.of(
              new IdentityScanner(session, identityStore),
              new InventoryScanner(session, inventoryStore));
      this.scans = new ScanService(connections, scanStore, scanners, clock, Sleeper.system(), ids);
      this.identity = new IdentityQueries(connections, identityStore, scanStore, clock);
      this.inventory =
          new InventoryQueries(
              connections,
              inventoryStore,
              scanStore,
              credential -> queryClient(baseUrl, credential));
      this.analytics =
          new AnalyticsQueries(connections, credential -> queryClient(baseUrl, credential), clock);
      this.actions =
          new ActionService(
              connections,
              ActionRegistry.standard(),
              new JdbcActionAuditStore(database),
              credential -> queryClient(baseUrl, credential),
              clock,
              ids);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Opens the database (running migrations), loads the master key and builds the use cases. */
  public static Wiring open(ServerSettings settings, Map<String, String> environment, Clock clock) {
    return new Wiring(settings, environment, clock);
  }

  /**
   * The connection tester every face uses: Cloudflare at {@code baseUrl}, two attempts, and no wait
   * longer than 5 s, because a person is waiting for the answer.
   */
  public static ConnectionTester tester(String baseUrl, Clock clock) {
    return new ConnectionTester(
        credential ->
            CloudflareClient.builder()
                .baseUrl(baseUrl)
                .credential(credential)
                .retryPolicy(
                    RetryPolicy.DEFAULT.withMaxAttempts(2).withMaxRetryAfter(Duration.ofSeconds(5)))
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20))
                .build(),
        clock);
  }

  /**
   * The client a scan uses: patient, because no person waits on it; it sits out rate-limit waits of
   * up to one budget window and retries the rest.
   */
  static CloudflareClientBuilder scanClient(String baseUrl, Credential credential) {
    return CloudflareClient.builder()
        .baseUrl(baseUrl)
        .credential(credential)
        .retryPolicy(
            RetryPolicy.DEFAULT.withMaxAttempts(10).withMaxRetryAfter(Duration.ofMinutes(6)))
        .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  /**
   * The client of a query a person waits for ({@code fresh=true}): three attempts, and no wait
   * longer than 10 s.
   */
  static CloudflareClient queryClient(String baseUrl, Credential credential) {
    return CloudflareClient.builder()
        .baseUrl(baseUrl)
        .credential(credential)
        .retryPolicy(
            RetryPolicy.DEFAULT.withMaxAttempts(3).withMaxRetryAfter(Duration.ofSeconds(10)))
        .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
        .build();
  }

  /** A new 32-hex identifier. */
  public static String newId() {
    var bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The clock every use case reads. */
  public Clock clock() {
    return clock;
  }

  /** The connection use cases. */
  public ConnectionService connections() {
    return connections;
  }

  /** The scan use cases. */
  public ScanService scans() {
    return scans;
  }

  /** What the identity scans found. */
  public IdentityQueries identity() {
    return identity;
  }

  /** What the inventory scans found, and fresh reads of the same. */
  public InventoryQueries inventory() {
    return inventory;
  }

  /** Alerts and analytics, read from Cloudflare. */
  public AnalyticsQueries analytics() {
    return analytics;
  }

  /** Actions and their audit trail. */
  public ActionService actions() {
    return actions;
  }

  /** The database, for the scheduler's table. */
  public Database database() {
    return database;
  }

  /** The secret box in force. */
  public SecretBox secretBox() {
    return box;
  }

  /** The ids of the master keys the stored secrets are sealed with. */
  public Set<String> keyIdsInUse() {
    return connectionStore.sealedSecrets().stream()
        .map(secret -> SecretBox.keyIdOf(secret.sealed()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Workspaces. */
  public JdbcWorkspaceStore workspaces() {
    return workspaces;
  }

  /** API keys. */
  public JdbcApiKeyStore keys() {
    return keys;
  }

  /** The identifier source. */
  public Supplier<String> ids() {
    return ids;
  }

  @Override
  public void close() {
    if (scans != null) {
      scans.close();
    }
    database.close();
  }
}
