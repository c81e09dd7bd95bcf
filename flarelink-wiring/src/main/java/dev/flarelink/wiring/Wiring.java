package dev.flarelink.wiring;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.Readiness;
import dev.flarelink.core.UseCases;
import dev.flarelink.core.access.AccessService;
import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.action.actions.StandardActions;
import dev.flarelink.core.analytics.AnalyticsQueries;
import dev.flarelink.core.connect.CloudflareClients;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.identity.IdentityScanner;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.InventoryScanner;
import dev.flarelink.core.inventory.ResourceQueries;
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
import dev.flarelink.store.JdbcResourceStore;
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
 * The composition root: everything the service, MCP and the CLI run on, built with {@code new} from
 * one set of settings: the database, the secret box, the stores and the use cases. Close it to
 * release the database.
 */
public final class Wiring implements UseCases, AutoCloseable {

  /** The workspace the admin key and the CLI work in unless told otherwise. */
  public static final String DEFAULT_WORKSPACE = AccessService.DEFAULT_WORKSPACE;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;
  private final JdbcConnectionStore connectionStore;
  private final SecretBox box;
  private final AccessService access;
  private final ConnectionService connections;
  private final ScanService scans;
  private final IdentityQueries identity;
  private final InventoryQueries inventory;
  private final ResourceQueries resources;
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
      this.access =
          new AccessService(
              new JdbcWorkspaceStore(database), new JdbcApiKeyStore(database), clock, ids);
      access.ensureDefaultWorkspace();
      var baseUrl = settings.cloudflareBaseUrl();
      this.connections =
          new ConnectionService(
              connectionStore, box, CloudflareClients.tester(baseUrl, clock), clock, ids);
      var scanStore = new JdbcScanStore(database);
      var identityStore = new JdbcIdentityStore(database);
      var inventoryStore = new JdbcInventoryStore(database);
      var resourceStore = new JdbcResourceStore(database);
      var session =
          new ScanSession(
              connections,
              scanStore,
              credential -> CloudflareClients.forScans(baseUrl, credential),
              clock);
      var scanners =
          List.of(
              new IdentityScanner(session, identityStore),
              new InventoryScanner(session, inventoryStore, resourceStore));
      this.scans = new ScanService(connections, scanStore, scanners, clock, Sleeper.system(), ids);
      this.identity =
          new IdentityQueries(connections, identityStore, scanStore, resourceStore, clock);
      this.inventory =
          new InventoryQueries(
              connections,
              inventoryStore,
              scanStore,
              credential -> CloudflareClients.forPeople(baseUrl, credential));
      this.resources =
          new ResourceQueries(
              connections,
              inventoryStore,
              resourceStore,
              credential -> CloudflareClients.forPeople(baseUrl, credential));
      this.analytics =
          new AnalyticsQueries(
              connections, credential -> CloudflareClients.forPeople(baseUrl, credential), clock);
      this.actions =
          new ActionService(
              connections,
              StandardActions.registry(),
              new JdbcActionAuditStore(database),
              credential -> CloudflareClients.forPeople(baseUrl, credential),
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
   * Starts scanning every connection on a schedule (every {@code interval}), or, with {@code
   * interval} null, only resuming interrupted scans; close the result to stop.
   */
  public ScanScheduler startScheduler(Duration interval) {
    return interval == null
        ? ScanScheduler.resumeOnly(scans, ScanScheduler.TICK)
        : ScanScheduler.start(
            database.dataSource(), scans, interval, ScanScheduler.TICK, scans.owner());
  }

  /** A new 32-hex identifier. */
  public static String newId() {
    var bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public AccessService access() {
    return access;
  }

  @Override
  public ConnectionService connections() {
    return connections;
  }

  @Override
  public ScanService scans() {
    return scans;
  }

  @Override
  public IdentityQueries identity() {
    return identity;
  }

  @Override
  public InventoryQueries inventory() {
    return inventory;
  }

  @Override
  public ResourceQueries resources() {
    return resources;
  }

  @Override
  public AnalyticsQueries analytics() {
    return analytics;
  }

  @Override
  public ActionService actions() {
    return actions;
  }

  @Override
  public Readiness readiness() {
    return database;
  }

  /** The database, for the scheduler's table and the benchmarks. */
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
