package dev.flarelink.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response the simulator will send. Headers are added by the front end as it goes. */
public final class SimResponse {

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /** A response with this status, content type and body. */
  public SimResponse(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  /** A plain-text response. */
  public static SimResponse text(int status, String contentType, String text) {
    return new SimResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a header and returns this response. */
  public SimResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The status. */
  public int status() {
    return status;
  }

  /** The content type. */
  public String contentType() {
    return contentType;
  }

  /** The body. */
  public byte[] body() {
    return body;
  }

  /** Extra headers. */
  public Map<String, String> headers() {
    return headers;
  }
}
