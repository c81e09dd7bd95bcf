package dev.flarelink.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request the simulator received, for tests to inspect.
 *
 * @param path the path below {@code /client/v4}
 * @param query the query parameters
 * @param headers the headers, names lower-cased
 */
@SuppressWarnings("ArrayRecordComponent") // a capture to read, never compared or hashed
public record RecordedRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body) {

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first value of a query parameter, or {@code null}. */
  public String param(String name) {
    var values = query.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** A header by lower-case name, or {@code null}. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : " " + query);
  }
}
