package dev.flarelink.cli;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.view.ResourceViews;
import dev.flarelink.core.view.ResourceViews.Document;
import dev.flarelink.core.view.ResourceViews.TypeList;
import dev.flarelink.core.view.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows the {@code resources} command prints where core has no table of its own: the types, a
 * search over every type, and one resource's fields.
 */
final class ResourceTables {

  /** The columns a terminal shows of the types; CSV has every column. */
  static final List<String> TYPE_COLUMNS =
      List.of("type", "scope", "service", "total", "scanned_at", "available");

  /** The columns a terminal shows of a search over every type. */
  static final List<String> SEARCH_COLUMNS =
      List.of("type", "id", "name", "zone_name", "modified_on", "fields");

  private ResourceTables() {}

  /** One row per type: how the connection has it, why not when it cannot be read. */
  static Tabular types(TypeList types) {
    var rows = new ArrayList<List<Object>>();
    for (var t : types.types()) {
      rows.add(
          cells(
              t.type(),
              t.scope(),
              t.service(),
              t.enabled(),
              t.total(),
              t.scannedAt(),
              t.available(),
              t.reason(),
              t.permission(),
              t.description()));
    }
    return new Tabular(
        List.of(
            "type",
            "scope",
            "service",
            "enabled",
            "total",
            "scanned_at",
            "available",
            "reason",
            "permission",
            "description"),
        rows);
  }

  /** Resources of any type: identity, then the type's fields as {@code name=value}, ... */
  static Tabular search(List<ResourceEntry> entries) {
    var rows = new ArrayList<List<Object>>();
    for (var e : entries) {
      var item = ResourceViews.item(e);
      rows.add(
          cells(
              item.type(),
              item.id(),
              item.name(),
              item.zoneName(),
              item.modifiedOn(),
              fields(item.fields())));
    }
    return new Tabular(SEARCH_COLUMNS, rows);
  }

  /** A resource as field and value rows; the documents are kept as compact JSON. */
  static Tabular document(Document document) {
    var item = document.item();
    var rows = new ArrayList<List<Object>>();
    rows.add(cells("type", item.type()));
    rows.add(cells("id", item.id()));
    rows.add(cells("name", item.name()));
    if (item.zoneId() != null) {
      rows.add(cells("zone_id", item.zoneId()));
      rows.add(cells("zone_name", item.zoneName()));
    }
    rows.add(cells("modified_on", item.modifiedOn()));
    item.fields().forEach((name, value) -> rows.add(cells(name, value)));
    rows.add(cells("source", document.source()));
    rows.add(cells("document", document.document().toString()));
    document.parts().forEach((name, part) -> rows.add(cells("parts." + name, part.toString())));
    return new Tabular(List.of("field", "value"), rows);
  }

  private static String fields(Map<String, String> fields) {
    var text = new ArrayList<String>();
    fields.forEach((name, value) -> text.add(name + "=" + value));
    return String.join(", ", text);
  }

  /**
   * The rows with Cloudflare's {@code true} and {@code false} (kept as text in a resource's fields)
   * as booleans, so that a terminal table says yes and no; CSV writes them as the same text.
   */
  static Tabular booleans(Tabular table) {
    var rows = new ArrayList<List<Object>>();
    for (var row : table.rows()) {
      var cells = new ArrayList<Object>();
      for (var cell : row) {
        cells.add(cell instanceof String text && isBoolean(text) ? Boolean.valueOf(text) : cell);
      }
      rows.add(cells);
    }
    return new Tabular(table.header(), rows);
  }

  private static boolean isBoolean(String text) {
    return text.equals("true") || text.equals("false");
  }

  /** A row; unlike {@code List.of}, it keeps a {@code null} (a cell without a value). */
  private static List<Object> cells(Object... values) {
    var row = new ArrayList<Object>();
    for (var value : values) {
      row.add(value);
    }
    return row;
  }
}
