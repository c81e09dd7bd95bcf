package dev.flarelink.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response queued for the scripted mode: the next request gets it, whatever it asks.
 *
 * @param headers extra headers, e.g. {@code Retry-After}
 */
public record ScriptedResponse(
    int status, String contentType, String body, Map<String, String> headers) {

  public ScriptedResponse {
    headers = Map.copyOf(headers);
  }

  /** A JSON response. */
  public static ScriptedResponse json(int status, String body) {
    return new ScriptedResponse(status, "application/json", body, Map.of());
  }

  /** A copy with one more header. */
  public ScriptedResponse withHeader(String name, String value) {
    var copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ScriptedResponse(status, contentType, body, copy);
  }

  byte[] bytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
