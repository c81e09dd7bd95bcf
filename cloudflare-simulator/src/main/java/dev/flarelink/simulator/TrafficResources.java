package dev.flarelink.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.state.SimState;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The traffic part of {@code /__sim/state}'s {@code resources}: how many of each object a full read
 * of the primary account lists.
 */
final class TrafficResources {

  private TrafficResources() {}

  /** Adds the counts to {@code resources}. */
  static void count(SimState state, ObjectNode resources) {
    var accountId = state.primaryAccountId();
    var zones = state.zones().stream().filter(z -> z.accountId().equals(accountId)).toList();
    var traffic = state.traffic();
    resources.put("load_balancers", sum(zones, z -> traffic.loadBalancers(z.id()).size()));
    resources.put("load_balancer_pools", traffic.pools(accountId).size());
    resources.put("load_balancer_monitors", traffic.monitors(accountId).size());
    resources.put("health_checks", sum(zones, z -> traffic.healthChecks(z.id()).size()));
    resources.put("waiting_rooms", sum(zones, z -> traffic.waitingRooms(z.id()).size()));
    resources.put("zone_settings", sum(zones, z -> z.settings().size()));
  }

  private static <T> int sum(List<T> items, ToIntFunction<T> count) {
    return items.stream().mapToInt(count).sum();
  }
}
