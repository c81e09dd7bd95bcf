package dev.flarelink.core.inventory;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.inventory.ResourceStore.ResourceDelta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Finds what changed in one place's resources of one type since the last read. */
public final class ResourceDiff {

  private ResourceDiff() {}

  /**
   * The delta between what is stored and what was read now, with a change per resource added,
   * changed (its fingerprint differs) or removed; the changes name the fields that changed.
   */
  public static ResourceDelta delta(
      String scanId,
      String type,
      String zoneId,
      String zoneName,
      Map<String, ResourceEntry> stored,
      List<ResourceEntry> read,
      Instant now) {
    var upserts = new ArrayList<ResourceEntry>();
    var changes = new ArrayList<InventoryChange>();
    var seen = new HashSet<String>();
    for (var entry : read) {
      if (!seen.add(entry.resourceId())) {
        continue; // Cloudflare listed it twice; it is one resource.
      }
      var before = stored.get(entry.resourceId());
      if (before == null) {
        upserts.add(entry);
        changes.add(change(scanId, entry, "added", null, now));
      } else if (!before.fingerprint().equals(entry.fingerprint())
          || !before.name().equals(entry.name())
          || !before.fields().equals(entry.fields())) {
        upserts.add(entry);
        changes.add(change(scanId, entry, "changed", detail(before, entry), now));
      }
    }
    var removed = new ArrayList<String>();
    for (var before : stored.values()) {
      if (!seen.contains(before.resourceId())) {
        removed.add(before.resourceId());
        changes.add(change(scanId, before, "removed", null, now));
      }
    }
    removed.sort(null);
    return new ResourceDelta(type, zoneId, upserts, removed, changes);
  }

  /** What changed, e.g. {@code status: active → disabled; rules: 3 → 4}. */
  static String detail(ResourceEntry before, ResourceEntry after) {
    var parts = new ArrayList<String>();
    if (!before.name().equals(after.name())) {
      parts.add("name: " + before.name() + " → " + after.name());
    }
    // Declaration order where known, so details read like the table.
    var ordered = new ArrayList<>(after.fields().keySet());
    before.fields().keySet().stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
    for (var name : ordered) {
      var was = before.fields().get(name);
      var now = after.fields().get(name);
      if (!Objects.equals(was, now)) {
        parts.add(name + ": " + shown(was) + " → " + shown(now));
      }
    }
    return parts.isEmpty()
        ? "changed in fields not shown in tables (see the document)"
        : String.join("; ", parts);
  }

  private static String shown(@Nullable String value) {
    return value == null ? "(none)" : value;
  }

  private static InventoryChange change(
      String scanId, ResourceEntry entry, String change, @Nullable String detail, Instant now) {
    return new InventoryChange(
        scanId,
        entry.zoneId(),
        entry.zoneName(),
        entry.type(),
        entry.resourceId(),
        change,
        detail,
        now);
  }
}
