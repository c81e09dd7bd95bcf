package dev.flarelink.mcp.tools;

import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceField;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.inventory.ResourceQueries;
import dev.flarelink.core.inventory.ResourceQueries.TypeStatus;
import dev.flarelink.core.view.ResourceViews;
import dev.flarelink.mcp.tool.Args;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.Listing;
import dev.flarelink.mcp.tool.Schema;
import dev.flarelink.mcp.tool.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The resource catalogue (rulesets, IP access rules, Page Rules, certificate packs, load balancing,
 * health checks, waiting rooms): its types as the connection has them, a bounded search, and one
 * resource's whole document, cut to what an answer holds.
 */
final class ResourceTools {

  /** The most of a type's fields one search names. */
  private static final int MAX_FIELDS = 20;

  private static final List<String> TYPES =
      ResourceCatalogue.types().stream().map(ResourceType::name).toList();

  private static final String TYPE =
      "The resource type, one of "
          + String.join(", ", TYPES)
          + " (list_resource_types says what each holds and whether this connection reads it).";

  private static final String FRESH =
      "Read Cloudflare now instead of the last scan (slower, uses the rate limit).";

  private ResourceTools() {}

  static List<FlarelinkTool> all() {
    var services = ResourceQueries.services();
    return List.of(
        FlarelinkTool.readAny(
            "list_resource_types",
            "List resource types",
            "Lists the resource types Flarelink reads beside zones and DNS (WAF and custom"
                + " rulesets, IP access rules, Page Rules, certificate packs, load balancers,"
                + " pools, monitors, health checks, waiting rooms): each one's scope, service,"
                + " permission, fields, how many the last scan kept, and why one cannot be read.",
            Schema.object().connection(),
            services,
            ResourceTools::types),
        FlarelinkTool.readAny(
            "search_resources",
            "Search resources",
            "Finds resources of one type or of every type by words in their name, id or fields"
                + " (e.g. a hostname, an IP, a phase, an action), optionally in one zone. Answers"
                + " each resource's id, name, zone and fields; get_resource gives one whole.",
            Schema.object()
                .connection()
                .choice("type", "Only this type; leave out to search every type.", TYPES)
                .string("zone", "Only this zone (name or id); leave out for every zone.")
                .string("query", "Words every match holds, in any case.")
                .bool("fresh", FRESH + " Needs type.")
                .listing(25)
                .strings(
                    "fields",
                    "Only these of the type's fields (list_resource_types names them; at most "
                        + MAX_FIELDS
                        + "); the id, name and zone always come. Default: every field."),
            services,
            ResourceTools::search),
        FlarelinkTool.readAny(
            "get_resource",
            "Get a resource",
            "One resource with Cloudflare's whole document (e.g. a ruleset with its rules, a"
                + " pool with its origins and health). A document larger than one answer is cut,"
                + " and the answer says what was left out and how to ask for it.",
            Schema.object()
                .connection()
                .choice("type", TYPE, TYPES)
                .string("id", "The resource's id (search_resources gives it).")
                .string("zone", "The zone (name or id), where the same id is in several zones.")
                .bool("fresh", FRESH)
                .strings(
                    "fields",
                    "Only these top-level members of the document (or parts such as health);"
                        + " default every member, as many as fit.")
                .integer(
                    "offset",
                    "Start the array members named in fields at this element (to read a long list"
                        + " of rules or origins in parts).",
                    0,
                    1_000_000)
                .require("type", "id"),
            services,
            ResourceTools::get));
  }

  private static Answer types(ToolCall call) {
    var connection = call.connection();
    var statuses = call.useCases().resources().types(connection);
    var list = ResourceViews.types(statuses);
    var readable =
        statuses.stream()
            .filter(s -> s.enabled() && s.scannedAt() != null)
            .map(s -> s.type().name() + " (" + s.total() + ")")
            .toList();
    var off = statuses.stream().filter(s -> !s.enabled()).count();
    var summary =
        statuses.size()
            + " resource types; read by the last scan: "
            + (readable.isEmpty() ? "none" : String.join(", ", readable))
            + (off == 0 ? "" : "; " + off + " not enabled on this connection (see reason)");
    return new Answer(summary, list);
  }

  private static Answer search(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var resources = call.useCases().resources();
    var typeName = args.string("type");
    var type = typeName == null ? null : ResourceCatalogue.named("type", typeName);
    var askedFresh = Boolean.TRUE.equals(args.bool("fresh"));
    if (type == null && askedFresh) {
      throw InvalidInputException.of(
          "fresh",
          "reads one type from Cloudflare: give type too, or leave fresh out to search what the"
              + " last scan kept of every type");
    }
    var statuses = resources.types(connection);
    var status = type == null ? null : statusOf(statuses, type);
    // A type no scan has read yet has nothing stored: an empty answer would not be a clean one.
    var fresh = askedFresh || (status != null && status.enabled() && status.scannedAt() == null);
    var fields = fields(args, type);
    var zone = args.string("zone");
    var query = args.string("query");
    var out =
        Listing.shaped(
            args,
            25,
            "items",
            (page, perPage) -> {
              var found =
                  type == null
                      ? resources.search(connection, zone, query, page, perPage)
                      : resources.items(connection, type, zone, query, page, perPage, fresh);
              return new Listing.Page<>(found.items(), found.total());
            },
            entry -> shape(entry, fields));
    if (type != null) {
      out.put("type", type.name());
    }
    out.put("source", fresh ? "cloudflare" : "inventory");
    var note = fresh ? null : type == null ? everyTypeNote(statuses) : typeNote(status);
    if (note != null) {
      out.put("note", note);
    }
    var summary = InventoryTools.summary(out, type == null ? "resources" : type.name());
    if (fresh && !askedFresh) {
      summary =
          "No scan has read "
              + type.name()
              + " yet, so this was read from Cloudflare now: "
              + summary;
    }
    return new Answer(summary, out);
  }

