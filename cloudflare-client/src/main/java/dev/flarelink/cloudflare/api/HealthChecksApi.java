package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.HealthCheck;
import dev.flarelink.cloudflare.model.HealthCheckInput;
import dev.flarelink.cloudflare.paging.Paged;

/** A zone's standalone health checks; reading needs "Health Checks Read", changing its Write. */
public final class HealthChecksApi {

  /** The largest page Cloudflare serves. */
  public static final int MAX_PER_PAGE = 1000;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public HealthChecksApi(ApiSupport api) {
    this.api = api;
  }

  /** A zone's health checks. */
  public Paged<HealthCheck> list(String zoneId) {
    return api.list(
        request("GET", base(zoneId)).query("per_page", MAX_PER_PAGE).build(),
        HealthCheck.class,
        Paged.Style.PAGE);
  }

  /** One health check. */
  public HealthCheck get(String zoneId, String healthCheckId) {
    return api.call(
        request("GET", base(zoneId) + "/" + segment(healthCheckId)).build(), HealthCheck.class);
  }

  /** Creates a health check; not retried, since a second one would be made. */
  public HealthCheck create(String zoneId, HealthCheckInput check) {
    return api.send(request("POST", base(zoneId)), check.body(), HealthCheck.class);
  }

  /** Deletes a health check and returns its id. */
  public String delete(String zoneId, String healthCheckId) {
    return api.call(request("DELETE", base(zoneId) + "/" + segment(healthCheckId)).build())
        .path("id")
        .asText(healthCheckId);
  }

  private static String base(String zoneId) {
    return "/zones/" + segment(zoneId) + "/healthchecks";
  }
}
