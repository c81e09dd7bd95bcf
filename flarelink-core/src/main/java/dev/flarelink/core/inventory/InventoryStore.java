package dev.flarelink.core.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where inventory scans keep zones, their settings and DNS records. Writes happen only where
 * something changed, each step in one transaction. Thread-safe.
 */
public interface InventoryStore {

  /** One page of zones, and how many match in all. */
  record ZonePage(List<ZoneEntry> zones, int total, int page, int perPage) {}

  /** One page of DNS records, and how many match in all. */
  record DnsRecordPage(List<DnsRecordEntry> records, int total, int page, int perPage) {}

  /**
   * What changed in one zone's settings and records; upserts hold the new rows, removals the ids.
   *
   * @param records the records added or changed
   * @param replacedRecords the ids of those of {@code records} that were stored before (changed)
   */
  record ZoneDelta(
      List<ZoneSettingEntry> settings,
      List<String> removedSettings,
      List<DnsRecordEntry> records,
      List<String> replacedRecords,
      List<String> removedRecords,
      List<InventoryChange> changes) {

    /** Whether nothing changed. */
    public boolean isEmpty() {
      return settings.isEmpty()
          && removedSettings.isEmpty()
          && records.isEmpty()
          && removedRecords.isEmpty()
          && changes.isEmpty();
    }
  }

  /** The stored zones of a connection, by id. */
  Map<String, ZoneEntry> zones(String connectionId);

  /**
   * Saves the zone list's differences in one transaction: zones added or changed, and zones gone
   * (with their settings, records and catalogue resources).
   */
  void saveZones(
      String connectionId,
      List<ZoneEntry> upserts,
      List<String> removed,
      List<InventoryChange> changes,
      Instant now);

  /** The stored settings of a zone, by id. */
  Map<String, ZoneSettingEntry> settings(String connectionId, String zoneId);

  /** The stored records of a zone, by id. */
  Map<String, DnsRecordEntry> records(String connectionId, String zoneId);

  /**
   * Saves one zone's differences and the scan's checkpoint (the zone done, the counts so far) in
   * one transaction; an empty delta writes only the checkpoint.
   */
  void saveZone(
      String scanId, String connectionId, String zoneId, ZoneDelta delta, int items, Instant now);

  /** Zones matching a query, by name. */
  ZonePage zones(String connectionId, ZoneQuery query);

  /** A zone by id or name (any case). */
  Optional<ZoneEntry> zone(String connectionId, String idOrName);

  /** DNS records matching a query (whose zone, if any, is a zone id), by name, type and content. */
  DnsRecordPage records(String connectionId, DnsQuery query);

  /**
   * The changes recorded in a time range, oldest first.
   *
   * @param since from this time, or {@code null} for the beginning
   * @param until before this time, or {@code null} for now
   */
  List<InventoryChange> changes(String connectionId, Instant since, Instant until, int limit);
}
