package dev.flarelink.cloudflare.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DNS analytics report's question; {@code null} leaves a parameter out.
 *
 * @param metrics e.g. {@code queryCount}, {@code responseTimeAvg}
 * @param dimensions e.g. {@code queryName}, {@code queryType}, {@code responseCode}
 * @param filters Cloudflare's filter text, e.g. {@code responseCode==NXDOMAIN}
 * @param sort e.g. {@code -queryCount}
 * @param timeDelta by-time reports only: {@code hour}, {@code day}, ...
 */
public record DnsAnalyticsParams(
    @Nullable List<String> metrics,
    @Nullable List<String> dimensions,
    @Nullable Instant since,
    @Nullable Instant until,
    @Nullable String filters,
    @Nullable String sort,
    @Nullable Integer limit,
    @Nullable String timeDelta) {

  /** Query counts by name, type and response code over a range. */
  public static DnsAnalyticsParams queriesByNameTypeAndCode(Instant since, Instant until) {
    return new DnsAnalyticsParams(
        List.of("queryCount"),
        List.of("queryName", "queryType", "responseCode"),
        since,
        until,
        null,
        "-queryCount",
        null,
        null);
  }

  /** A copy bucketed by time. */
  public DnsAnalyticsParams withTimeDelta(String delta) {
    return new DnsAnalyticsParams(metrics, dimensions, since, until, filters, sort, limit, delta);
  }
}
