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
  private static final List<String> MONITOR_TYPES =
      List.of("http", "https", "tcp", "udp_icmp", "icmp_ping", "smtp");
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
    var read =
        Access.account(
            "Load Balancing: Monitors and Pools Read", "Load Balancing: Monitors and Pools Write");
    var write = Access.account("Load Balancing: Monitors and Pools Write");
    var pools = "/accounts/{account_id}/load_balancers/pools";
    router.add("GET", pools, read, this::listPools);
    router.add("POST", pools, write, call -> savePool(call, null, false));
    router.add("GET", pools + "/{pool_id}", read, this::getPool);
    router.add("GET", pools + "/{pool_id}/health", read, this::health);
    router.add("PUT", pools + "/{pool_id}", write, call -> savePool(call, pool(call), false));
    router.add("PATCH", pools + "/{pool_id}", write, call -> savePool(call, pool(call), true));
    router.add("DELETE", pools + "/{pool_id}", write, this::deletePool);
    var monitors = "/accounts/{account_id}/load_balancers/monitors";
    router.add("GET", monitors, read, this::listMonitors);
    router.add("POST", monitors, write, call -> saveMonitor(call, null, false));
    router.add("GET", monitors + "/{monitor_id}", read, this::getMonitor);
    router.add(
        "PUT", monitors + "/{monitor_id}", write, call -> saveMonitor(call, monitor(call), false));
    router.add(
        "PATCH", monitors + "/{monitor_id}", write, call -> saveMonitor(call, monitor(call), true));
    router.add("DELETE", monitors + "/{monitor_id}", write, this::deleteMonitor);
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

  private SimResponse listMonitors(Call call) {
    var accountId = call.param("account_id");
    return single(
        call.state().read(s -> List.copyOf(s.traffic().monitors(accountId))), PoolRoutes::monitor);
  }

  private SimResponse getMonitor(Call call) {
    return Wire.ok(monitor(monitor(call)));
  }

  private static Monitor monitor(Call call) {
    return call.state()
        .read(
            s ->
                s.traffic().monitors(call.param("account_id")).stream()
                    .filter(m -> m.id().equals(call.param("monitor_id")))
                    .findFirst())
        .orElseThrow(() -> fail(404, 1001, "monitor not found"));
  }

  static ObjectNode monitor(Monitor monitor) {
    var node =
        Wire.object()
            .put("id", monitor.id())
            .put("created_on", Wire.time(monitor.createdOn()))
            .put("modified_on", Wire.time(monitor.modifiedOn()))
            .put("type", monitor.type())
            .put("description", monitor.description())
            .put("method", monitor.method())
            .put("port", monitor.port())
            .put("timeout", monitor.timeout())
            .put("retries", monitor.retries())
            .put("interval", monitor.interval())
            .put("consecutive_up", 0)
            .put("consecutive_down", 0);
    if (monitor.http()) {
      node.put("path", monitor.path())
          .put("expected_body", monitor.expectedBody())
          .put("expected_codes", monitor.expectedCodes())
          .put("follow_redirects", monitor.followRedirects())
          .put("allow_insecure", monitor.allowInsecure())
          .put("probe_zone", "");
      var header = node.putObject("header");
      monitor.header().forEach((name, values) -> values.forEach(header.putArray(name)::add));
    }
    return node;
  }

  /** Creates (existing {@code null}), replaces, or patches a monitor. */
  private SimResponse saveMonitor(Call call, Monitor existing, boolean patch) {
    var body = call.json();
    if (!body.isObject()) {
      throw Fields.invalid("the body must be a monitor object");
    }
    var keep = patch && existing != null;
    var type = Fields.oneOf(body, "type", keep ? existing.type() : "http", MONITOR_TYPES);
    var http = type.equals("http") || type.equals("https");
    var method =
        Fields.text(
            body, "method", keep ? existing.method() : http ? "GET" : "connection_established");
    if (http
        ? !List.of("GET", "HEAD").contains(method)
        : !method.equals("connection_established")) {
      throw Fields.invalid(
          "method must be " + (http ? "GET or HEAD" : "connection_established") + " for " + type);
    }
    var expectedCodes = Fields.text(body, "expected_codes", keep ? existing.expectedCodes() : "");
    if (http && !expectedCodes.matches("[1-5](\\d\\d|xx)")) {
      throw Fields.invalid("expected_codes must be a status code or class such as 200 or 2xx");
    }
    var interval = Fields.number(body, "interval", keep ? existing.interval() : 60, 5, 3600);
    var timeout = Fields.number(body, "timeout", keep ? existing.timeout() : 5, 1, 10);
    if (timeout >= interval) {
      throw Fields.invalid("timeout must be shorter than interval");
    }
    var header = new LinkedHashMap<String, List<String>>();
    if (body.has("header")) {
      if (!body.get("header").isObject()) {
        throw Fields.invalid("header must map header names to lists of values");
      }
      body.get("header")
          .properties()
          .forEach(
              e -> {
                var values = new ArrayList<String>();
                e.getValue().forEach(v -> values.add(v.asText()));
                header.put(e.getKey(), List.copyOf(values));
              });
    } else if (keep) {
      header.putAll(existing.header());
    }
    var now = call.clock().instant();
    var accountId = call.param("account_id");
    return call.state()
        .write(
            state -> {
              var monitor =
                  new Monitor(
                      existing == null ? state.newId() : existing.id(),
                      accountId,
                      type,
                      method,
                      Fields.text(body, "path", keep ? existing.path() : http ? "/" : ""),
                      Fields.number(
                          body,
                          "port",
                          keep ? existing.port() : type.equals("https") ? 443 : 80,
                          0,
                          65535),
                      interval,
                      Fields.number(body, "retries", keep ? existing.retries() : 2, 0, 5),
                      timeout,
                      expectedCodes,
                      Fields.text(body, "expected_body", keep ? existing.expectedBody() : ""),
                      Fields.text(body, "description", keep ? existing.description() : ""),
                      Fields.bool(body, "follow_redirects", keep && existing.followRedirects()),
                      Fields.bool(body, "allow_insecure", keep && existing.allowInsecure()),
                      Map.copyOf(header),
                      existing == null ? now : existing.createdOn(),
                      now);
              var monitors = state.traffic().monitors(accountId);
              if (existing == null) {
                monitors.add(monitor);
              } else {
                monitors.replaceAll(m -> m.id().equals(monitor.id()) ? monitor : m);
              }
              return Wire.ok(monitor(monitor));
            });
  }

  private SimResponse deleteMonitor(Call call) {
    var accountId = call.param("account_id");
    var monitor = monitor(call);
    return call.state()
        .write(
            state -> {
              if (state.traffic().pools(accountId).stream()
                  .anyMatch(p -> monitor.id().equals(p.monitorId()))) {
                throw fail(
                    412, 1005, "This object is referenced by other objects, delete them first.");
              }
              state.traffic().monitors(accountId).removeIf(m -> m.id().equals(monitor.id()));
              return Wire.ok(Wire.object().put("id", monitor.id()));
            });
  }
}
