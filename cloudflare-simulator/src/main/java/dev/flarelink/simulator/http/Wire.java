package dev.flarelink.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes Cloudflare's envelope and error bodies. The simulator's only JSON writer. */
public final class Wire {

  /** The simulator's mapper. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Wire() {}

  /** A new JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new JSON array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** A timestamp as Cloudflare writes it: RFC 3339 with microseconds. */
  public static String time(Instant instant) {
    return instant == null ? null : TIME.format(instant);
  }

  /** A success envelope around a result. */
  public static SimResponse ok(JsonNode result) {
    return ok(result, null, null);
  }

  /** A success envelope with paging information and informational messages. */
  public static SimResponse ok(JsonNode result, ObjectNode resultInfo, ArrayNode messages) {
    var body = object();
    body.put("success", true);
    body.set("errors", array());
    body.set("messages", messages == null ? array() : messages);
    body.set("result", result);
    if (resultInfo != null) {
      body.set("result_info", resultInfo);
    }
    return json(200, body);
  }

  /** A JSON response. */
  public static SimResponse json(int status, JsonNode body) {
    try {
      return new SimResponse(status, "application/json", MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One error entry: {@code {code, message}}. */
  public static ObjectNode error(int code, String message) {
    return object().put("code", code).put("message", message);
  }

  /** An error entry with an {@code error_chain}. */
  public static ObjectNode error(int code, String message, ObjectNode... chain) {
    var entry = error(code, message);
    var list = entry.putArray("error_chain");
    for (var link : chain) {
      list.add(link);
    }
    return entry;
  }

  /**
   * A failure envelope: {@code success:false}, the errors, {@code messages:[]}, {@code
   * result:null}.
   */
  public static SimResponse failure(int status, ObjectNode... errors) {
    var body = object();
    body.put("success", false);
    var list = body.putArray("errors");
    for (var error : errors) {
      list.add(error);
    }
    body.set("messages", array());
    body.putNull("result");
    return json(status, body);
  }

  /** An exception that answers with a failure envelope. */
  public static SimException fail(int status, int code, String message) {
    return new SimException(failure(status, error(code, message)));
  }
}
