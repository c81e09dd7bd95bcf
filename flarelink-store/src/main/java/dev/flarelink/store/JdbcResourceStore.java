package dev.flarelink.store;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.ResourceQuery;
import dev.flarelink.core.inventory.ResourceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The resource catalogue's resources in SQL, the same statements on SQLite and PostgreSQL.
 * Thread-safe.
 */
public final class JdbcResourceStore implements ResourceStore {

  private static final BatchWriter<ResourceEntry> RESOURCES =
      new BatchWriter<>(
          "INSERT INTO resources (connection_id, type, zone_id, zone_name, resource_id, name,"
              + " modified_on, fields, search_text, document, parts, fingerprint, first_seen,"
              + " changed_at) VALUES (:c, :type, :z, :zoneName, :r, :name, :modified, :fields,"
              + " :search, :document, :parts, :fp, :now, :now)"
              + " ON CONFLICT (connection_id, type, zone_id, resource_id) DO UPDATE SET"
              + " zone_name = excluded.zone_name, name = excluded.name,"
              + " modified_on = excluded.modified_on, fields = excluded.fields,"
              + " search_text = excluded.search_text, document = excluded.document,"
              + " parts = excluded.parts, fingerprint = excluded.fingerprint,"
              + " changed_at = excluded.changed_at",
          (batch, entry) ->
              batch
                  .bind("type", entry.type())
                  .bind("z", entry.zoneId())
                  .bind("zoneName", entry.zoneName())
                  .bind("r", entry.resourceId())
                  .bind("name", entry.name())
                  .bind("modified", Rows.millis(entry.modifiedOn()))
                  .bind("fields", Rows.namedTexts(entry.fields()))
                  .bind("search", searchText(entry))
                  .bind("document", entry.document())
                  .bind("parts", entry.parts())
                  .bind("fp", entry.fingerprint()));

  private static final BatchWriter<TypeRead> READS =
      new BatchWriter<>(
          "INSERT INTO resource_reads (connection_id, type, read_at, available, reason, permission)"
              + " VALUES (:c, :type, :at, :available, :reason, :permission)"
              + " ON CONFLICT (connection_id, type) DO UPDATE SET read_at = excluded.read_at,"
              + " available = excluded.available, reason = excluded.reason,"
              + " permission = excluded.permission",
          (batch, read) ->
              batch
                  .bind("type", read.type())
                  .bind("at", read.readAt().toEpochMilli())
                  .bind("available", read.available() ? 1 : 0)
                  .bind("reason", read.reason())
                  .bind("permission", read.permission()));

  /** How many identifiers one DELETE names, well under both databases' limits on parameters. */
  private static final int DELETE_CHUNK = 500;

  private final Jdbi jdbi;
  private final ResourceReads reads;
  private final Statistics statistics;

  /** A store over this database. */
  public JdbcResourceStore(Database database) {
    this.jdbi = database.jdbi();
    this.reads = new ResourceReads(jdbi);
    this.statistics = new Statistics(database, "resources");
  }

  @Override
  public Map<String, ResourceEntry> stored(String connectionId, String type, String zoneId) {
    return reads.stored(connectionId, type, zoneId);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when an upsert's type or zone is not its delta's
   */
  @Override
  public void save(String connectionId, List<ResourceDelta> deltas, Instant now) {
    // By key, as if the deltas were applied in turn (a later one's removal drops an earlier
    // upsert): PostgreSQL refuses a batched upsert that names a row twice, since the driver sends
    // the batch as multi-row statements. Removals run first, so a later upsert still lands.
    var upserts = new LinkedHashMap<String, ResourceEntry>();
    var changes = new ArrayList<InventoryChange>();
    var removals = new ArrayList<ResourceDelta>();
    for (var delta : deltas) {
      if (delta.isEmpty()) {
        continue;
      }
      for (var entry : delta.upserts()) {
        if (!entry.type().equals(delta.type()) || !entry.zoneId().equals(delta.zoneId())) {
          throw new IllegalArgumentException(
              "Resource "
                  + entry.key()
                  + " is saved in the delta of "
                  + delta.type()
                  + " in zone \""
                  + delta.zoneId()
                  + "\"; a delta holds the resources of its own type and place only");
        }
        upserts.remove(entry.key());
        upserts.put(entry.key(), entry);
      }
      for (var id : delta.removed()) {
        upserts.remove(delta.type() + "/" + delta.zoneId() + "/" + id);
      }
      changes.addAll(delta.changes());
      if (!delta.removed().isEmpty()) {
        removals.add(delta);
      }
    }
    if (upserts.isEmpty() && changes.isEmpty() && removals.isEmpty()) {
      return;
    }
    var removed = removals.stream().mapToLong(delta -> delta.removed().size()).sum();
    jdbi.useTransaction(
        h -> {
          for (var delta : removals) {
            delete(h, connectionId, delta);
          }
          RESOURCES.write(
              h, Map.of("c", connectionId, "now", now.toEpochMilli()), upserts.values());
          InventoryChanges.write(h, connectionId, changes);
        });
    statistics.wrote(upserts.size() + removed);
  }

  /* A few statements of many identifiers rather than one each: a type emptied at once may be
   * thousands of resources. */
  private static void delete(Handle h, String connectionId, ResourceDelta delta) {
    var ids = delta.removed();
    for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
      h.createUpdate(
              "DELETE FROM resources WHERE connection_id = :c AND type = :type AND zone_id = :z"
                  + " AND resource_id IN (<ids>)")
          .bind("c", connectionId)
          .bind("type", delta.type())
          .bind("z", delta.zoneId())
          .bindList("ids", ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)))
          .execute();
    }
  }

  @Override
  public void noteReads(String connectionId, List<TypeRead> reads) {
    if (reads.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> READS.write(h, Map.of("c", connectionId), reads));
  }

  @Override
  public List<TypeRead> reads(String connectionId) {
    return reads.reads(connectionId);
  }

  @Override
  public Map<String, Integer> totals(String connectionId) {
    return reads.totals(connectionId);
  }

  @Override
  public ResourcePage page(String connectionId, ResourceQuery query) {
    return reads.page(connectionId, query);
  }

  @Override
  public Optional<ResourceEntry> find(
      String connectionId, String type, String resourceId, String zoneId) {
    return reads.find(connectionId, type, resourceId, zoneId);
  }

  /**
   * What a text search looks in: the name, the identifier and the field values, lower-cased, one a
   * line, so that a word (which holds no line break) matches within one of them only.
   */
  static String searchText(ResourceEntry entry) {
    var parts = new ArrayList<String>();
    parts.add(entry.name());
    parts.add(entry.resourceId());
    parts.addAll(entry.fields().values());
    return String.join("\n", parts).toLowerCase(Locale.ROOT);
  }
}
