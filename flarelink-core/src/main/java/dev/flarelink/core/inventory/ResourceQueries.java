package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceReader;
import dev.flarelink.core.catalogue.ResourceReader.Owner;
import dev.flarelink.core.catalogue.ResourceScope;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.inventory.ResourceStore.ResourcePage;
import dev.flarelink.core.inventory.ResourceStore.TypeRead;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's resources of a connection: which types there are and how their last read went,
 * their items and one item's whole document; from the inventory the scans keep, or, with {@code
 * fresh}, from Cloudflare directly. Both answer the same query the same way.
 */
public final class ResourceQueries {

  /**
   * A type as a connection has it.
   *
   * @param type the declaration
   * @param enabled whether the connection enables the type's service
   * @param total how many are stored
   * @param scannedAt when a scan last read it, or {@code null} before the first
   * @param available whether the last scan could read it everywhere it looked
   * @param reason why it is not available, for a person; {@code null} when it is
   * @param permission the permission that would make it available, when one would
   */
  public record TypeStatus(
      ResourceType type,
      boolean enabled,
      int total,
      @Nullable Instant scannedAt,
      boolean available,
      @Nullable String reason,
      @Nullable String permission) {}

  private static final Comparator<ResourceEntry> ORDER =
      Comparator.comparing(ResourceEntry::zoneName)
          .thenComparing(ResourceEntry::name)
          .thenComparing(ResourceEntry::resourceId);

  private final ConnectionService connections;
  private final InventoryStore inventory;
  private final ResourceStore store;
  private final Function<Credential, CloudflareClient> clients;

  /**
   * Queries over these stores; fresh reads use clients made by {@code clients}, built for a person
   * waiting.
   */
  public ResourceQueries(
      ConnectionService connections,
      InventoryStore inventory,
      ResourceStore store,
      Function<Credential, CloudflareClient> clients) {
    this.connections = connections;
    this.inventory = inventory;
    this.store = store;
    this.clients = clients;
  }

  /** Every type of the catalogue, with how the connection has it. */
  public List<TypeStatus> types(String workspaceId, String connectionId) {
    return types(connections.get(workspaceId, connectionId));
  }

  /** As {@link #types(String, String)}, for a connection the caller already found. */
  public List<TypeStatus> types(Connection connection) {
    var totals = store.totals(connection.id());
    var reads = store.reads(connection.id());
    var statuses = new ArrayList<TypeStatus>();
    for (var type : ResourceCatalogue.types()) {
      var total = totals.getOrDefault(type.name(), 0);
      var read = reads.stream().filter(r -> r.type().equals(type.name())).findFirst().orElse(null);
      statuses.add(status(connection, type, total, read));
    }
    return List.copyOf(statuses);
  }

  private static TypeStatus status(
      Connection connection, ResourceType type, int total, @Nullable TypeRead read) {
    var at = read == null ? null : read.readAt();
    if (!connection.services().contains(type.service())) {
      return new TypeStatus(
          type,
          false,
          total,
          at,
          false,
          "The connection does not enable the service "
              + type.service().id()
              + " ("
              + type.service().description()
              + "); enable it to scan "
              + type.name()
              + ".",
          String.join(", ", type.permissions()));
    }
    if (read == null) {
      return new TypeStatus(
          type,
          true,
          total,
          null,
          false,
          "Not read yet: run an inventory scan (the next scheduled one reads it too).",
          null);
    }
    return new TypeStatus(
        type, true, total, at, read.available(), read.reason(), read.permission());
  }

  /**
   * Items of a type matching a query (whose zone, if any, is a zone id or name).
   *
   * @throws ServiceNotEnabledException when the connection does not enable the type's service
   * @throws ZoneNotFoundException when the query names a zone the inventory does not have
   */
  public ResourcePage items(
      String workspaceId,
      String connectionId,
      ResourceType type,
      @Nullable String zone,
      @Nullable String text,
      int page,
      int perPage,
      boolean fresh) {
    return items(
        connections.get(workspaceId, connectionId), type, zone, text, page, perPage, fresh);
  }

  /** As {@link #items}, for a connection the caller already found in its workspace. */
  public ResourcePage items(
      Connection given,
      ResourceType type,
      @Nullable String zone,
      @Nullable String text,
      int page,
      int perPage,
      boolean fresh) {
    var connection = enabled(given, type);
    Paging.check(page, perPage);
    QueryText.check("zone", zone);
    if (fresh) {
      var all = freshItems(connection, type, zone, QueryText.check("q", text));
      return new ResourcePage(Paging.slice(all, page, perPage), all.size(), page, perPage);
    }
    var zoneId = zone == null || zone.isBlank() ? null : storedZone(connection, zone).zoneId();
    return store.page(connection.id(), new ResourceQuery(type.name(), zoneId, text, page, perPage));
  }

  /**
   * Resources of any enabled type matching words, for agents that do not know the type.
   *
   * @throws ZoneNotFoundException when the query names a zone the inventory does not have
   */
  public ResourcePage search(
      String workspaceId,
      String connectionId,
      @Nullable String zone,
      @Nullable String text,
      int page,
      int perPage) {
    return search(connections.get(workspaceId, connectionId), zone, text, page, perPage);
  }

