package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Traffic.HealthCheck;
import dev.flarelink.simulator.state.Traffic.LoadBalancer;
import dev.flarelink.simulator.state.Traffic.Monitor;
import dev.flarelink.simulator.state.Traffic.Pool;
import dev.flarelink.simulator.state.Traffic.WaitingRoom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic configuration the simulated Cloudflare holds, by zone or account. Lists are live and
 * keep insertion order; read them under {@link SimState#read} and change them only under {@link
 * SimState#write}.
 */
public final class TrafficConfig {

  private final Map<String, List<LoadBalancer>> loadBalancers = new HashMap<>();
  private final Map<String, List<Pool>> pools = new HashMap<>();
  private final Map<String, List<Monitor>> monitors = new HashMap<>();
  private final Map<String, List<HealthCheck>> healthChecks = new HashMap<>();
  private final Map<String, List<WaitingRoom>> waitingRooms = new HashMap<>();

  /** A zone's load balancers. */
  public List<LoadBalancer> loadBalancers(String zoneId) {
    return loadBalancers.computeIfAbsent(zoneId, id -> new ArrayList<>());
  }

  /** An account's pools. */
  public List<Pool> pools(String accountId) {
    return pools.computeIfAbsent(accountId, id -> new ArrayList<>());
  }

  /** An account's monitors. */
  public List<Monitor> monitors(String accountId) {
    return monitors.computeIfAbsent(accountId, id -> new ArrayList<>());
  }

  /** A zone's health checks. */
  public List<HealthCheck> healthChecks(String zoneId) {
    return healthChecks.computeIfAbsent(zoneId, id -> new ArrayList<>());
  }

  /** A zone's waiting rooms. */
  public List<WaitingRoom> waitingRooms(String zoneId) {
    return waitingRooms.computeIfAbsent(zoneId, id -> new ArrayList<>());
  }

  /** Every load balancer of every zone that uses a pool. */
  public List<LoadBalancer> usersOfPool(String poolId) {
    return loadBalancers.values().stream()
        .flatMap(List::stream)
        .filter(lb -> lb.defaultPools().contains(poolId) || poolId.equals(lb.fallbackPool()))
        .toList();
  }

  /** Forgets what belonged to a deleted zone. */
  void removeZone(String zoneId) {
    loadBalancers.remove(zoneId);
    healthChecks.remove(zoneId);
    waitingRooms.remove(zoneId);
  }
}
