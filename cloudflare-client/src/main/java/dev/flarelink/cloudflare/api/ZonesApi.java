package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.Zone;
import dev.flarelink.cloudflare.paging.Paged;
import java.util.Map;

/** Zones; reading needs "Zone Read", creating, pausing and deleting "Zone Write". */
public final class ZonesApi {

  /** The largest page {@code GET /zones} serves. */
  public static final int MAX_PER_PAGE = 50;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public ZonesApi(ApiSupport api) {
    this.api = api;
  }

  /** Zones matching the filters, 50 a page. Zones outside the token's resources are left out. */
  public Paged<Zone> list(ZoneListParams params) {
    return api.list(
        request("GET", "/zones")
            .query("name", params.name() == null ? null : params.name().zoneForm())
            .query("status", params.status())
            .query("account.id", params.accountId())
            .query(
                "account.name",
                params.accountName() == null ? null : params.accountName().zoneForm())
            .query("order", params.order())
            .query("direction", params.direction())
            .query("match", params.match())
            .query("per_page", MAX_PER_PAGE)
            .build(),
        Zone.class,
        Paged.Style.PAGE);
  }

  /** One zone. */
  public Zone get(String zoneId) {
    return api.call(request("GET", "/zones/" + segment(zoneId)).build(), Zone.class);
  }

  /**
   * Adds a zone to an account and returns it (status {@code pending} until its name servers point
   * to Cloudflare). Not retried: a second attempt would be refused as a duplicate.
   *
   * @param type {@code full} (Cloudflare hosts the DNS) or {@code partial} (a CNAME setup)
   */
  public Zone create(String accountId, String name, String type) {
    return api.send(
        request("POST", "/zones"),
        Map.of("name", name, "account", Map.of("id", accountId), "type", type),
        Zone.class);
  }

  /**
   * Pauses a zone (traffic goes straight to the origins, bypassing Cloudflare) or resumes it, and
   * returns the zone as it now is. Sending the same value twice is harmless, so it is retried.
   */
  public Zone setPaused(String zoneId, boolean paused) {
    return api.send(
        request("PATCH", "/zones/" + segment(zoneId)).idempotent(true),
        Map.of("paused", paused),
        Zone.class);
  }

  /** Deletes a zone with its DNS records and settings, and returns its id. */
  public String delete(String zoneId) {
    return api.call(request("DELETE", "/zones/" + segment(zoneId)).build())
        .path("id")
        .asText(zoneId);
  }
}
