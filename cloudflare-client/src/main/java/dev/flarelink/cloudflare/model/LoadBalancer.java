package dev.flarelink.cloudflare.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A zone's load balancer: a hostname of the zone routed to the account's pools.
 *
 * @param name the hostname it answers for, e.g. {@code www.example.com}
 * @param defaultPools the pool ids tried in order
 * @param fallbackPool the pool id used when every other pool is unhealthy
 * @param steeringPolicy e.g. {@code off}, {@code geo}, {@code random}, {@code dynamic_latency}
 */
public record LoadBalancer(
    String id,
    String name,
    @Nullable String description,
    @Nullable Boolean enabled,
    @Nullable Integer ttl,
    @Nullable String fallbackPool,
    List<String> defaultPools,
    @Nullable Boolean proxied,
    @Nullable String steeringPolicy,
    @Nullable String sessionAffinity,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn) {

  public LoadBalancer {
    defaultPools = defaultPools == null ? List.of() : List.copyOf(defaultPools);
  }
}
