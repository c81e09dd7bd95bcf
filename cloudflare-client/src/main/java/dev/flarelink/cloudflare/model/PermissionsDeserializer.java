package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a role's {@code permissions} in each of the shapes Cloudflare has used: an object of {@code
 * {read, edit}} or {@code {read, write}}, or an array of strings such as {@code "#zones:read"}. It
 * reads the tokens as they stream, since every member repeats its roles.
 */
final class PermissionsDeserializer extends JsonDeserializer<Map<String, Permission>> {

  @Override
  public Map<String, Permission> deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    var permissions = new LinkedHashMap<String, Permission>();
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        var area = parser.currentName();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          parser.skipChildren();
          continue;
        }
        var read = false;
        var edit = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          var access = parser.currentName();
          var granted = parser.nextToken() == JsonToken.VALUE_TRUE;
          parser.skipChildren();
          switch (access) {
            case "read" -> read = granted;
            case "edit", "write" -> edit = edit || granted;
            default -> {}
          }
        }
        permissions.put(area, new Permission(read, edit));
      }
    } else if (parser.currentToken() == JsonToken.START_ARRAY) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        var text = parser.getValueAsString("").replaceFirst("^#", "");
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
    } else {
      parser.skipChildren();
    }
    return Map.copyOf(permissions);
  }
}
