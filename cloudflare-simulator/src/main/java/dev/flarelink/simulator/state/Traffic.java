package dev.flarelink.simulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulator's model of traffic configuration: load balancers, their pools and monitors, zone
 * health checks and waiting rooms. Plain immutable values, replaced on change.
 */
public final class Traffic {

  private Traffic() {}

  /**
   * A zone's load balancer.
   *
   * @param name the hostname in the zone it answers for
   * @param fallbackPool the pool used when every default pool is unhealthy
   */
  public record LoadBalancer(
      String id,
      String zoneId,
      String name,
      String description,
      boolean enabled,
      boolean proxied,
      int ttl,
      String steeringPolicy,
      String sessionAffinity,
      List<String> defaultPools,
      String fallbackPool,
      Instant createdOn,
      Instant modifiedOn) {}

  /**
   * One origin of a pool.
   *
   * @param failing whether the origin fails its monitor's check (the simulated outside world)
   * @param hostHeader the {@code Host} header sent to it, or {@code null}
   */
  public record Origin(
      String name,
      String address,
      boolean enabled,
      double weight,
      String hostHeader,
      boolean failing) {

    /** A copy that is enabled or disabled. */
    public Origin withEnabled(boolean value) {
      return new Origin(name, address, value, weight, hostHeader, failing);
    }
  }

  /**
   * An account's origin pool.
   *
   * @param monitorId the monitor checking its origins, or {@code null} for none
   */
  public record Pool(
      String id,
      String accountId,
      String name,
      String description,
      boolean enabled,
      int minimumOrigins,
      String monitorId,
      String notificationEmail,
      List<String> checkRegions,
      List<Origin> origins,
      Instant createdOn,
      Instant modifiedOn) {

    /** Origins that are enabled and pass their check (all enabled ones without a monitor). */
    public long healthyOrigins() {
      return origins.stream()
          .filter(o -> o.enabled() && (monitorId == null || !o.failing()))
          .count();
    }

    /** Whether enough origins are healthy for the pool to take traffic. */
    public boolean healthy() {
      return enabled && healthyOrigins() >= minimumOrigins;
    }
  }

  /**
   * An account's monitor.
   *
   * @param type {@code http}, {@code https}, {@code tcp}, {@code udp_icmp}, {@code icmp_ping} or
   *     {@code smtp}
   */
  public record Monitor(
      String id,
      String accountId,
      String type,
      String method,
      String path,
      int port,
      int interval,
      int retries,
      int timeout,
      String expectedCodes,
      String expectedBody,
      String description,
      boolean followRedirects,
      boolean allowInsecure,
      Map<String, List<String>> header,
      Instant createdOn,
      Instant modifiedOn) {

    /** Whether the monitor speaks HTTP (and so has a path, codes and headers). */
    public boolean http() {
      return type.equals("http") || type.equals("https");
    }
  }

  /**
   * A zone's standalone health check.
   *
   * @param type {@code HTTP}, {@code HTTPS} or {@code TCP}
   * @param status {@code unknown}, {@code healthy}, {@code unhealthy} or {@code suspended}
   * @param path the HTTP path checked; unused for TCP
   */
  public record HealthCheck(
      String id,
      String zoneId,
      String name,
      String description,
      String address,
      String type,
      int port,
      String path,
      String method,
      List<String> expectedCodes,
      int interval,
      int retries,
      int timeout,
      List<String> checkRegions,
      boolean suspended,
      String status,
      String failureReason,
      Instant createdOn,
      Instant modifiedOn) {}

  /** A zone's waiting room. */
  public record WaitingRoom(
      String id,
      String zoneId,
      String name,
      String description,
      String host,
      String path,
      int newUsersPerMinute,
      int totalActiveUsers,
      int sessionDuration,
      String queueingMethod,
      boolean suspended,
      boolean queueAll,
      Instant createdOn,
      Instant modifiedOn) {}
}
