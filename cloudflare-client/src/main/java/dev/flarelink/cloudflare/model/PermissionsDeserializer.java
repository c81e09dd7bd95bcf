package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a role's {@code permissions} in each of the shapes Cloudflare has used: an object of {@code
 * {read, edit}} or {@code {read, write}}, or an array of strings such as {@code "#zones:read"}.
 */
final class PermissionsDeserializer extends JsonDeserializer<Map<String, Permission>> {

  @Override
  public Map<String, Permission> deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonNode node = parser.readValueAsTree();
    var permissions = new LinkedHashMap<String, Permission>();
    if (node.isObject()) {
      node.properties()
          .forEach(
              entry -> {
                var value = entry.getValue();
                var edit =
                    value.path("edit").asBoolean(false) || value.path("write").asBoolean(false);
                permissions.put(
                    entry.getKey(), new Permission(value.path("read").asBoolean(false), edit));
              });
    } else if (node.isArray()) {
      for (var item : node) {
        var text = item.asText().replaceFirst("^#", "");
        var colon = text.lastIndexOf(':');
        var area = colon < 0 ? text : text.substring(0, colon);
        var access = colon < 0 ? "read" : text.substring(colon + 1);
        var known = permissions.getOrDefault(area, new Permission(false, false));
        permissions.put(
            area,
            new Permission(
                known.read() || access.equals("read"),
                known.edit() || access.equals("edit") || access.equals("write")));
      }
    }
    return Map.copyOf(permissions);
  }
}
