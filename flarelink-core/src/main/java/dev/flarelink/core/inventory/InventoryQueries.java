package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.port.InventoryStore;
import dev.flarelink.core.port.InventoryStore.DnsRecordPage;
import dev.flarelink.core.port.InventoryStore.ZonePage;
import dev.flarelink.core.port.ScanStore;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
  public Instant scannedAt(String workspaceId, String connectionId) {
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
    return Coverage.of(scans, connections.get(workspaceId, connectionId), ScanKind.INVENTORY);
  }

  /** Zones matching a query, by name. */
  public ZonePage zones(String workspaceId, String connectionId, ZoneQuery query, boolean live) {
    var connection = connection(workspaceId, connectionId);
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
    var connection = connection(workspaceId, connectionId);
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
    var connection = connection(workspaceId, connectionId);
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
    return store
        .zone(connection.id(), QueryText.check("zone", ref))
        .orElseThrow(() -> new ZoneNotFoundException(ref, false));
  }

  private Connection connection(String workspaceId, String connectionId) {
    var connection = connections.get(workspaceId, connectionId);
    ServiceNotEnabledException.check(connection, Service.INVENTORY);
    return connection;
  }
}
