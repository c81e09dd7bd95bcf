package dev.flarelink.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.mcp.tool.Listing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource's document (and the parts read beside it) cut to what one answer holds: its top-level
 * members in order while they fit, a long array to the elements that fit, and a note naming what
 * was left out and how to ask for it ({@code fields}, {@code offset}).
 *
 * @param document the document's members kept
 * @param parts the parts kept
 * @param cut what was left out, or {@code null} when everything asked for is there
 */
record DocumentCut(ObjectNode document, Map<String, JsonNode> parts, Map<String, Object> cut) {

  /** One array kept in part: from which element, how many, of how many. */
  record Slice(int from, int returned, int total) {}

  /**
   * The members {@code fields} names (every member when empty), arrays among them starting at
   * element {@code offset}, within {@code budget} characters of JSON.
   *
   * @throws InvalidInputException when a field is not a member, or an offset has no field to apply
   */
  static DocumentCut of(
      JsonNode document, Map<String, JsonNode> parts, List<String> fields, int offset, int budget) {
    if (offset > 0 && fields.isEmpty()) {
      throw InvalidInputException.of(
          "offset", "applies to the array members named in fields, e.g. fields: [\"rules\"]");
    }
    var members = new LinkedHashMap<String, JsonNode>();
    document.properties().forEach(m -> members.put(m.getKey(), m.getValue()));
    var partNames = new ArrayList<String>();
    parts.forEach(
        (name, part) -> {
          members.putIfAbsent(name, part);
          partNames.add(name);
        });
    for (var field : fields) {
      if (!members.containsKey(field)) {
        throw InvalidInputException.of(
            "fields",
            "the document has no member \""
                + field
                + "\"; its members are "
                + String.join(", ", members.keySet()));
      }
    }
    var kept = JsonNodeFactory.instance.objectNode();
    var keptParts = new LinkedHashMap<String, JsonNode>();
    var leftOut = new ArrayList<String>();
    var slices = new LinkedHashMap<String, Slice>();
    var remaining = budget;
    for (var member : members.entrySet()) {
      var name = member.getKey();
      if (!fields.isEmpty() && !fields.contains(name)) {
        continue;
      }
      var value = member.getValue();
      var from = value.isArray() && fields.contains(name) ? Math.min(offset, value.size()) : 0;
      var length = Listing.length(value);
      JsonNode shown = null;
      if (from == 0 && length <= remaining) {
        shown = value;
        remaining -= length;
      } else if (value.isArray()) {
        var slice = JsonNodeFactory.instance.arrayNode();
        remaining -= take((ArrayNode) value, from, remaining, slice);
        shown = slice;
        if (from > 0 || slice.size() < value.size()) {
          slices.put(name, new Slice(from, slice.size(), value.size()));
        }
      } else {
        leftOut.add(name);
      }
      if (shown != null) {
        if (partNames.contains(name) && !document.has(name)) {
          keptParts.put(name, shown);
        } else {
          kept.set(name, shown);
        }
      }
    }
    return new DocumentCut(kept, keptParts, note(leftOut, slices, budget));
  }

  /** Adds the elements from {@code from} that fit; answers the characters they take. */
  private static int take(ArrayNode array, int from, int room, ArrayNode into) {
    var used = 2;
    for (int i = from; i < array.size(); i++) {
      var length = Listing.length(array.get(i)) + 1;
      if (used + length > room) {
        break;
      }
      into.add(array.get(i));
      used += length;
    }
    return used;
  }

  /** What was cut and how to ask for it; {@code null} when nothing asked for was cut. */
  private static Map<String, Object> note(
      List<String> leftOut, Map<String, Slice> slices, int budget) {
    var unfinished =
        slices.entrySet().stream()
            .filter(s -> s.getValue().from() + s.getValue().returned() < s.getValue().total())
            .findFirst();
    if (leftOut.isEmpty() && unfinished.isEmpty()) {
      return slices.isEmpty() ? null : Map.of("arrays", slices);
    }
    var text =
        new StringBuilder("The document is larger than one answer holds (")
            .append(budget)
            .append(" characters of JSON).");
    if (!leftOut.isEmpty()) {
      text.append(" Left out: ")
          .append(String.join(", ", leftOut))
          .append("; ask for them with fields, e.g. fields: [\"")
          .append(leftOut.getFirst())
          .append("\"].");
    }
    slices.forEach(
        (name, s) ->
            text.append(' ')
                .append(name)
                .append(": elements ")
                .append(s.from())
                .append(" to ")
                .append(s.from() + s.returned() - 1)
                .append(" of ")
                .append(s.total())
                .append('.'));
    unfinished.ifPresent(
        s ->
            text.append(" For the rest of ")
                .append(s.getKey())
                .append(", call again with fields: [\"")
                .append(s.getKey())
                .append("\"], offset: ")
                .append(s.getValue().from() + s.getValue().returned())
                .append('.'));
    var out = new LinkedHashMap<String, Object>();
    out.put("left_out", leftOut);
    out.put("arrays", slices);
    out.put("note", text.toString());
    return out;
  }
}
