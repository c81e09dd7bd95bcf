package dev.flarelink.core.inventory;

import dev.flarelink.core.catalogue.ResourceEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where inventory scans keep the catalogue's resources (every type declared in {@link
 * dev.flarelink.core.catalogue.ResourceCatalogue}), one row per resource with Cloudflare's whole
 * document, and how each type's last read went. A zone removed from the inventory takes its
 * resources with it. Thread-safe.
 */
public interface ResourceStore {

  /**
   * What one read of a type in one place (the account, or one zone) changed.
   *
   * @param type the type's name
   * @param zoneId the zone read, or empty for the account
   * @param upserts the resources added or changed
   * @param removed the identifiers of the resources gone
   * @param changes the changes to record, one per resource added, changed or removed
   */
  record ResourceDelta(
      String type,
      String zoneId,
      List<ResourceEntry> upserts,
      List<String> removed,
      List<InventoryChange> changes) {

    public ResourceDelta {
      upserts = List.copyOf(upserts);
      removed = List.copyOf(removed);
      changes = List.copyOf(changes);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
      return upserts.isEmpty() && removed.isEmpty() && changes.isEmpty();
    }
  }

  /**
   * How a type's last read by a scan went.
   *
   * @param type the type's name
   * @param readAt when the scan that read it ended
   * @param available whether Cloudflare let the credential read it everywhere it was asked
   * @param reason why it was not read, where it was not, as a person reads it
   * @param permission the permission that would let it be read, where it was not
   */
  record TypeRead(
      String type,
      Instant readAt,
      boolean available,
      @Nullable String reason,
      @Nullable String permission) {}

  /** One page of resources, and how many match in all. */
  record ResourcePage(List<ResourceEntry> items, int total, int page, int perPage) {

    public ResourcePage {
      items = List.copyOf(items);
    }
  }

  /** The stored resources of a type in one place (a zone id, or empty for the account), by id. */
  Map<String, ResourceEntry> stored(String connectionId, String type, String zoneId);

  /** Saves the deltas in one transaction; empty deltas are skipped. */
  void save(String connectionId, List<ResourceDelta> deltas, Instant now);

  /** Records how the types' last reads went, replacing what was recorded for them. */
  void noteReads(String connectionId, List<TypeRead> reads);

  /** How each type's last read went, for the types read at least once. */
  List<TypeRead> reads(String connectionId);

  /** How many resources of each type are stored, for the types that have any. */
  Map<String, Integer> totals(String connectionId);

  /** Resources matching a query, by zone name, name and identifier. */
  ResourcePage page(String connectionId, ResourceQuery query);

  /**
   * A resource by type and identifier; {@code zoneId} narrows it to a zone where the same
   * identifier appears in several (empty: any).
   */
  Optional<ResourceEntry> find(String connectionId, String type, String resourceId, String zoneId);
}
