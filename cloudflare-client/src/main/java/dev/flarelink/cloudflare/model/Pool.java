package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A load balancing pool of an account: origins that serve the same content, checked by a monitor.
 *
 * @param minimumOrigins how many origins must be healthy for the pool to be healthy
 * @param monitor the id of the monitor that checks the origins, or {@code null}
 * @param healthy whether the pool is healthy, when it has a monitor
 */
public record Pool(
    String id,
    String name,
    @Nullable String description,
    @Nullable Boolean enabled,
    @Nullable Integer minimumOrigins,
    @Nullable String monitor,
    @Nullable String notificationEmail,
    List<String> checkRegions,
    List<Origin> origins,
    @Nullable Boolean healthy,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn) {

  public Pool {
    checkRegions = checkRegions == null ? List.of() : List.copyOf(checkRegions);
    origins = origins == null ? List.of() : List.copyOf(origins);
  }

  /**
   * One origin of a pool.
   *
   * @param address its IP address or hostname
   * @param enabled whether traffic goes to it; {@code null} means enabled, Cloudflare's default
   * @param weight its share of the pool's traffic, from 0 to 1
   * @param header request headers sent to it, such as {@code {"Host": ["example.com"]}}
   * @param healthy what the monitor last found, in responses only
   * @param failureReason why the monitor found it unhealthy, in responses only
   */
  public record Origin(
      String name,
      String address,
      @Nullable Boolean enabled,
      @Nullable Double weight,
      @Nullable JsonNode header,
      @Nullable String virtualNetworkId,
      @Nullable Boolean healthy,
      @Nullable String failureReason) {

    /** Whether traffic goes to it ({@code enabled} left out means it does). */
    public boolean isEnabled() {
      return !Boolean.FALSE.equals(enabled);
    }

    /** A copy with {@code enabled} set, for a pool's origins patch. */
    public Origin withEnabled(boolean on) {
      return new Origin(
          name, address, on, weight, header, virtualNetworkId, healthy, failureReason);
    }
  }
}
