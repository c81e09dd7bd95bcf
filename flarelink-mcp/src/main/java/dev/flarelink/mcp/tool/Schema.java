package dev.flarelink.mcp.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a tool's input schema (a JSON Schema object) one property at a time. */
public final class Schema {

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();

  private Schema() {}

  /** An object schema with no properties yet. */
  public static Schema object() {
    return new Schema();
  }

  /** The {@code connection} argument every connection-scoped tool takes. */
  public Schema connection() {
    return string(
        "connection",
        "The saved connection's name or id (see list_connections); may be left out when there is"
            + " only one.");
  }

  /** A string property. */
  public Schema string(String name, String description) {
    return property(name, Map.of("type", "string", "description", description));
  }

  /** A string property with allowed values. */
  public Schema choice(String name, String description, List<String> allowed) {
    return property(name, Map.of("type", "string", "description", description, "enum", allowed));
  }

  /** An integer property with bounds. */
  public Schema integer(String name, String description, int minimum, int maximum) {
    return property(
        name,
        Map.of(
            "type", "integer", "description", description, "minimum", minimum, "maximum", maximum));
  }

  /** A boolean property. */
  public Schema bool(String name, String description) {
    return property(name, Map.of("type", "boolean", "description", description));
  }

  /** An array-of-strings property. */
  public Schema strings(String name, String description) {
    return property(
        name,
        Map.of("type", "array", "items", Map.of("type", "string"), "description", description));
  }

  /** An object property with any members. */
  public Schema anyObject(String name, String description) {
    return property(name, Map.of("type", "object", "description", description));
  }

  /** The bounded-list arguments: {@code limit}, {@code cursor} and {@code fields}. */
  public Schema listing(int defaultLimit) {
    return integer(
            "limit",
            "How many items to return (default " + defaultLimit + ", at most " + Listing.MAX + ").",
            1,
            Listing.MAX)
        .string("cursor", "The next_cursor of a previous answer, to continue where it ended.")
        .strings("fields", "Only these fields of each item (default: all).");
  }

  /** Marks the named properties required. */
  public Schema require(String... names) {
    required.addAll(List.of(names));
    return this;
  }

  private Schema property(String name, Map<String, Object> schema) {
    properties.put(name, schema);
    return this;
  }

  /** The JSON Schema as maps. */
  public Map<String, Object> build() {
    var schema = new LinkedHashMap<String, Object>();
    schema.put("type", "object");
    schema.put("properties", Map.copyOf(properties));
    if (!required.isEmpty()) {
      schema.put("required", List.copyOf(required));
    }
    schema.put("additionalProperties", false);
    return schema;
  }
}
