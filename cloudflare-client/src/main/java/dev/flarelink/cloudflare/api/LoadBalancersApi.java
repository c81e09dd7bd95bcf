package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.LoadBalancer;
import dev.flarelink.cloudflare.model.Monitor;
import dev.flarelink.cloudflare.model.Pool;
import dev.flarelink.cloudflare.model.PoolHealth;
import dev.flarelink.cloudflare.paging.Paged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Load balancing: a zone's load balancers ("Load Balancers Read"), and an account's pools and
 * monitors ("Load Balancing: Monitors and Pools Read"; changing a pool needs its Write). Cloudflare
 * answers each list in one page.
 */
public final class LoadBalancersApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public LoadBalancersApi(ApiSupport api) {
    this.api = api;
  }

  /** A zone's load balancers. */
  public Paged<LoadBalancer> list(String zoneId) {
    return api.list(
        request("GET", "/zones/" + segment(zoneId) + "/load_balancers").build(),
        LoadBalancer.class,
        Paged.Style.SINGLE);
  }

  /** One load balancer of a zone. */
  public LoadBalancer get(String zoneId, String loadBalancerId) {
    return api.call(
        request("GET", "/zones/" + segment(zoneId) + "/load_balancers/" + segment(loadBalancerId))
            .build(),
        LoadBalancer.class);
  }

  /** An account's pools. */
  public Paged<Pool> pools(String accountId) {
    return api.list(request("GET", poolsPath(accountId)).build(), Pool.class, Paged.Style.SINGLE);
  }

  /** One pool of an account. */
  public Pool pool(String accountId, String poolId) {
    return api.call(
        request("GET", poolsPath(accountId) + "/" + segment(poolId)).build(), Pool.class);
  }

  /**
   * Replaces a pool's origins (every other field is kept) and returns the pool as Cloudflare now
   * has it. Only the writable fields of each origin are sent. Sending the same list twice leaves
   * the pool as once, so a lost answer may be retried.
   */
  public Pool patchOrigins(String accountId, String poolId, List<Pool.Origin> origins) {
    var body = Map.of("origins", origins.stream().map(LoadBalancersApi::writable).toList());
    return api.send(
        request("PATCH", poolsPath(accountId) + "/" + segment(poolId)).idempotent(true),
        body,
        Pool.class);
  }

  /** What Cloudflare's data centres last saw of a pool's enabled origins; needs a monitor. */
  public PoolHealth poolHealth(String accountId, String poolId) {
    return api.call(
        request("GET", poolsPath(accountId) + "/" + segment(poolId) + "/health").build(),
        PoolHealth.class);
  }

  /** An account's monitors. */
  public Paged<Monitor> monitors(String accountId) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/load_balancers/monitors").build(),
        Monitor.class,
        Paged.Style.SINGLE);
  }

  /** One monitor of an account. */
  public Monitor monitor(String accountId, String monitorId) {
    return api.call(
        request(
                "GET",
                "/accounts/"
                    + segment(accountId)
                    + "/load_balancers/monitors/"
                    + segment(monitorId))
            .build(),
        Monitor.class);
  }

  private static String poolsPath(String accountId) {
    return "/accounts/" + segment(accountId) + "/load_balancers/pools";
  }

  /** An origin as a request sends it: without what only responses carry (health). */
  private static Map<String, Object> writable(Pool.Origin origin) {
    var out = new LinkedHashMap<String, Object>();
    out.put("name", origin.name());
    out.put("address", origin.address());
    out.put("enabled", origin.isEnabled());
    if (origin.weight() != null) {
      out.put("weight", origin.weight());
    }
    if (origin.header() != null && !origin.header().isNull()) {
      out.put("header", origin.header());
    }
    if (origin.virtualNetworkId() != null) {
      out.put("virtual_network_id", origin.virtualNetworkId());
    }
    return out;
  }
}
