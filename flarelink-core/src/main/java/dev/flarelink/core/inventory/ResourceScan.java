package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceReader;
import dev.flarelink.core.catalogue.ResourceReader.Owner;
import dev.flarelink.core.catalogue.ResourceScope;
import dev.flarelink.core.catalogue.ResourceSource;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.inventory.ResourceStore.ResourceDelta;
import dev.flarelink.core.inventory.ResourceStore.TypeRead;
import dev.flarelink.core.scan.ScanWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's part of an inventory scan: every type whose service the connection enables, read
 * in the account once and in each zone beside its settings and records. What the credential may not
 * read is kept as it was, with a warning naming the permission. Reading may run on another thread
 * than saving; everything that is counted is counted while saving, on the scan's thread.
 */
final class ResourceScan {

  /** One type's read in one place: its entries, or why there are none. */
  record TypeResult(
      ResourceType type,
      ResourceSource source,
      @Nullable List<ResourceEntry> entries,
      @Nullable ScanWarning warning) {}

  private final ResourceStore store;
  private final Connection connection;
  private final String scanId;
  private final List<ResourceType> types;
  private final Map<String, TypeRead> outcomes = new LinkedHashMap<>();

  ResourceScan(ResourceStore store, Connection connection, String scanId) {
    this.store = store;
    this.connection = connection;
    this.scanId = scanId;
    this.types = ResourceCatalogue.enabled(connection.services());
  }

  /** Whether the connection enables any catalogue type. */
  boolean enabled() {
    return !types.isEmpty();
  }

  /** Reads the account's resources of every enabled type. */
  List<TypeResult> readAccount(CloudflareClient client) {
    return read(client, ResourceScope.ACCOUNT, Owner.account(connection.accountId()));
  }

  /** Reads one zone's resources of every enabled type. */
  List<TypeResult> readZone(CloudflareClient client, ZoneEntry zone) {
    return read(client, ResourceScope.ZONE, Owner.zone(zone.zoneId(), zone.name()));
  }

  private List<TypeResult> read(CloudflareClient client, ResourceScope scope, Owner owner) {
    var results = new ArrayList<TypeResult>();
    for (var type : types) {
      var source = type.source(scope);
      if (source == null) {
        continue;
      }
      try {
        results.add(
            new TypeResult(type, source, ResourceReader.list(client, type, source, owner), null));
      } catch (PermissionDeniedException refused) {
        results.add(new TypeResult(type, source, null, refusedWarning(type, source)));
      } catch (InvalidRequestException notOffered) {
        // e.g. a product the zone's plan does not include: a note, not a missing permission.
        results.add(
            new TypeResult(
                type,
                source,
                null,
                ScanWarning.note(
                    type.name(),
                    "Cloudflare did not list "
                        + type.description()
                        + " in "
                        + (scope == ResourceScope.ACCOUNT ? "the account" : "every zone")
                        + " ("
                        + notOffered.explanation()
                        + "); what was imported before is kept.")));
      } catch (NotFoundException gone) {
        // The zone went away meanwhile: the next zone list removes it.
        results.add(new TypeResult(type, source, null, null));
      }
    }
    return List.copyOf(results);
  }

  private static ScanWarning refusedWarning(ResourceType type, ResourceSource source) {
    return new ScanWarning(
        type.name(),
        "The credential may not read "
            + type.description()
            + (source.scope() == ResourceScope.ACCOUNT ? " of the account" : " of the zones")
            + " (Cloudflare refused them), so they were not imported; what was imported before is"
            + " kept as it was.",
        source.permission());
  }

  /**
   * Saves what changed in the results, returning how many resources were read and the warnings
   * said.
   */
  int save(
      List<TypeResult> results,
      String zoneId,
      String zoneName,
      List<ScanWarning> said,
      Instant now) {
    var deltas = new ArrayList<ResourceDelta>();
    var read = 0;
    for (var result : results) {
      var warning = result.warning();
      note(result.type(), warning, now);
      if (warning != null) {
        said.add(warning);
      }
      var entries = result.entries();
      if (entries == null) {
        continue;
      }
      read += entries.size();
      var stored = store.stored(connection.id(), result.type().name(), zoneId);
      var delta =
          ResourceDiff.delta(scanId, result.type().name(), zoneId, zoneName, stored, entries, now);
      if (!delta.isEmpty()) {
        deltas.add(delta);
      }
    }
    if (!deltas.isEmpty()) {
      store.save(connection.id(), deltas, now);
    }
    return read;
  }

  private void note(ResourceType type, @Nullable ScanWarning warning, Instant now) {
    var before = outcomes.get(type.name());
    if (before != null && !before.available()) {
      return; // The first refusal is the one reported.
    }
    outcomes.put(
        type.name(),
        warning == null
            ? new TypeRead(type.name(), now, true, null, null)
            : new TypeRead(type.name(), now, false, warning.reason(), warning.permission()));
  }

  /** Records how each type's read went, as of {@code finished}. */
  void finish(Instant finished) {
    if (outcomes.isEmpty()) {
      return;
    }
    store.noteReads(
        connection.id(),
        outcomes.values().stream()
            .map(o -> new TypeRead(o.type(), finished, o.available(), o.reason(), o.permission()))
            .toList());
  }
}
