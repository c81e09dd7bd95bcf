package dev.flarelink.cloudflare.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The health of a pool's enabled origins as Cloudflare's data centres see them.
 *
 * @param popHealth by data centre name, e.g. {@code Amsterdam, NL}
 */
public record PoolHealth(String poolId, Map<String, PopHealth> popHealth) {

  public PoolHealth {
    popHealth = popHealth == null ? Map.of() : Map.copyOf(popHealth);
  }

  /**
   * What one data centre sees.
   *
   * @param origins one map per origin, from its address to its check
   */
  public record PopHealth(@Nullable Boolean healthy, List<Map<String, OriginHealth>> origins) {

    public PopHealth {
      origins = origins == null ? List.of() : List.copyOf(origins);
    }
  }

  /**
   * One origin's last check from one data centre.
   *
   * @param rtt the round trip, as Cloudflare writes it, e.g. {@code 12.1ms}
   */
  public record OriginHealth(
      @Nullable Boolean healthy,
      @Nullable Integer responseCode,
      @Nullable String failureReason,
      @Nullable String rtt) {}
}
