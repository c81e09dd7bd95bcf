package dev.flarelink.store;

import dev.flarelink.core.inventory.InventoryChange;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Records inventory changes (of zones, settings, records and catalogue resources alike) in the
 * {@code inventory_changes} table, inside the caller's transaction.
 */
final class InventoryChanges {

  private static final BatchWriter<InventoryChange> CHANGES =
      new BatchWriter<>(
          "INSERT INTO inventory_changes (id, connection_id, scan_id, zone_id, zone_name, subject,"
              + " subject_id, change, detail, at) VALUES (:id, :c, :scan, :zone, :zoneName, :subject,"
              + " :subjectId, :change, :detail, :at)",
          (batch, change) ->
              batch
                  .bind("id", UUID.randomUUID().toString())
                  .bind("scan", change.scanId())
                  .bind("zone", change.zoneId())
                  .bind("zoneName", change.zoneName())
                  .bind("subject", change.subject())
                  .bind("subjectId", change.subjectId())
                  .bind("change", change.change())
                  .bind("detail", change.detail())
                  .bind("at", change.at().toEpochMilli()));

  private InventoryChanges() {}

  /** Inserts the changes of a connection as one batch; none, no statement. */
  static void write(Handle h, String connectionId, List<InventoryChange> changes) {
    CHANGES.write(h, Map.of("c", connectionId), changes);
  }
}
