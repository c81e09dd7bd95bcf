package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.SimState;
import dev.flarelink.simulator.state.Traffic.Monitor;
import dev.flarelink.simulator.state.Traffic.Origin;
import dev.flarelink.simulator.state.Traffic.Pool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An account's load balancing pools and monitors, and the health of a pool's origins. Lists are not
 * paged (one page with everything), as Cloudflare and its SDKs treat them.
 */
public final class PoolRoutes {

  static final String READ = "Load Balancing: Monitors and Pools Read";
  static final String WRITE = "Load Balancing: Monitors and Pools Write";
  static final List<String> REGIONS =
      List.of(
          "WNAM",
          "ENAM",
          "WEU",
          "EEU",
          "NSAM",
          "SSAM",
          "OC",
          "ME",
          "NAF",
          "SAF",
          "SAS",
          "SEAS",
          "NEAS",
          "ALL_REGIONS");
  private static final Map<String, String> POPS =
      Map.of(
          "WNAM", "Los Angeles, CA, US",
          "ENAM", "Ashburn, VA, US",
          "WEU", "Amsterdam, NL",
          "EEU", "Warsaw, PL",
          "SEAS", "Singapore, SG",
          "NEAS", "Tokyo, JP",
          "OC", "Sydney, AU");

  /** Registers the routes. */
  public void register(Router router) {
    var read = Access.account(READ, WRITE);
    var write = Access.account(WRITE);
    var pools = "/accounts/{account_id}/load_balancers/pools";
    router.add("GET", pools, read, this::listPools);
    router.add("POST", pools, write, call -> savePool(call, null, false));
    router.add("GET", pools + "/{pool_id}", read, this::getPool);
    router.add("GET", pools + "/{pool_id}/health", read, this::health);
    router.add("PUT", pools + "/{pool_id}", write, call -> savePool(call, pool(call), false));
    router.add("PATCH", pools + "/{pool_id}", write, call -> savePool(call, pool(call), true));
    router.add("DELETE", pools + "/{pool_id}", write, this::deletePool);
  }

  /** One page holding the whole list, with the result_info Cloudflare sends anyway. */
  static <T> SimResponse single(List<T> items, Function<T, JsonNode> writer) {
    var result = Wire.array();
    items.forEach(item -> result.add(writer.apply(item)));
    return Wire.ok(
        result, Paging.info(1, Math.max(1, items.size()), items.size(), items.size()), null);
  }

  private SimResponse listPools(Call call) {
    var accountId = call.param("account_id");
    var monitorFilter = call.query("monitor");
    var pools =
        call.state().read(s -> List.copyOf(s.traffic().pools(accountId))).stream()
            .filter(p -> monitorFilter == null || monitorFilter.equals(p.monitorId()))
            .toList();
    return single(pools, PoolRoutes::pool);
  }

  private SimResponse getPool(Call call) {
    return Wire.ok(pool(pool(call)));
  }

  private static Pool pool(Call call) {
    return call.state()
        .read(s -> find(s, call.param("account_id"), call.param("pool_id")))
        .orElseThrow(() -> fail(404, 1001, "pool not found"));
  }

  private static Optional<Pool> find(SimState state, String accountId, String id) {
    return state.traffic().pools(accountId).stream().filter(p -> p.id().equals(id)).findFirst();
  }

  static ObjectNode pool(Pool pool) {
    var node =
        Wire.object()
            .put("id", pool.id())
            .put("created_on", Wire.time(pool.createdOn()))
            .put("modified_on", Wire.time(pool.modifiedOn()))
            .put("description", pool.description())
            .put("enabled", pool.enabled())
            .put("minimum_origins", pool.minimumOrigins());
    if (pool.monitorId() != null) {
      node.put("monitor", pool.monitorId());
    }
    node.put("name", pool.name()).put("notification_email", pool.notificationEmail());
    var regions = node.putArray("check_regions");
    pool.checkRegions().forEach(regions::add);
    node.put("healthy", pool.healthy());
    node.putObject("origin_steering").put("policy", "random");
    node.putObject("load_shedding")
        .put("default_percent", 0)
        .put("default_policy", "random")
        .put("session_percent", 0)
        .put("session_policy", "hash");
    var origins = node.putArray("origins");
    for (var origin : pool.origins()) {
      var item =
          origins
              .addObject()
              .put("name", origin.name())
              .put("address", origin.address())
              .put("enabled", origin.enabled())
              .put("weight", origin.weight());
      if (origin.hostHeader() != null) {
        item.putObject("header").putArray("Host").add(origin.hostHeader());
      }
      if (pool.monitorId() != null && origin.enabled()) {
        item.put("healthy", !origin.failing())
            .put("failure_reason", origin.failing() ? failure(null) : "No failures");
      }
    }
    return node;
  }

  private static String failure(Monitor monitor) {
    return monitor != null && !monitor.http() ? "TCP connection failed" : "HTTP timeout occurred";
  }