  private static Answer get(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var resources = call.useCases().resources();
    var type = ResourceCatalogue.named("type", args.required("type"));
    var id = args.required("id");
    var fields = args.strings("fields");
    var offset = args.integer("offset", 0, 0, 1_000_000);
    var status = statusOf(resources.types(connection), type);
    var askedFresh = Boolean.TRUE.equals(args.bool("fresh"));
    var fresh = askedFresh || (status.enabled() && status.scannedAt() == null);
    var entry = resources.item(connection, type, id, args.string("zone"), fresh);
    var document = ResourceViews.document(entry, fresh);
    var cut =
        DocumentCut.of(document.document(), document.parts(), fields, offset, Listing.MAX_CHARS);
    var out = Listing.object(document.item());
    out.put("document", cut.document());
    if (!cut.parts().isEmpty()) {
      out.put("parts", cut.parts());
    }
    out.put("source", document.source());
    var summary = type.name() + " " + entry.name() + " (" + entry.resourceId() + ")";
    if (cut.cut() != null) {
      out.put("cut", cut.cut());
      if (cut.cut().get("note") instanceof String note) {
        summary += ". " + note;
      }
    }
    if (fresh && !askedFresh) {
      summary =
          "No scan has read "
              + type.name()
              + " yet, so this was read from Cloudflare now: "
              + summary;
    }
    return new Answer(summary, out);
  }

  /** The fields asked for, each a field of the type (of any type when none is given). */
  private static List<String> fields(Args args, ResourceType type) {
    var asked = args.strings("fields");
    if (asked.size() > MAX_FIELDS) {
      throw InvalidInputException.of(
          "fields", "names at most " + MAX_FIELDS + " fields, was " + asked.size());
    }
    var known = new LinkedHashSet<String>();
    (type == null ? ResourceCatalogue.types() : List.of(type))
        .forEach(t -> t.fields().stream().map(ResourceField::name).forEach(known::add));
    for (var field : asked) {
      if (!known.contains(field)) {
        throw InvalidInputException.of(
            "fields",
            "no field \""
                + field
                + "\""
                + (type == null ? " in any type" : " in " + type.name())
                + "; the fields are "
                + String.join(", ", known));
      }
    }
    return asked;
  }

  /** A resource in a list, with only the fields asked for (all when none). */
  private static Map<String, Object> shape(ResourceEntry entry, List<String> fields) {
    var item = Listing.object(ResourceViews.item(entry));
    if (!fields.isEmpty()) {
      var kept = new LinkedHashMap<String, String>();
      fields.forEach(
          f -> {
            if (entry.fields().containsKey(f)) {
              kept.put(f, entry.fields().get(f));
            }
          });
      item.put("fields", kept);
    }
    return item;
  }

  private static TypeStatus statusOf(List<TypeStatus> statuses, ResourceType type) {
    return statuses.stream()
        .filter(s -> s.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No status for the type " + type.name()));
  }

  /** Why a type's stored resources may not be all there is; {@code null} when they are. */
  private static String typeNote(TypeStatus status) {
    if (status.reason() == null) {
      return null;
    }
    return status.permission() == null || status.reason().contains(status.permission())
        ? status.reason()
        : status.reason() + " The credential needs the permission " + status.permission() + ".";
  }

  /** Which types a search over every type did not cover whole; {@code null} when it covered all. */
  private static String everyTypeNote(List<TypeStatus> statuses) {
    var notes = new ArrayList<String>();
    var notRead =
        statuses.stream()
            .filter(s -> s.enabled() && s.scannedAt() == null)
            .map(s -> s.type().name())
            .toList();
    if (!notRead.isEmpty()) {
      notes.add(
          "Not read by a scan yet: "
              + String.join(", ", notRead)
              + " (pass type and fresh: true to read one from Cloudflare, or call"
              + " scan_connection)");
    }
    statuses.stream()
        .filter(s -> s.enabled() && s.scannedAt() != null && !s.available())
        .forEach(s -> notes.add("Read in part: " + s.type().name() + ": " + typeNote(s)));
    var off = statuses.stream().filter(s -> !s.enabled()).map(s -> s.type().name()).toList();
    if (!off.isEmpty()) {
      notes.add("Not enabled on this connection, so not scanned: " + String.join(", ", off));
    }
    return notes.isEmpty() ? null : String.join(". ", notes) + ".";
  }
}
