package dev.flarelink.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.NoRouteException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads any declared resource type from Cloudflare: the list of a source, each item whole where the
 * list gives summaries, and the parts read beside each item. Errors are the client's (a refusal is
 * a {@link dev.flarelink.cloudflare.error.PermissionDeniedException}); the caller decides what a
 * refusal means.
 */
public final class ResourceReader {

  /** The zone a zoned source is read in, or none for the account. */
  public record Owner(String id, String zoneId, String zoneName) {

    /** The account: its resources carry no zone. */
    public static Owner account(String accountId) {
      return new Owner(accountId, "", "");
    }

    /** A zone of the account. */
    public static Owner zone(String zoneId, String zoneName) {
      return new Owner(zoneId, zoneId, zoneName);
    }
  }

  private ResourceReader() {}

  /**
   * Every item of {@code type} that {@code source} lists for {@code owner}, in Cloudflare's order.
   */
  public static List<ResourceEntry> list(
      CloudflareClient client, ResourceType type, ResourceSource source, Owner owner) {
    var request =
        CloudflareRequest.builder("GET", source.listPath(owner.id())).queryAll(source.query());
    if (source.listing().perPage() > 0) {
      request.query("per_page", source.listing().perPage());
    }
    var entries = new ArrayList<ResourceEntry>();
    for (var item : client.list(request.build(), JsonNode.class, source.listing().style())) {
      if (!kept(source, item)) {
        continue;
      }
      var id = type.id().read(item);
      if (id == null) {
        continue; // Nothing can refer to an item without an identifier.
      }
      var document = item;
      if (type.detailed()) {
        var whole = fetch(client, source.itemPath(owner.id(), id, ""));
        if (whole == null) {
          continue; // Gone between the list and the read; the next scan settles it.
        }
        document = whole;
      }
      entries.add(entry(type, owner, id, document, parts(client, type, source, owner, id)));
    }
    return List.copyOf(entries);
  }

  /**
   * One item, read whole with its parts, or empty when Cloudflare does not have it (or the source
   * has no endpoint for one item).
   */
  public static Optional<ResourceEntry> one(
      CloudflareClient client, ResourceType type, ResourceSource source, Owner owner, String id) {
    if (source.itemPath() == null) {
      // Cloudflare reads these only as a list (a zone's IP access rules): the item is found in it.
      return list(client, type, source, owner).stream()
          .filter(entry -> entry.resourceId().equals(id))
          .findFirst();
    }
    var document = fetch(client, source.itemPath(owner.id(), id, ""));
    if (document == null || !kept(source, document)) {
      return Optional.empty();
    }
    return Optional.of(entry(type, owner, id, document, parts(client, type, source, owner, id)));
  }

  private static boolean kept(ResourceSource source, JsonNode item) {
    var keep = source.keepOnly();
    if (keep == null) {
      return true;
    }
    var value = keep.field().read(item);
    return value == null || value.equals(keep.value());
  }

  private static ObjectNode parts(
      CloudflareClient client, ResourceType type, ResourceSource source, Owner owner, String id) {
    var parts = JsonNodeFactory.instance.objectNode();
    for (var part : type.parts()) {
      var document = fetch(client, source.itemPath(owner.id(), id, part.suffix()));
      if (document != null) {
        parts.set(part.key(), document);
      }
    }
    return parts;
  }

  private static @Nullable JsonNode fetch(CloudflareClient client, @Nullable String path) {
    if (path == null) {
      return null;
    }
    try {
      return client.request(CloudflareRequest.builder("GET", path).build(), JsonNode.class);
    } catch (NotFoundException | NoRouteException gone) {
      // Cloudflare cannot route an identifier of the wrong shape: no such item either.
      return null;
    }
  }

  /** An entry of {@code type} made from Cloudflare's document and the parts read beside it. */
  public static ResourceEntry entry(
      ResourceType type, Owner owner, String id, JsonNode document, ObjectNode parts) {
    var view =
        document.isObject()
            ? ((ObjectNode) document).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    parts.properties().forEach(part -> view.set(part.getKey(), part.getValue()));
    var fields = new LinkedHashMap<String, String>();
    for (var field : type.fields()) {
      var value = field.path().read(view);
      if (value != null) {
        fields.put(field.name(), clean(value));
      }
    }
    var name = type.title().read(view);
    var watched = document.isObject() ? ((ObjectNode) document).deepCopy() : document;
    if (watched instanceof ObjectNode object) {
      object.remove(type.unwatched());
    }
    return new ResourceEntry(
        type.name(),
        id,
        owner.zoneId(),
        owner.zoneName(),
        name == null ? id : clean(name),
        modifiedOn(type, view),
        fields,
        document.toString(),
        parts.toString(),
        digest(watched.toString() + "\u001f" + parts));
  }

  private static @Nullable Instant modifiedOn(ResourceType type, JsonNode view) {
    var path = type.modifiedOn();
    var text = path == null ? null : path.read(view);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }

  /** U+0000 cannot be stored in PostgreSQL text; it is kept as U+FFFD as elsewhere. */
  private static String clean(String text) {
    return text.replace('\u0000', '\uFFFD');
  }

  private static String digest(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
