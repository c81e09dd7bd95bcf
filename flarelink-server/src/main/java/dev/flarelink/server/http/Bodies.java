package dev.flarelink.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.view.ProblemView.FieldError;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads request bodies strictly: JSON objects only, known fields only, strings where text goes. */
final class Bodies {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_BYTES = 64 * 1024;

  private static final Set<String> CONNECTION_FIELDS =
      Set.of(
          "name",
          "account_id",
          "credential_kind",
          "token_type",
          "token",
          "key",
          "email",
          "enabled_services");

  /** A connection to save, and whether to keep it even when its test fails. */
  record Save(ConnectionInput input, boolean anyway) {}

  private Bodies() {}

  static JsonNode object(Context ctx) {
    var bytes = ctx.bodyAsBytes();
    if (bytes.length > MAX_BYTES) {
      throw new Problem(
          413,
          "Body too large",
          "The body has " + bytes.length + " bytes; at most " + MAX_BYTES + " are accepted");
    }
    try {
      var node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new Problem(
            400,
            "Not a JSON object",
            "Send a JSON object, e.g. {\"name\": \"Production\", \"account_id\": \"...\", \"token\": \"...\"}");
      }
      return node;
    } catch (IOException e) {
      throw new Problem(
          400, "Malformed JSON", "The body is not valid JSON: " + firstLine(e.getMessage()));
    }
  }

  /** A connection to test: the connection's fields only. */
  static ConnectionInput connection(Context ctx) {
    return connection(ctx, false).input();
  }

  /** A connection to save or change: its fields and {@code save_anyway}. */
  static Save save(Context ctx) {
    return connection(ctx, true);
  }

  private static Save connection(Context ctx, boolean saving) {
    var body = object(ctx);
    var errors = new ArrayList<FieldError>();
    var known = new TreeSet<>(CONNECTION_FIELDS);
    if (saving) {
      known.add("save_anyway");
    }
    body.fieldNames()
        .forEachRemaining(
            field -> {
              if (!known.contains(field)) {
                errors.add(
                    FieldError.of(
                        field, "Unknown field; the fields are " + String.join(", ", known)));
              }
            });
    var input =
        new ConnectionInput(
            text(body, "name", errors),
            text(body, "account_id", errors),
            text(body, "credential_kind", errors),
            text(body, "token_type", errors),
            text(body, "token", errors),
            text(body, "key", errors),
            text(body, "email", errors),
            list(body, "enabled_services", errors));
    var anyway = body.get("save_anyway");
    if (anyway != null && !anyway.isNull() && !anyway.isBoolean()) {
      errors.add(
          FieldError.of(
              "save_anyway",
              "Expected true or false: true keeps the connection even when its test fails"));
    }
    if (!errors.isEmpty()) {
      throw new Problem(
          400,
          "Invalid connection",
          "The connection has " + errors.size() + " problem(s); see errors",
          errors);
    }
    return new Save(input, anyway != null && anyway.asBoolean(false));
  }

  static String text(JsonNode body, String field, List<FieldError> errors) {
    var value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(
          FieldError.of(
              field,
              "Expected a string, got " + value.getNodeType().name().toLowerCase(Locale.ROOT)));
      return null;
    }
    return value.asText();
  }

  private static List<String> list(JsonNode body, String field, List<FieldError> errors) {
    var value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      errors.add(
          FieldError.of(
              field, "Expected a list of service names, e.g. [\"identity\", \"inventory\"]"));
      return null;
    }
    var items = new ArrayList<String>();
    for (var item : value) {
      if (!item.isTextual()) {
        errors.add(FieldError.of(field, "Every service is a string"));
        return null;
      }
      items.add(item.asText());
    }
    return items;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    var end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
