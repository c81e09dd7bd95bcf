package dev.flarelink.core.view;

import static dev.flarelink.core.view.ScanViews.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceField;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.inventory.ResourceQueries.TypeStatus;
import dev.flarelink.core.inventory.ResourceStore.ResourcePage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON and CSV shapes of the resource catalogue (types, items, one item's document), shared by
 * the REST API, the CLI and the MCP tools.
 */
public final class ResourceViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResourceViews() {}

  /** A field a type shows: its key in {@code fields} and its heading. */
  public record FieldView(String name, String label) {}

  /**
   * A resource type as a connection has it.
   *
   * @param scope {@code account}, {@code zone}, or {@code account, zone}
   * @param permission the permission groups reading it needs, in the dashboard's words
   * @param enabled whether the connection enables its service
   * @param reason why it is not available; left out when it is
   */
  public record TypeView(
      String type,
      String description,
      String scope,
      String service,
      String permission,
      boolean enabled,
      int total,
      @JsonProperty("scanned_at") @Nullable String scannedAt,
      boolean available,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason,
      List<FieldView> fields) {}

  /** Every resource type of the catalogue. */
  public record TypeList(List<TypeView> types) {}

  /**
   * One resource in a list.
   *
   * @param zoneId left out for an account resource
   * @param fields the type's fields that have a value, in the type's order
   */
  public record Item(
      String type,
      String id,
      String name,
      @JsonProperty("zone_id") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String zoneId,
      @JsonProperty("zone_name") @JsonInclude(JsonInclude.Include.NON_NULL)
          @Nullable String zoneName,
      @JsonProperty("modified_on") @Nullable String modifiedOn,
      Map<String, String> fields) {}

  /**
   * A page of resources and where they came from.
   *
   * @param type the type listed, or left out for a search over every type
   * @param source {@code inventory} or {@code cloudflare}
   */
  public record ItemPage(
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String type,
      List<Item> items,
      Paging paging,
      String source) {}

  /**
   * One resource with Cloudflare's whole document.
   *
   * @param document the document as Cloudflare sent it (an open shape)
   * @param parts the documents read beside it (e.g. {@code health}); left out when none
   */
  public record Document(
      @JsonUnwrapped Item item,
      JsonNode document,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonNode> parts,
      String source) {}

  /** A type as a connection has it. */
  public static TypeView type(TypeStatus status) {
    var type = status.type();
    return new TypeView(
        type.name(),
        type.description(),
        type.scopes(),
        type.service().id(),
        String.join(", ", type.permissions()),
        status.enabled(),
        status.total(),
        text(status.scannedAt()),
        status.available(),
        status.reason() == null
            ? null
            : status.permission() == null || status.reason().contains(status.permission())
                ? status.reason()
                : status.reason()
                    + " Give the credential the permission "
                    + status.permission()
                    + ".",
        fields(type));
  }

  /** The fields a type shows. */
  public static List<FieldView> fields(ResourceType type) {
    return type.fields().stream().map(f -> new FieldView(f.name(), f.label())).toList();
  }

  /** Every type as a connection has it. */
  public static TypeList types(List<TypeStatus> statuses) {
    return new TypeList(statuses.stream().map(ResourceViews::type).toList());
  }

  /** A resource in a list. */
  public static Item item(ResourceEntry entry) {
    return new Item(
        entry.type(),
        entry.resourceId(),
        entry.name(),
        entry.zoned() ? entry.zoneId() : null,
        entry.zoned() ? entry.zoneName() : null,
        text(entry.modifiedOn()),
        entry.fields());
  }

  /** A page of resources; {@code type} is {@code null} for a search over every type. */
  public static ItemPage page(@Nullable ResourceType type, ResourcePage page, boolean fresh) {
    return new ItemPage(
        type == null ? null : type.name(),
        page.items().stream().map(ResourceViews::item).toList(),
        Paging.of(page.page(), page.perPage(), page.total()),
        fresh ? "cloudflare" : "inventory");
  }

  /** One resource with its whole document. */
  public static Document document(ResourceEntry entry, boolean fresh) {
    var parts = new LinkedHashMap<String, JsonNode>();
    parse(entry.parts()).properties().forEach(part -> parts.put(part.getKey(), part.getValue()));
    return new Document(
        item(entry), parse(entry.document()), parts, fresh ? "cloudflare" : "inventory");
  }

  /** Rows of a type's resources: id, name, zone (for zoned types), modified, then its fields. */
  public static Tabular table(ResourceType type, List<ResourceEntry> entries) {
    var header = new ArrayList<String>(List.of("id", "name"));
    if (type.zoned()) {
      header.add("zone_name");
    }
    header.add("modified_on");
    type.fields().stream().map(ResourceField::name).forEach(header::add);
    var rows = new ArrayList<List<Object>>();
    for (var entry : entries) {
      var row = new ArrayList<Object>();
      row.add(entry.resourceId());
      row.add(entry.name());
      if (type.zoned()) {
        row.add(entry.zoneName());
      }
      row.add(text(entry.modifiedOn()));
      type.fields().forEach(f -> row.add(entry.fields().get(f.name())));
      rows.add(row);
    }
    return new Tabular(header, rows);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // Stored by a scan from Cloudflare's JSON, so only a damaged row gets here; shown as text.
      return JsonNodeFactory.instance.textNode(json);
    }
  }
}
