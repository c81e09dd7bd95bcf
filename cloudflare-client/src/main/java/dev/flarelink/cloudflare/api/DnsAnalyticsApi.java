package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.DnsAnalyticsReport;

/** DNS analytics reports (REST, legacy but served); needs "Analytics Read". */
public final class DnsAnalyticsApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public DnsAnalyticsApi(ApiSupport api) {
    this.api = api;
  }

  /** A report over the whole range. */
  public DnsAnalyticsReport report(String zoneId, DnsAnalyticsParams params) {
    return api.call(
        build("/zones/" + segment(zoneId) + "/dns_analytics/report", params),
        DnsAnalyticsReport.class);
  }

  /** A report bucketed by time ({@code time_delta}). */
  public DnsAnalyticsReport byTime(String zoneId, DnsAnalyticsParams params) {
    return api.call(
        build("/zones/" + segment(zoneId) + "/dns_analytics/report/bytime", params),
        DnsAnalyticsReport.class);
  }

  private static CloudflareRequest build(String path, DnsAnalyticsParams params) {
    return request("GET", path)
        .query("metrics", params.metrics() == null ? null : String.join(",", params.metrics()))
        .query(
            "dimensions",
            params.dimensions() == null ? null : String.join(",", params.dimensions()))
        .query("since", params.since())
        .query("until", params.until())
        .query("filters", params.filters())
        .query("sort", params.sort())
        .query("limit", params.limit())
        .query("time_delta", params.timeDelta())
        .build();
  }
}
