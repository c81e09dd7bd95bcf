package dev.flarelink.simulator.routes;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Page-and-per_page paging as Cloudflare does it: each endpoint's default, minimum and maximum
 * {@code per_page} (out-of-range values are clamped and the effective size echoed), {@code count}
 * is the page's items, {@code total_count} all matches, and a page past the end is an empty 200.
 */
final class Paging {

  /** An endpoint's page sizes. */
  record Limits(int defaultSize, int min, int max) {}

  static final Limits STANDARD = new Limits(20, 5, 50);
  static final Limits DNS = new Limits(100, 1, 5_000_000);
  static final Limits ALERTS = new Limits(25, 5, 1000);
  static final Limits AUDIT = new Limits(100, 1, 1000);
  static final Limits ACCESS_RULES = new Limits(20, 1, 1000);
  static final Limits RULESETS = new Limits(50, 1, 50);
  static final Limits CERTIFICATE_PACKS = new Limits(20, 5, 50);

  private Paging() {}

  static int number(Call call, String name, int fallback) {
    var text = call.query(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return (int) Math.floor(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      throw Wire.fail(400, 1004, "Invalid value for " + name + ": must be a number");
    }
  }

  static <T> SimResponse page(
      Call call, List<T> items, Limits limits, Function<T, JsonNode> writer) {
    var page = Math.max(1, number(call, "page", 1));
    var perPage =
        Math.min(
            limits.max(), Math.max(limits.min(), number(call, "per_page", limits.defaultSize())));
    var from = (long) (page - 1) * perPage;
    var to = Math.min(items.size(), from + perPage);
    var count = (int) Math.max(0, to - from);
    var version = call.state().version();
    var body = new ByteArrayOutputStream(1024 + count * 512);
    body.writeBytes(PREFIX);
    for (long i = from; i < to; i++) {
      if (i > from) {
        body.write(',');
      }
      body.writeBytes(RenderCache.bytes(items.get((int) i), version, writer));
    }
    body.writeBytes(MIDDLE);
    body.writeBytes(info(page, perPage, count, items.size()).toString().getBytes(UTF_8));
    body.write('}');
    return new SimResponse(200, "application/json", body.toByteArray());
  }

  private static final byte[] PREFIX =
      "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[".getBytes(UTF_8);
  private static final byte[] MIDDLE = "],\"result_info\":".getBytes(UTF_8);

  /**
   * Cursor paging (rulesets): {@code per_page} clamped to the limits, an opaque {@code cursor} to
   * the next page in {@code result_info}, absent on the last page.
   */
  static <T> SimResponse cursor(
      Call call, List<T> items, Limits limits, Function<T, JsonNode> writer) {
    var perPage =
        Math.min(
            limits.max(), Math.max(limits.min(), number(call, "per_page", limits.defaultSize())));
    var start = 0;
    var cursor = call.query("cursor");
    if (cursor != null && !cursor.isEmpty()) {
      try {
        start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), UTF_8));
      } catch (IllegalArgumentException e) {
        throw Wire.fail(400, 10048, "Invalid pagination cursor");
      }
      if (start < 0) {
        throw Wire.fail(400, 10048, "Invalid pagination cursor");
      }
    }
    var end = Math.min(items.size(), start + perPage);
    var result = Wire.array();
    for (var i = start; i < end; i++) {
      result.add(writer.apply(items.get(i)));
    }
    var info = Wire.object().put("per_page", perPage);
    if (end < items.size()) {
      info.put(
          "cursor",
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(String.valueOf(end).getBytes(UTF_8)));
    }
    return Wire.ok(result, info, null);
  }

  static ObjectNode info(int page, int perPage, int count, int total) {
    return Wire.object()
        .put("page", page)
        .put("per_page", perPage)
        .put("count", count)
        .put("total_count", total)
        .put("total_pages", (total + perPage - 1) / perPage);
  }
}
