package dev.flarelink.simulator.http;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the simulator received it.
 *
 * @param path the path below {@code /client/v4}
 * @param query query parameters by name, in order
 * @param remoteIp the caller's address
 */
@SuppressWarnings("ArrayRecordComponent") // a request to read, never compared or hashed
public record SimRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body,
    String remoteIp) {

  public SimRequest {
    var sorted = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
    sorted.putAll(headers);
    headers = sorted;
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a query parameter, or {@code null}. */
  public String param(String name) {
    var values = query.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** A header, or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
