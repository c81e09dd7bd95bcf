package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.Zone;
import dev.flarelink.simulator.state.Traffic.HealthCheck;
import dev.flarelink.simulator.state.Traffic.LoadBalancer;
import dev.flarelink.simulator.state.Traffic.Monitor;
import dev.flarelink.simulator.state.Traffic.Origin;
import dev.flarelink.simulator.state.Traffic.Pool;
import dev.flarelink.simulator.state.Traffic.WaitingRoom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the traffic configuration of the primary account: monitors, pools, load balancers,
 * health checks and waiting rooms. Draws from its own generator derived from the seed, so adding it
 * changed none of the objects generated before it.
 */
final class TrafficFactory {

  /** Mixed into the seed so this generator's sequence is independent of the main one. */
  private static final long STREAM = 0x7A4F_F1C0_2B5EL;

  private static final String[] MONITOR_TYPES = {"https", "http", "tcp"};
  private static final String[] REGIONS = {"WNAM", "ENAM", "WEU", "EEU", "SEAS"};
  private static final String[] STEERING = {"off", "geo", "random", "dynamic_latency"};
  private static final String[] FAILURES = {
    "HTTP timeout occurred", "Response code mismatch error", "TCP connection failed"
  };

  private final SimState state;
  private final SplittableRandom random;
  private final Ids ids;
  private final Instant reference;

  TrafficFactory(SimState state, long seed, Instant reference) {
    this.state = state;
    this.random = new SplittableRandom(seed ^ STREAM);
    this.ids = new Ids(random);
    this.reference = reference;
  }

  void build(String accountId) {
    var zones = state.zones().stream().filter(z -> z.accountId().equals(accountId)).toList();
    var traffic = state.traffic();
    var monitors = traffic.monitors(accountId);
    var poolCount = zones.size() / 4 + 1;
    for (int i = 0; i < poolCount / 2 + 1; i++) {
      monitors.add(monitor(accountId, i));
    }
    var pools = traffic.pools(accountId);
    for (int i = 0; i < poolCount; i++) {
      pools.add(pool(accountId, i, monitors.get(i % monitors.size()).id()));
    }
    for (int i = 0; i < zones.size(); i++) {
      var zone = zones.get(i);
      if (i % 4 == 0) {
        var count = 1 + random.nextInt(2);
        for (int j = 0; j < count; j++) {
          traffic.loadBalancers(zone.id()).add(loadBalancer(zone, j, pools));
        }
      }
      var checks = random.nextInt(3);
      for (int j = 0; j < checks; j++) {
        traffic.healthChecks(zone.id()).add(healthCheck(zone, j));
      }
      if (i % 10 == 0) {
        traffic.waitingRooms(zone.id()).add(waitingRoom(zone));
      }
    }
  }

  private Monitor monitor(String accountId, int index) {
    var type = MONITOR_TYPES[index % MONITOR_TYPES.length];
    var http = !type.equals("tcp");
    var created = daysAgo(400);
    return new Monitor(
        ids.hex32(),
        accountId,
        type,
        http ? "GET" : "connection_established",
        http ? "/health" : "",
        http ? (type.equals("https") ? 443 : 80) : 8080,
        60,
        2,
        5,
        http ? "2xx" : "",
        http && random.nextBoolean() ? "ok" : "",
        (http ? "Health page over " + type.toUpperCase(Locale.ROOT) : "TCP connect")
            + " #"
            + (index + 1),
        http,
        false,
        http ? Map.of("Host", List.of("origin.example.net")) : Map.of(),
        created,
        created.plus(Duration.ofDays(random.nextInt(30))));
  }

  private Pool pool(String accountId, int index, String monitorId) {
    var originCount = 2 + random.nextInt(2);
    var origins = new ArrayList<Origin>();
    for (int j = 0; j < originCount; j++) {
      // The first pool always has one failing and one disabled origin, so both states exist.
      var failing = (index == 0 && j == 0) || random.nextInt(6) == 0;
      var disabled = index == 0 && j == originCount - 1;
      origins.add(
          new Origin(
              "origin-" + (index + 1) + "-" + (j + 1),
              "198.51.100." + (1 + (index * 4 + j) % 254),
              !disabled,
              1,
              null,
              failing));
    }
    var created = daysAgo(300);
    return new Pool(
        ids.hex32(),
        accountId,
        "pool-" + REGIONS[index % REGIONS.length].toLowerCase(Locale.ROOT) + "-" + index,
        "Origins in " + REGIONS[index % REGIONS.length],
        true,
        1,
        monitorId,
        random.nextBoolean() ? "noc@example.com" : "",
        List.of(REGIONS[index % REGIONS.length]),
        List.copyOf(origins),
        created,
        created.plus(Duration.ofDays(random.nextInt(30))));
  }

  private LoadBalancer loadBalancer(Zone zone, int index, List<Pool> pools) {
    var first = pools.get(random.nextInt(pools.size()));
    var defaults = new ArrayList<String>(List.of(first.id()));
    if (pools.size() > 1 && random.nextBoolean()) {
      var second = pools.get(random.nextInt(pools.size()));
      if (!defaults.contains(second.id())) {
        defaults.add(second.id());
      }
    }
    var proxied = random.nextInt(3) != 0;
    var created = daysAgo(200);
    return new LoadBalancer(
        ids.hex32(),
        zone.id(),
        (index == 0 ? "lb." : "api.") + zone.name(),
        "Load balancer for " + (index == 0 ? "lb." : "api.") + zone.name(),
        true,
        proxied,
        proxied ? 1 : 30,
        STEERING[random.nextInt(STEERING.length)],
        "none",
        List.copyOf(defaults),
        defaults.getLast(),
        created,
        created.plus(Duration.ofDays(random.nextInt(30))));
  }

  private HealthCheck healthCheck(Zone zone, int index) {
    var tcp = random.nextInt(4) == 0;
    var roll = random.nextInt(8);
    var suspended = roll == 0;
    var status = suspended ? "suspended" : roll < 3 ? "unhealthy" : "healthy";
    var created = daysAgo(150);
    return new HealthCheck(
        ids.hex32(),
        zone.id(),
        "check-" + (index + 1) + "-" + zone.name().replace('.', '-'),
        "Checks origin " + (index + 1) + " of " + zone.name(),
        "origin" + (index + 1) + "." + zone.name(),
        tcp ? "TCP" : "HTTPS",
        tcp ? 22 : 443,
        tcp ? "" : "/health",
        tcp ? "connection_established" : "GET",
        tcp ? List.of() : List.of("200"),
        60,
        2,
        5,
        List.of("WNAM", "WEU"),
        suspended,
        status,
        status.equals("unhealthy") ? FAILURES[random.nextInt(FAILURES.length)] : "",
        created,
        created.plus(Duration.ofDays(random.nextInt(30))));
  }

  private WaitingRoom waitingRoom(Zone zone) {
    var created = daysAgo(100);
    return new WaitingRoom(
        ids.hex32(),
        zone.id(),
        "checkout_" + zone.name().replace('.', '_'),
        "Queue for the checkout of " + zone.name(),
        "shop." + zone.name(),
        "/checkout",
        200 + random.nextInt(800),
        500 + random.nextInt(2000),
        5,
        "fifo",
        false,
        false,
        created,
        created.plus(Duration.ofDays(random.nextInt(30))));
  }

  private Instant daysAgo(int upTo) {
    return reference.minus(Duration.ofDays(1 + random.nextInt(upTo)));
  }
}
