package dev.flarelink.cloudflare.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request to the Cloudflare API, relative to the client's base URL. Immutable; build it
 * with {@link #builder(String, String)}.
 *
 * @param method the HTTP method
 * @param path the path below the base URL, starting with {@code /}
 * @param query the query parameters in order; a name may repeat
 * @param headers extra headers; credential headers are added by the client, never here
 * @param body the body, or {@code null}
 * @param idempotent whether sending it twice has the effect of sending it once
 * @param budget which rate budget the request spends
 */
@SuppressWarnings("ArrayRecordComponent") // equals and hashCode below compare the bytes
public record CloudflareRequest(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    Map<String, String> headers,
    byte @Nullable [] body,
    boolean idempotent,
    Budget budget) {

  /** The rate budgets Cloudflare keeps apart. */
  public enum Budget {
    /** The client API's budget (1200 requests per 300 s per credential). */
    REST,
    /** GraphQL Analytics' own budget (300 queries per 300 s). */
    GRAPHQL
  }

  public CloudflareRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
    Objects.requireNonNull(budget, "budget == null");
  }

  /** A builder for a request; GET, HEAD, PUT, DELETE and OPTIONS default to idempotent. */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * An identifier as one path segment, percent-encoded so that it can never change the path (for
   * requests built by hand with {@link #builder}).
   *
   * @throws IllegalArgumentException when the identifier is empty
   */
  public static String segment(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An identifier in the path is empty");
    }
    return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The path with its encoded query, as sent and as shown in errors. */
  public String pathWithQuery() {
    if (query.isEmpty()) {
      return path;
    }
    var text = new StringBuilder(path).append('?');
    for (int i = 0; i < query.size(); i++) {
      var entry = query.get(i);
      text.append(i == 0 ? "" : "&")
          .append(encode(entry.getKey()))
          .append('=')
          .append(encode(entry.getValue()));
    }
    return text.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A copy with one query parameter set, replacing any of the same name. */
  public CloudflareRequest withQueryParameter(String name, String value) {
    var copy = new ArrayList<Map.Entry<String, String>>();
    query.stream().filter(entry -> !entry.getKey().equals(name)).forEach(copy::add);
    copy.add(Map.entry(name, value));
    return new CloudflareRequest(method, path, copy, headers, body, idempotent, budget);
  }

  /** The value of a query parameter, or {@code null}. */
  public @Nullable String queryParameter(String name) {
    return query.stream()
        .filter(entry -> entry.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  @Override
  public String toString() {
    return method + " " + pathWithQuery();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CloudflareRequest that
        && method.equals(that.method)
        && path.equals(that.path)
        && query.equals(that.query)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body)
        && idempotent == that.idempotent
        && budget == that.budget;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, Arrays.hashCode(body), budget);
  }

  /** Builds a {@link CloudflareRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte @Nullable [] body;
    private boolean idempotent;
    private Budget budget = Budget.REST;

    private Builder(String method, String path) {
      this.method = method.toUpperCase(Locale.ROOT);
      this.path = path.startsWith("/") ? path : "/" + path;
      this.idempotent = List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS").contains(this.method);
    }

    /** Adds a query parameter unless the value is {@code null}. */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /** Adds every entry of the map as a query parameter. */
    public Builder queryAll(Map<String, String> parameters) {
      parameters.forEach(this::query);
      return this;
    }

    /** Sets a header. */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Sets a JSON body. */
    public Builder jsonBody(byte[] json) {
      this.body = json;
      headers.put("Content-Type", "application/json");
      return this;
    }

    /** Overrides whether the request is idempotent. */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Chooses the rate budget the request spends. */
    public Builder budget(Budget budget) {
      this.budget = budget;
      return this;
    }

    /** Builds the request. */
    public CloudflareRequest build() {
      return new CloudflareRequest(method, path, query, headers, body, idempotent, budget);
    }
  }
}
