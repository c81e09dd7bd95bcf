package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * R2 buckets: a cursor list whose items sit in {@code result.buckets} (not a bare array), with
 * {@code result_info: {cursor, per_page}}; the last page has no cursor. Buckets are derived from
 * the account's zones: one per zone, named after it.
 */
public final class R2Routes {

  private static final int DEFAULT = 20;
  private static final int MAX = 1000;

  /** Registers the routes. */
  public void register(Router router) {
    router.add(
        "GET",
        "/accounts/{account_id}/r2/buckets",
        Access.account("Workers R2 Storage Read"),
        this::list);
  }

  private SimResponse list(Call call) {
    var accountId = call.param("account_id");
    var names =
        call.state().zones().stream()
            .filter(z -> z.accountId().equals(accountId))
            .map(z -> z.name().replace('.', '-') + "-assets")
            .sorted()
            .toList();
    var perPage = Math.min(MAX, Math.max(1, Paging.number(call, "per_page", DEFAULT)));
    var start = 0;
    var cursor = call.query("cursor");
    if (cursor != null && !cursor.isEmpty()) {
      try {
        start =
            Integer.parseInt(
                new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw fail(400, 10048, "Invalid pagination cursor");
      }
    }
    var end = Math.min(names.size(), start + perPage);
    var result = Wire.object();
    var buckets = result.putArray("buckets");
    for (var i = start; i < end; i++) {
      buckets
          .addObject()
          .put("name", names.get(i))
          .put("creation_date", "2025-03-01T00:00:00.000Z")
          .put("location", "WEUR")
          .put("storage_class", "Standard");
    }
    var info = Wire.object().put("per_page", perPage);
    if (end < names.size()) {
      info.put(
          "cursor",
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(String.valueOf(end).getBytes(StandardCharsets.UTF_8)));
    }
    return Wire.ok(result, info, null);
  }
}
