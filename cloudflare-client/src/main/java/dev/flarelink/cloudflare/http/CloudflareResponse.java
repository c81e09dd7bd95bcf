package dev.flarelink.cloudflare.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP response, with its whole body read.
 *
 * @param status the HTTP status
 * @param headers the headers; names compare case-insensitively
 * @param body the body bytes, possibly empty
 */
@SuppressWarnings("ArrayRecordComponent") // equals and hashCode below compare the bytes
public record CloudflareResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public CloudflareResponse {
    var sorted = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> sorted.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(sorted);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, or {@code null}. */
  public @Nullable String header(String name) {
    var values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** Cloudflare's {@code cf-ray} id, or {@code null}. */
  public @Nullable String rayId() {
    return header("cf-ray");
  }

  /** Whether the response declares a JSON body. */
  public boolean isJson() {
    var type = header("content-type");
    return type != null && type.toLowerCase(Locale.ROOT).contains("json");
  }

  @Override
  public String toString() {
    return "CloudflareResponse[status=" + status + ", bytes=" + body.length + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CloudflareResponse that
        && status == that.status
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return 31 * status + Arrays.hashCode(body);
  }
}
