package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.Purge;
import java.util.List;
import java.util.Map;

/** Cache purge: exactly one of everything, files, tags, hosts or prefixes; needs Cache Purge. */
public final class CacheRoutes {

  private static final List<String> VARIANTS =
      List.of("purge_everything", "files", "tags", "hosts", "prefixes");
  private static final int MAX_ITEMS = 30;

  /** Registers the routes. */
  public void register(Router router) {
    router.add("POST", "/zones/{zone_id}/purge_cache", Access.zone("Cache Purge"), this::purge);
  }

  @SuppressWarnings("unchecked")
  private SimResponse purge(Call call) {
    var body = call.json();
    var given = VARIANTS.stream().filter(body::has).toList();
    if (given.size() != 1) {
      throw fail(
          400,
          1012,
          "Request must contain exactly one of purge_everything, files, tags, hosts or prefixes");
    }
    var variant = given.getFirst();
    var value = body.get(variant);
    if (variant.equals("purge_everything")) {
      if (!value.asBoolean(false)) {
        throw fail(400, 1012, "purge_everything must be true");
      }
    } else if (!value.isArray() || value.isEmpty()) {
      throw fail(400, 1012, variant + " must be a non-empty list");
    } else if (value.size() > MAX_ITEMS) {
      throw fail(400, 1015, "Only " + MAX_ITEMS + " " + variant + " may be purged in one request");
    }
    var id = call.state().newId();
    var parsed = (Map<String, Object>) Wire.MAPPER.convertValue(body, Map.class);
    call.state()
        .write(
            state ->
                state
                    .purges()
                    .add(new Purge(id, call.param("zone_id"), parsed, call.clock().instant())));
    return Wire.ok(Wire.object().put("id", id));
  }
}
