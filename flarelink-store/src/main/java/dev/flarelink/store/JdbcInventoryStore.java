package dev.flarelink.store;

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
import org.jdbi.v3.core.Jdbi;

/** The inventory in SQL, the same statements on SQLite and PostgreSQL. Thread-safe. */
public final class JdbcInventoryStore implements InventoryStore {

  private static final BatchWriter<ZoneEntry> ZONES =
      new BatchWriter<>(
          "INSERT INTO zones (connection_id, zone_id, name, status, type, plan, name_servers, paused,"
              + " development_mode, account_id, created_on, modified_on, activated_on, fingerprint,"
              + " first_seen, changed_at) VALUES (:c, :z, :name, :status, :type, :plan, :ns, :paused,"
              + " :dev, :account, :created, :modified, :activated, :fp, :now, :now)"
              + " ON CONFLICT (connection_id, zone_id) DO UPDATE SET name = excluded.name,"
              + " status = excluded.status, type = excluded.type, plan = excluded.plan,"
              + " name_servers = excluded.name_servers, paused = excluded.paused,"
              + " development_mode = excluded.development_mode, account_id = excluded.account_id,"
              + " created_on = excluded.created_on, modified_on = excluded.modified_on,"
              + " activated_on = excluded.activated_on, fingerprint = excluded.fingerprint,"
              + " changed_at = excluded.changed_at",
          (batch, zone) ->
              batch
                  .bind("z", zone.zoneId())
                  .bind("name", zone.name())
                  .bind("status", zone.status())
                  .bind("type", zone.type())
                  .bind("plan", zone.plan())
                  .bind("ns", String.join(",", zone.nameServers()))
                  .bind("paused", Rows.flag(zone.paused()))
                  .bind(
                      "dev",
                      zone.developmentMode() == null ? null : zone.developmentMode() ? 1L : 0L)
                  .bind("account", zone.accountId())
                  .bind("created", Rows.millis(zone.createdOn()))
                  .bind("modified", Rows.millis(zone.modifiedOn()))
                  .bind("activated", Rows.millis(zone.activatedOn()))
                  .bind("fp", zone.fingerprint()));

  private final Jdbi jdbi;
  private final InventoryReads reads;
  private final Statistics statistics;

  /** A store over this database. */
  public JdbcInventoryStore(Database database) {
    this.jdbi = database.jdbi();
    this.reads = new InventoryReads(jdbi, database.kind());
    this.statistics =
        new Statistics(database, "zones, zone_settings, dns_records, dns_record_tags");
  }

  @Override
  public Map<String, ZoneEntry> zones(String connectionId) {
    return reads.zoneMap(connectionId);
  }

  @Override
  public void saveZones(
      String connectionId,
      List<ZoneEntry> upserts,
      List<String> removed,
      List<InventoryChange> changes,
      Instant now) {
    jdbi.useTransaction(
        h -> {
          for (var id : removed) {
            h.createUpdate("DELETE FROM zones WHERE connection_id = :c AND zone_id = :z")
                .bind("c", connectionId)
                .bind("z", id)
                .execute();
            // Resources are not tied to zones by a key (account resources have none).
            h.createUpdate("DELETE FROM resources WHERE connection_id = :c AND zone_id = :z")
                .bind("c", connectionId)
                .bind("z", id)
                .execute();
          }
          ZONES.write(h, Map.of("c", connectionId, "now", now.toEpochMilli()), upserts);
          InventoryChanges.write(h, connectionId, changes);
        });
  }

  @Override
  public Map<String, ZoneSettingEntry> settings(String connectionId, String zoneId) {
    return reads.settingMap(connectionId, zoneId);
  }

  @Override
  public Map<String, DnsRecordEntry> records(String connectionId, String zoneId) {
    return reads.recordMap(connectionId, zoneId);
  }

  @Override
  public void saveZone(
      String scanId, String connectionId, String zoneId, ZoneDelta delta, int items, Instant now) {
    jdbi.useTransaction(
        h -> {
          if (!delta.isEmpty()) {
            InventoryWrites.apply(h, connectionId, zoneId, delta);
            InventoryChanges.write(h, connectionId, delta.changes());
          }
          h.createUpdate(
                  "UPDATE scans SET cursor = :zone, pages = pages + 1, items = :items, heartbeat_at = :now"
                      + " WHERE id = :id")
              .bind("zone", zoneId)
              .bind("items", items)
              .bind("now", now.toEpochMilli())
              .bind("id", scanId)
              .execute();
        });
    statistics.wrote(
        delta.settings().size()
            + delta.removedSettings().size()
            + delta.records().size()
            + delta.removedRecords().size());
  }

  @Override
  public ZonePage zones(String connectionId, ZoneQuery query) {
    return reads.zones(connectionId, query);
  }

  @Override
  public Optional<ZoneEntry> zone(String connectionId, String idOrName) {
    return reads.zone(connectionId, idOrName);
  }

  @Override
  public DnsRecordPage records(String connectionId, DnsQuery query) {
    return reads.records(connectionId, query);
  }

  @Override
  public List<InventoryChange> changes(
      String connectionId, Instant since, Instant until, int limit) {
    return reads.changes(connectionId, since, until, limit);
  }
}
