package dev.flarelink.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error answer: RFC 9457 problem details with a human message, never a stack trace. */
public final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient List<Map<String, String>> errors;

  /** A problem with this status, short title and detail. */
  public Problem(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  /** A problem with field errors. */
  public Problem(int status, String title, String detail, List<Map<String, String>> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** The short title, e.g. "Invalid input". */
  public String title() {
    return title;
  }

  /** The field errors, each {@code field} and {@code message}; empty when there are none. */
  public List<Map<String, String>> errors() {
    return errors;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The body: {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors}. */
  public Map<String, Object> body() {
    var body = new LinkedHashMap<String, Object>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", getMessage());
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
