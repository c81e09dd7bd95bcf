package dev.flarelink.store;

import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.port.InventoryStore.ZoneDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Applies one zone's settings and records delta inside the caller's transaction. */
final class InventoryWrites {

  private InventoryWrites() {}

  static void apply(Handle h, String connectionId, String zoneId, ZoneDelta delta) {
    for (var id : delta.removedSettings()) {
      h.createUpdate(
              "DELETE FROM zone_settings WHERE connection_id = :c AND zone_id = :z AND setting_id = :s")
          .bind("c", connectionId)
          .bind("z", zoneId)
          .bind("s", id)
          .execute();
    }
    if (!delta.settings().isEmpty()) {
      var batch =
          h.prepareBatch(
              "INSERT INTO zone_settings (connection_id, zone_id, setting_id, value, structured, editable,"
                  + " modified_on) VALUES (:c, :z, :s, :value, :structured, :editable, :modified)"
                  + " ON CONFLICT (connection_id, zone_id, setting_id) DO UPDATE SET value = excluded.value,"
                  + " structured = excluded.structured, editable = excluded.editable,"
                  + " modified_on = excluded.modified_on");
      for (var setting : delta.settings()) {
        batch
            .bind("c", connectionId)
            .bind("z", zoneId)
            .bind("s", setting.settingId())
            .bind("value", setting.value())
            .bind("structured", setting.structured() ? 1 : 0)
            .bind("editable", Rows.flag(setting.editable()))
            .bind("modified", Rows.millis(setting.modifiedOn()))
            .add();
      }
      batch.execute();
    }
    // A changed record is replaced whole (its tags with it); a new one has nothing to delete.
    var gone = new ArrayList<>(delta.removedRecords());
    gone.addAll(delta.replacedRecords());
    deleteRecords(h, connectionId, gone);
    insertRecords(h, connectionId, delta.records());
  }

  /** How many records one DELETE names, well under both databases' limits on parameters. */
  private static final int DELETE_CHUNK = 500;

  /*
   * Removed and changed records go in a few statements of many ids rather than a statement each:
   * a zone of 200 new records was 200 deletes, which on PostgreSQL cost more than the inserts.
   */
  private static void deleteRecords(Handle h, String connectionId, List<String> recordIds) {
    for (int from = 0; from < recordIds.size(); from += DELETE_CHUNK) {
      h.createUpdate("DELETE FROM dns_records WHERE connection_id = :c AND record_id IN (<ids>)")
          .bind("c", connectionId)
          .bindList("ids", recordIds.subList(from, Math.min(recordIds.size(), from + DELETE_CHUNK)))
          .execute();
    }
  }

  /** Inserts records and their tags; changed records were deleted first, tags with them. */
  private static void insertRecords(Handle h, String connectionId, List<DnsRecordEntry> records) {
    if (records.isEmpty()) {
      return;
    }
    var batch =
        h.prepareBatch(
            "INSERT INTO dns_records (connection_id, zone_id, record_id, type, name, name_reversed,"
                + " content, ttl, proxied, proxiable, priority, comment, tags, data, created_on,"
                + " modified_on, fingerprint)"
                + " VALUES (:c, :z, :r, :type, :name, :reversed, :content, :ttl, :proxied, :proxiable,"
                + " :priority, :comment, :tags, :data, :created, :modified, :fp)");
    var tags =
        h.prepareBatch(
            "INSERT INTO dns_record_tags (connection_id, record_id, tag_name, tag_value)"
                + " VALUES (:c, :r, :name, :value)");
    var anyTags = false;
    for (var record : records) {
      batch
          .bind("c", connectionId)
          .bind("z", record.zoneId())
          .bind("r", record.recordId())
          .bind("type", record.type())
          .bind("name", record.name())
          .bind("reversed", Rows.reversedName(record.name()))
          .bind("content", record.content())
          .bind("ttl", record.ttl())
          .bind("proxied", Rows.flag(record.proxied()))
          .bind("proxiable", Rows.flag(record.proxiable()))
          .bind("priority", record.priority())
          .bind("comment", record.comment())
          .bind("tags", String.join("\n", record.tags()))
          .bind("data", record.data())
          .bind("created", Rows.millis(record.createdOn()))
          .bind("modified", Rows.millis(record.modifiedOn()))
          .bind("fp", record.fingerprint())
          .add();
      // The tag index is unique: a tag given twice (or "env" beside "env:") is stored once.
      var seen = new HashSet<Map.Entry<String, String>>();
      for (var tag : record.tags()) {
        var colon = tag.indexOf(':');
        var pair =
            Map.entry(
                colon < 0 ? tag : tag.substring(0, colon),
                colon < 0 ? "" : tag.substring(colon + 1));
        if (seen.add(pair)) {
          tags.bind("c", connectionId)
              .bind("r", record.recordId())
              .bind("name", pair.getKey())
              .bind("value", pair.getValue())
              .add();
          anyTags = true;
        }
      }
    }
    batch.execute();
    if (anyTags) {
      tags.execute();
    }
  }
}
