package dev.flarelink.mcp.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded list for an agent: at most {@code limit} items and at most {@link #MAX_CHARS}
 * characters of JSON, the total, and an opaque cursor to continue. Pages of the underlying query
 * are fetched so that any position can continue, whatever the limit of the next call.
 */
public final class Listing {

  /** The most items one call returns. */
  public static final int MAX = 100;

  /** The most characters of JSON the items of one answer take. */
  public static final int MAX_CHARS = 40_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Listing() {}

  /** One page of the underlying query: its items and how many match in all. */
  public record Page<T>(List<T> items, int total) {}

  /** Fetches page {@code page} (from 1) of {@code perPage} items. */
  @FunctionalInterface
  public interface Pages<T> {
    Page<T> fetch(int page, int perPage);
  }

  /**
   * The list the arguments ask for ({@code limit}, {@code cursor}, {@code fields}), under {@code
   * key}, with {@code total} and {@code next_cursor}.
   */
  public static <T> Map<String, Object> of(
      Args args, int defaultLimit, String key, Pages<T> pages, Function<T, ?> view) {
    var fields = args.strings("fields");
    return shaped(args, defaultLimit, key, pages, item -> select(object(view.apply(item)), fields));
  }

  /**
   * The list the arguments ask for ({@code limit}, {@code cursor}), as {@link #of}, each item made
   * into the JSON object shown by {@code shape} (which reads any {@code fields} its own way).
   */
  public static <T> Map<String, Object> shaped(
      Args args,
      int defaultLimit,
      String key,
      Pages<T> pages,
      Function<T, Map<String, Object>> shape) {
    var limit = args.integer("limit", defaultLimit, 1, MAX);
    var offset = offset(args.string("cursor"));
    var first = pages.fetch(offset / limit + 1, limit);
    var items =
        new ArrayList<>(
            first
                .items()
                .subList(Math.min(offset % limit, first.items().size()), first.items().size()));
    var total = first.total();
    if (offset % limit != 0 && offset + items.size() < total) {
      var next = pages.fetch(offset / limit + 2, limit);
      items.addAll(next.items());
      total = next.total();
    }
    var shown = new ArrayList<Map<String, Object>>();
    var chars = 0;
    for (var item : items.subList(0, Math.min(limit, items.size()))) {
      var map = shape.apply(item);
      chars += length(map);
      if (chars > MAX_CHARS && !shown.isEmpty()) {
        break;
      }
      shown.add(map);
    }
    var out = new LinkedHashMap<String, Object>();
    out.put(key, shown);
    out.put("total", total);
    out.put("returned", shown.size());
    var end = offset + shown.size();
    out.put("next_cursor", end < total ? cursor(end) : null);
    return out;
  }

  /** A representation (a record of {@code core.view}, or a map) as its JSON object. */
  public static Map<String, Object> object(Object item) {
    return JSON.convertValue(item, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** The item with only the fields asked for; an unknown field names the ones there are. */
  static Map<String, Object> select(Map<String, Object> item, List<String> fields) {
    if (fields.isEmpty()) {
      return item;
    }
    var out = new LinkedHashMap<String, Object>();
    for (var field : fields) {
      if (!item.containsKey(field)) {
        throw InvalidInputException.of(
            "fields",
            "no field \"" + field + "\"; the fields are " + String.join(", ", item.keySet()));
      }
      out.put(field, item.get(field));
    }
    return out;
  }

  /** How many characters the value takes as JSON. */
  public static int length(Object value) {
    try {
      return JSON.writeValueAsString(value).length();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tool result is not JSON: " + e.getMessage(), e);
    }
  }

  static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  static int offset(String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("o:")) {
        var offset = Integer.parseInt(text.substring(2));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw InvalidInputException.of(
        "cursor", "is not a cursor this server gave; pass next_cursor exactly, or leave it out");
  }
}