  /** Creates (existing {@code null}), replaces, or patches a pool. */
  private SimResponse savePool(Call call, Pool existing, boolean patch) {
    var body = call.json();
    if (!body.isObject()) {
      throw Fields.invalid("the body must be a pool object");
    }
    var accountId = call.param("account_id");
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var keep = patch && existing != null;
              var name =
                  keep && !body.has("name") ? existing.name() : Fields.required(body, "name");
              var origins =
                  keep && !body.has("origins")
                      ? existing.origins()
                      : origins(body, existing == null ? List.of() : existing.origins());
              var monitorId =
                  keep && !body.has("monitor")
                      ? existing.monitorId()
                      : Fields.text(body, "monitor", null);
              if (monitorId != null
                  && state.traffic().monitors(accountId).stream()
                      .noneMatch(m -> m.id().equals(monitorId))) {
                throw fail(400, Fields.INVALID, "monitor not found: validation failed");
              }
              var minimum =
                  Fields.number(
                      body, "minimum_origins", keep ? existing.minimumOrigins() : 1, 1, 1000);
              if (minimum > origins.size()) {
                throw Fields.invalid("minimum_origins must not exceed the number of origins");
              }
              var pool =
                  new Pool(
                      existing == null ? state.newId() : existing.id(),
                      accountId,
                      name,
                      Fields.text(body, "description", keep ? existing.description() : ""),
                      Fields.bool(body, "enabled", !keep || existing.enabled()),
                      minimum,
                      monitorId,
                      Fields.text(
                          body, "notification_email", keep ? existing.notificationEmail() : ""),
                      Fields.strings(
                          body,
                          "check_regions",
                          keep ? existing.checkRegions() : List.of("ALL_REGIONS"),
                          REGIONS),
                      origins,
                      existing == null ? now : existing.createdOn(),
                      now);
              var pools = state.traffic().pools(accountId);
              if (pools.stream()
                  .anyMatch(p -> p.name().equals(pool.name()) && !p.id().equals(pool.id()))) {
                throw fail(400, 1003, "value not unique: a pool named " + name + " exists");
              }
              if (existing == null) {
                pools.add(pool);
              } else {
                pools.replaceAll(p -> p.id().equals(pool.id()) ? pool : p);
              }
              return Wire.ok(pool(pool));
            });
  }

  /** The origins of a body; an origin keeps its simulated failure when its address stays. */
  private static List<Origin> origins(JsonNode body, List<Origin> before) {
    var node = body.get("origins");
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw Fields.invalid("origins must be a non-empty list");
    }
    var failing = new LinkedHashMap<String, Boolean>();
    before.forEach(o -> failing.put(o.address(), o.failing()));
    var list = new ArrayList<Origin>();
    for (var item : node) {
      var name = Fields.required(item, "name");
      var address = Fields.required(item, "address");
      if (!Fields.address(address)) {
        throw Fields.invalid(
            "origin address " + address + " is not a valid IP address or hostname");
      }
      var weight = item.path("weight");
      if (!weight.isMissingNode()
          && (!weight.isNumber() || weight.asDouble() < 0 || weight.asDouble() > 1)) {
        throw Fields.invalid("origin weight must be a number from 0 to 1");
      }
      var host = item.path("header").path("Host");
      list.add(
          new Origin(
              name,
              address,
              Fields.bool(item, "enabled", true),
              weight.isMissingNode() ? 1 : weight.asDouble(),
              host.isArray() && !host.isEmpty() ? host.get(0).asText() : null,
              failing.getOrDefault(address, false)));
    }
    return List.copyOf(list);
  }

  private SimResponse deletePool(Call call) {
    var accountId = call.param("account_id");
    return call.state()
        .write(
            state -> {
              var pool =
                  find(state, accountId, call.param("pool_id"))
                      .orElseThrow(() -> fail(404, 1001, "pool not found"));
              if (!state.traffic().usersOfPool(pool.id()).isEmpty()) {
                throw fail(
                    412, 1005, "This object is referenced by other objects, delete them first.");
              }
              state.traffic().pools(accountId).removeIf(p -> p.id().equals(pool.id()));
              return Wire.ok(Wire.object().put("id", pool.id()));
            });
  }

  /**
   * The health of each enabled origin as seen from the PoPs of the pool's check regions. Disabled
   * origins are not checked, so they are left out.
   */
  private SimResponse health(Call call) {
    var pool = pool(call);
    if (pool.monitorId() == null) {
      throw fail(404, 1001, "Health info unavailable: the pool has no monitor");
    }
    var monitor =
        call.state()
            .read(
                s ->
                    s.traffic().monitors(pool.accountId()).stream()
                        .filter(m -> m.id().equals(pool.monitorId()))
                        .findFirst()
                        .orElse(null));
    var result = Wire.object().put("pool_id", pool.id());
    var pops = result.putObject("pop_health");
    var regions =
        pool.checkRegions().isEmpty() || pool.checkRegions().contains("ALL_REGIONS")
            ? List.of("ENAM", "WEU", "SEAS")
            : pool.checkRegions();
    for (var region : regions) {
      var pop = pops.putObject(POPS.getOrDefault(region, "Frankfurt, DE"));
      pop.put("healthy", pool.healthy());
      var origins = pop.putArray("origins");
      for (var origin : pool.origins()) {
        if (!origin.enabled()) {
          continue;
        }
        var check = origins.addObject().putObject(origin.address());
        check.put("healthy", !origin.failing());
        check.put("failure_reason", origin.failing() ? failure(monitor) : "No failures");
        if (monitor == null || monitor.http()) {
          check.put("response_code", origin.failing() ? 503 : 200);
        }
        var rtt = 8 + Math.floorMod((origin.address() + region).hashCode(), 120);
        check.put("rtt", rtt + "." + Math.floorMod(rtt * 7, 10) + "ms");
      }
    }
    return Wire.ok(result);
  }
}
