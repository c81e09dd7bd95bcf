package dev.flarelink.store;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.ResourceStore.ResourceDelta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Connections and resources for the resource store's tests. */
final class ResourceFixtures {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private ResourceFixtures() {}

  /** Creates workspace {@code w} and, in it, a connection for each id. */
  static void connections(Database database, String... ids) {
    new JdbcWorkspaceStore(database).create("w", "Workspace", NOW);
    var store = new JdbcConnectionStore(database);
    for (var id : ids) {
      store.insert(
          new Connection(
              id,
              "w",
              "Connection " + id,
              "0123456789abcdef0123456789abcdef",
              CredentialKind.ACCOUNT_TOKEN,
              null,
              "account_token …ghij",
              null,
              List.of(Service.INVENTORY),
              NOW,
              NOW,
              null,
              null,
              null),
          new byte[] {1});
    }
  }

  /** A resource whose document and fingerprint follow from its name and fields. */
  static ResourceEntry resource(
      String type, String zoneId, String id, String name, Map<String, String> fields) {
    return new ResourceEntry(
        type,
        id,
        zoneId,
        zoneId.isEmpty() ? "" : zoneId + ".example",
        name,
        NOW.minusSeconds(60),
        fields,
        "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}",
        "{}",
        Integer.toHexString((name + fields).hashCode()));
  }

  /** A delta that adds every resource (all of one type and place), with a change each. */
  static ResourceDelta added(List<ResourceEntry> entries) {
    var first = entries.get(0);
    var changes = new ArrayList<InventoryChange>();
    for (var entry : entries) {
      changes.add(change(entry, "added", null));
    }
    return new ResourceDelta(first.type(), first.zoneId(), entries, List.of(), changes);
  }

  static InventoryChange change(ResourceEntry entry, String change, String detail) {
    return new InventoryChange(
        "scan-1",
        entry.zoneId(),
        entry.zoneName(),
        entry.type(),
        entry.resourceId(),
        change,
        detail,
        NOW);
  }
}
