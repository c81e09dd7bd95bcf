package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Traffic.LoadBalancer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A zone's load balancers, which route a hostname of the zone to the account's pools. */
public final class LoadBalancerRoutes {

  private static final List<String> STEERING =
      List.of(
          "off",
          "geo",
          "random",
          "dynamic_latency",
          "proximity",
          "least_outstanding_requests",
          "least_connections",
          "");
  private static final List<String> AFFINITY = List.of("none", "cookie", "ip_cookie", "header", "");

  /** Registers the routes. */
  public void register(Router router) {
    var read = Access.zone("Load Balancers Read", "Load Balancers Write");
    var write = Access.zone("Load Balancers Write");
    var base = "/zones/{zone_id}/load_balancers";
    router.add("GET", base, read, this::list);
    router.add("POST", base, write, call -> save(call, null, false));
    router.add("GET", base + "/{load_balancer_id}", read, call -> Wire.ok(render(find(call))));
    router.add("PUT", base + "/{load_balancer_id}", write, call -> save(call, find(call), false));
    router.add("PATCH", base + "/{load_balancer_id}", write, call -> save(call, find(call), true));
    router.add("DELETE", base + "/{load_balancer_id}", write, this::delete);
  }

  private SimResponse list(Call call) {
    var zoneId = call.param("zone_id");
    return PoolRoutes.single(
        call.state().read(s -> List.copyOf(s.traffic().loadBalancers(zoneId))),
        LoadBalancerRoutes::render);
  }

  private static LoadBalancer find(Call call) {
    return call.state()
        .read(
            s ->
                s.traffic().loadBalancers(call.param("zone_id")).stream()
                    .filter(lb -> lb.id().equals(call.param("load_balancer_id")))
                    .findFirst())
        .orElseThrow(() -> fail(404, 1001, "load balancer not found"));
  }

  static ObjectNode render(LoadBalancer lb) {
    var node =
        Wire.object()
            .put("id", lb.id())
            .put("created_on", Wire.time(lb.createdOn()))
            .put("modified_on", Wire.time(lb.modifiedOn()))
            .put("description", lb.description())
            .put("name", lb.name())
            .put("enabled", lb.enabled())
            .put("ttl", lb.ttl());
    node.put("fallback_pool", lb.fallbackPool());
    var pools = node.putArray("default_pools");
    lb.defaultPools().forEach(pools::add);
    node.putObject("region_pools");
    node.putObject("country_pools");
    node.putObject("pop_pools");
    node.put("proxied", lb.proxied())
        .put("steering_policy", lb.steeringPolicy())
        .put("session_affinity", lb.sessionAffinity());
    node.putObject("session_affinity_attributes")
        .put("samesite", "Auto")
        .put("secure", "Auto")
        .put("drain_duration", 0)
        .put("zero_downtime_failover", "none");
    node.putObject("adaptive_routing").put("failover_across_pools", false);
    node.putObject("location_strategy").put("mode", "pop").put("prefer_ecs", "proximity");
    node.putObject("random_steering").put("default_weight", 1);
    node.putArray("rules");
    return node;
  }

  /** Creates (existing {@code null}), replaces, or patches a load balancer. */
  private SimResponse save(Call call, LoadBalancer existing, boolean patch) {
    var body = call.json();
    if (!body.isObject()) {
      throw Fields.invalid("the body must be a load balancer object");
    }
    var keep = patch && existing != null;
    var zoneId = call.param("zone_id");
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var zone = state.zone(zoneId).orElseThrow();
              var name =
                  (keep && !body.has("name") ? existing.name() : Fields.required(body, "name"))
                      .toLowerCase(Locale.ROOT);
              if (!name.equals(zone.name()) && !name.endsWith("." + zone.name())) {
                throw Fields.invalid("name " + name + " must be a hostname in " + zone.name());
              }
              var defaults =
                  keep && !body.has("default_pools")
                      ? existing.defaultPools()
                      : Fields.strings(body, "default_pools", List.of(), List.of());
              if (defaults.isEmpty()) {
                throw Fields.invalid("default_pools must name at least one pool");
              }
              var fallback =
                  keep && !body.has("fallback_pool")
                      ? existing.fallbackPool()
                      : Fields.required(body, "fallback_pool");
              var pools = state.traffic().pools(zone.accountId());
              for (var id : concat(defaults, fallback)) {
                if (pools.stream().noneMatch(p -> p.id().equals(id))) {
                  throw Fields.invalid("pool " + id + " not found");
                }
              }
              var proxied = Fields.bool(body, "proxied", keep && existing.proxied());
              var lb =
                  new LoadBalancer(
                      existing == null ? state.newId() : existing.id(),
                      zoneId,
                      name,
                      Fields.text(body, "description", keep ? existing.description() : ""),
                      Fields.bool(body, "enabled", !keep || existing.enabled()),
                      proxied,
                      Fields.number(
                          body, "ttl", keep ? existing.ttl() : proxied ? 1 : 30, 1, 86400),
                      Fields.oneOf(
                          body,
                          "steering_policy",
                          keep ? existing.steeringPolicy() : "off",
                          STEERING),
                      Fields.oneOf(
                          body,
                          "session_affinity",
                          keep ? existing.sessionAffinity() : "none",
                          AFFINITY),
                      defaults,
                      fallback,
                      existing == null ? now : existing.createdOn(),
                      now);
              var list = state.traffic().loadBalancers(zoneId);
              if (list.stream()
                  .anyMatch(
                      other -> other.name().equals(lb.name()) && !other.id().equals(lb.id()))) {
                throw fail(400, 1003, "value not unique: a load balancer for " + name + " exists");
              }
              if (existing == null) {
                list.add(lb);
              } else {
                list.replaceAll(other -> other.id().equals(lb.id()) ? lb : other);
              }
              return Wire.ok(render(lb));
            });
  }

  private static List<String> concat(List<String> list, String extra) {
    return Stream.concat(list.stream(), Stream.of(extra)).toList();
  }

  private SimResponse delete(Call call) {
    var lb = find(call);
    return call.state()
        .write(
            state -> {
              state.traffic().loadBalancers(lb.zoneId()).removeIf(o -> o.id().equals(lb.id()));
              return Wire.ok(Wire.object().put("id", lb.id()));
            });
  }
}
