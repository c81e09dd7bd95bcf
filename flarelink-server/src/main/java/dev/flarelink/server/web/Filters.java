package dev.flarelink.server.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A page's filters as the person set them, so that the form shows them again and the pager and the
 * export keep them.
 */
public final class Filters {

  private final Map<String, String> values;

  private Filters(Map<String, String> values) {
    this.values = values;
  }

  /** The request's query parameters (the first value of each), blanks left out. */
  static Filters of(Context ctx) {
    var values = new LinkedHashMap<String, String>();
    ctx.queryParamMap()
        .forEach(
            (name, list) -> {
              if (!list.isEmpty() && !list.getFirst().isBlank()) {
                values.put(name, list.getFirst().strip());
              }
            });
    return new Filters(values);
  }

  /** The query parameter {@code name}, or {@code null} when it is missing or blank. */
  static String param(Context ctx, String name) {
    var value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value set for {@code name}, or an empty string. */
  public String get(String name) {
    return values.getOrDefault(name, "");
  }

  /** Whether {@code name} is set to {@code value}. */
  public boolean is(String name, String value) {
    return value.equals(values.get(name));
  }

  /** A query string of these filters with {@code name} set to {@code value}, e.g. the next page. */
  public String with(String name, Object value) {
    var copy = new LinkedHashMap<>(values);
    copy.put(name, String.valueOf(value));
    return "?"
        + copy.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
