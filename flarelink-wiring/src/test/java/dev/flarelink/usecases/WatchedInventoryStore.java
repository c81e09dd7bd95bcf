package dev.flarelink.usecases;

import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.InventoryStore;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.core.inventory.ZoneSettingEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real store, watched: counts the writes that carry inventory data, and can die after a number
 * of zones, as a process killed mid-scan would.
 */
final class WatchedInventoryStore implements InventoryStore {

  final AtomicInteger zoneListWrites = new AtomicInteger();
  final AtomicInteger zoneDeltas = new AtomicInteger();
  final AtomicInteger zonesSaved = new AtomicInteger();
  private final InventoryStore store;
  private final int dieAfterZones;

  WatchedInventoryStore(InventoryStore store, int dieAfterZones) {
    this.store = store;
    this.dieAfterZones = dieAfterZones;
  }

  @Override
  public Map<String, ZoneEntry> zones(String connectionId) {
    return store.zones(connectionId);
  }

  @Override
  public void saveZones(
      String connectionId,
      List<ZoneEntry> upserts,
      List<String> removed,
      List<InventoryChange> changes,
      Instant now) {
    zoneListWrites.incrementAndGet();
    store.saveZones(connectionId, upserts, removed, changes, now);
  }

  @Override
  public Map<String, ZoneSettingEntry> settings(String connectionId, String zoneId) {
    return store.settings(connectionId, zoneId);
  }

  @Override
  public Map<String, DnsRecordEntry> records(String connectionId, String zoneId) {
    return store.records(connectionId, zoneId);
  }

  @Override
  public void saveZone(
      String scanId, String connectionId, String zoneId, ZoneDelta delta, int items, Instant now) {
    if (zonesSaved.get() == dieAfterZones) {
      throw new IllegalStateException("killed after " + dieAfterZones + " zones");
    }
    if (!delta.isEmpty()) {
      zoneDeltas.incrementAndGet();
    }
    store.saveZone(scanId, connectionId, zoneId, delta, items, now);
    zonesSaved.incrementAndGet();
  }

  @Override
  public ZonePage zones(String connectionId, ZoneQuery query) {
    return store.zones(connectionId, query);
  }

  @Override
  public Optional<ZoneEntry> zone(String connectionId, String idOrName) {
    return store.zone(connectionId, idOrName);
  }

  @Override
  public DnsRecordPage records(String connectionId, DnsQuery query) {
    return store.records(connectionId, query);
  }

  @Override
  public List<InventoryChange> changes(
      String connectionId, Instant since, Instant until, int limit) {
    return store.changes(connectionId, since, until, limit);
  }
}