  /** As {@link #search}, for a connection the caller already found in its workspace. */
  public ResourcePage search(
      Connection connection, @Nullable String zone, @Nullable String text, int page, int perPage) {
    var zoneId = zone == null || zone.isBlank() ? null : storedZone(connection, zone).zoneId();
    return store.page(connection.id(), new ResourceQuery(null, zoneId, text, page, perPage));
  }

  /**
   * One resource with Cloudflare's whole document; {@code zone} (an id or name, or {@code null})
   * narrows it where the same identifier appears in several zones.
   *
   * @throws NotFoundException when there is no such resource
   */
  public ResourceEntry item(
      String workspaceId,
      String connectionId,
      ResourceType type,
      String resourceId,
      @Nullable String zone,
      boolean fresh) {
    return item(connections.get(workspaceId, connectionId), type, resourceId, zone, fresh);
  }

  /** As {@link #item}, for a connection the caller already found in its workspace. */
  public ResourceEntry item(
      Connection given,
      ResourceType type,
      String resourceId,
      @Nullable String zone,
      boolean fresh) {
    var connection = enabled(given, type);
    QueryText.check("resource", resourceId);
    QueryText.check("zone", zone);
    var zoneId = zone == null || zone.isBlank() ? "" : zoneOf(connection, zone, fresh).zoneId();
    var stored = store.find(connection.id(), type.name(), resourceId, zoneId);
    if (!fresh) {
      return stored.orElseThrow(() -> notFound(type, resourceId, false));
    }
    try (var client = client(connection)) {
      var account = type.source(ResourceScope.ACCOUNT);
      if (account != null && zoneId.isEmpty()) {
        var found =
            ResourceReader.one(
                client, type, account, Owner.account(connection.accountId()), resourceId);
        if (found.isPresent()) {
          return found.get();
        }
      }
      var zoned = type.source(ResourceScope.ZONE);
      var inZone = zoneId.isEmpty() ? stored.map(ResourceEntry::zoneId).orElse("") : zoneId;
      if (zoned != null && !inZone.isEmpty()) {
        var zoneName = zoneOf(connection, inZone, true).name();
        var found =
            ResourceReader.one(client, type, zoned, Owner.zone(inZone, zoneName), resourceId);
        if (found.isPresent()) {
          return found.get();
        }
      }
      throw notFound(type, resourceId, true);
    }
  }

  private List<ResourceEntry> freshItems(
      Connection connection, ResourceType type, @Nullable String zone, @Nullable String text) {
    var all = new ArrayList<ResourceEntry>();
    try (var client = client(connection)) {
      var account = type.source(ResourceScope.ACCOUNT);
      if (account != null && (zone == null || zone.isBlank())) {
        all.addAll(
            ResourceReader.list(client, type, account, Owner.account(connection.accountId())));
      }
      var zoned = type.source(ResourceScope.ZONE);
      if (zoned != null) {
        var zones =
            zone == null || zone.isBlank()
                ? ZoneRefs.all(client, connection)
                : List.of(ZoneRefs.resolve(client, connection, zone));
        for (var z : zones) {
          all.addAll(ResourceReader.list(client, type, zoned, Owner.zone(z.zoneId(), z.name())));
        }
      }
    }
    return all.stream().filter(entry -> matches(entry, text)).sorted(ORDER).toList();
  }

  /** Whether every word of {@code text} appears, in any case, in the entry's name, id or fields. */
  static boolean matches(ResourceEntry entry, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    var haystack =
        (entry.name() + " " + entry.resourceId() + " " + String.join(" ", entry.fields().values()))
            .toLowerCase(Locale.ROOT);
    for (var word : text.toLowerCase(Locale.ROOT).strip().split("\\s+", -1)) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private ZoneEntry zoneOf(Connection connection, String ref, boolean fresh) {
    if (!fresh) {
      return storedZone(connection, ref);
    }
    var stored = inventory.zone(connection.id(), ref);
    if (stored.isPresent()) {
      return stored.get();
    }
    try (var client = client(connection)) {
      return ZoneRefs.resolve(client, connection, ref);
    }
  }

  private ZoneEntry storedZone(Connection connection, String ref) {
    return inventory
        .zone(connection.id(), ref)
        .orElseThrow(() -> new ZoneNotFoundException(ref, false));
  }

  private static NotFoundException notFound(ResourceType type, String id, boolean fresh) {
    return new NotFoundException(
        "No "
            + type.name()
            + " resource with id "
            + id
            + (fresh
                ? " in Cloudflare"
                : " in the inventory; run an inventory scan, or ask with fresh=true"));
  }

  private static Connection enabled(Connection connection, ResourceType type) {
    ServiceNotEnabledException.check(connection, type.service());
    return connection;
  }

  private CloudflareClient client(Connection connection) {
    return clients.apply(connections.credential(connection));
  }

  /** The services the catalogue's types belong to, once each. */
  public static List<Service> services() {
    return ResourceCatalogue.types().stream().map(ResourceType::service).distinct().toList();
  }
}
