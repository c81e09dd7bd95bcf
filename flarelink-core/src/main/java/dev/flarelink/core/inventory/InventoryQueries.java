package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.inventory.InventoryStore.DnsRecordPage;
import dev.flarelink.core.inventory.InventoryStore.ZonePage;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Zones, settings and DNS records of a connection: from the inventory the scans keep, or, with
 * {@code fresh}, from Cloudflare directly. Both answer the same query the same way.
 */
public final class InventoryQueries {

  private final ConnectionService connections;
  private final InventoryStore store;
  private final ScanStore scans;
  private final FreshInventory fresh;

  /**
   * Queries over this store; fresh reads use clients made by {@code clients}, built for a person
   * waiting.
   */
  public InventoryQueries(
      ConnectionService connections,
      InventoryStore store,
      ScanStore scans,
      Function<Credential, CloudflareClient> clients) {
    this.connections = connections;
    this.store = store;
    this.scans = scans;
    this.fresh = new FreshInventory(connections, clients);
  }

  /** When the inventory was last complete, or {@code null} before the first inventory scan. */
  public @Nullable Instant scannedAt(String workspaceId, String connectionId) {
    var connection = connection(workspaceId, connectionId);
    return scans
        .lastSucceeded(connection.id(), ScanKind.INVENTORY)
        .map(ScanState::finishedAt)
        .orElse(null);
  }

  /**
   * How much of the account the stored inventory covers: whether an inventory scan ran, and what it
   * could not read.
   *
   * @throws ServiceNotEnabledException when the connection does not enable inventory
   */
  public Coverage coverage(String workspaceId, String connectionId) {
    return coverage(connections.get(workspaceId, connectionId));
  }

  /**
   * As {@link #coverage(String, String)}, for a connection the caller already found in its
   * workspace (so that one call of a face looks it up once).
   */
  public Coverage coverage(Connection connection) {
    return Coverage.of(scans, connection, ScanKind.INVENTORY);
  }

  /** Zones matching a query, by name. */
  public ZonePage zones(String workspaceId, String connectionId, ZoneQuery query, boolean live) {
    return zones(connections.get(workspaceId, connectionId), query, live);
  }

  /** As {@link #zones(String, String, ZoneQuery, boolean)}, for a connection already found. */
  public ZonePage zones(Connection connection, ZoneQuery query, boolean live) {
    enabled(connection);
    return live ? fresh.zones(connection, query) : store.zones(connection.id(), query);
  }

  /** Every zone matching a query's filters, by name; the query's page is ignored. */
  public List<ZoneEntry> allZones(
      String workspaceId, String connectionId, ZoneQuery query, boolean live) {
    var connection = connection(workspaceId, connectionId);
    if (live) {
      return fresh.allZones(connection, query);
    }
    var all = new ArrayList<ZoneEntry>();
    for (int page = 1; ; page++) {
      var next =
          store.zones(connection.id(), new ZoneQuery(query.name(), query.status(), page, 1000));
      all.addAll(next.zones());
      if (next.zones().isEmpty() || all.size() >= next.total()) {
        return all;
      }
    }
  }

  /** A zone by id or name, with its settings and record count. */
  public ZoneDetail zone(String workspaceId, String connectionId, String ref, boolean live) {
    return zone(connections.get(workspaceId, connectionId), ref, live);
  }

  /** As {@link #zone(String, String, String, boolean)}, for a connection already found. */
  public ZoneDetail zone(Connection connection, String ref, boolean live) {
    enabled(connection);
    if (live) {
      return fresh.zone(connection, ref);
    }
    var zone = stored(connection, ref);
    var settings = List.copyOf(store.settings(connection.id(), zone.zoneId()).values());
    // The count of one page of one record answers "how many in this zone" from the index.
    var count =
        store.records(connection.id(), DnsQuery.ALL.inZone(zone.zoneId()).onPage(1, 1)).total();
    return new ZoneDetail(zone, settings, count);
  }

  /** Every setting of a zone, by id. */
  public List<ZoneSettingEntry> settings(
      String workspaceId, String connectionId, String ref, boolean live) {
    if (live) {
      return zone(workspaceId, connectionId, ref, true).settings();
    }
    var connection = connection(workspaceId, connectionId);
    return List.copyOf(store.settings(connection.id(), stored(connection, ref).zoneId()).values());
  }

  /** DNS records matching a query, across zones or in the query's zone (an id or name). */
  public DnsRecordPage records(
      String workspaceId, String connectionId, DnsQuery query, boolean live) {
    return records(connections.get(workspaceId, connectionId), query, live);
  }

  /** As {@link #records(String, String, DnsQuery, boolean)}, for a connection already found. */
  public DnsRecordPage records(Connection connection, DnsQuery query, boolean live) {
    enabled(connection);
    if (live) {
      return fresh.records(connection, query);
    }
    var scoped =
        query.zone() == null ? query : query.inZone(stored(connection, query.zone()).zoneId());
    return store.records(connection.id(), scoped);
  }

  /** Every DNS record matching a query's filters; the query's page is ignored. */
  public List<DnsRecordEntry> allRecords(
      String workspaceId, String connectionId, DnsQuery query, boolean live) {
    var connection = connection(workspaceId, connectionId);
    if (live) {
      return fresh.allRecords(connection, query);
    }
    var scoped =
        query.zone() == null ? query : query.inZone(stored(connection, query.zone()).zoneId());
    var all = new ArrayList<DnsRecordEntry>();
    for (int page = 1; ; page++) {
      var next = store.records(connection.id(), scoped.onPage(page, 1000));
      all.addAll(next.records());
      if (next.records().isEmpty() || all.size() >= next.total()) {
        return all;
      }
    }
  }

  /** What inventory scans found changed in a time range, oldest first. */
  public List<InventoryChange> changes(
      String workspaceId, String connectionId, Instant since, Instant until, int limit) {
    var connection = connection(workspaceId, connectionId);
    Paging.range(since, "until", until);
    return store.changes(connection.id(), since, until, Paging.limit(limit));
  }

  private ZoneEntry stored(Connection connection, String ref) {
    QueryText.check("zone", ref);
    return store
        .zone(connection.id(), ref)
        .orElseThrow(() -> new ZoneNotFoundException(ref, false));
  }

  private Connection connection(String workspaceId, String connectionId) {
    return enabled(connections.get(workspaceId, connectionId));
  }

  private static Connection enabled(Connection connection) {
    ServiceNotEnabledException.check(connection, Service.INVENTORY);
    return connection;
  }
}
