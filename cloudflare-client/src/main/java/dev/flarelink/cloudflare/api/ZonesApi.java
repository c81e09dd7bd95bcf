package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.Zone;
import dev.flarelink.cloudflare.paging.Paged;

/** Zones; needs "Zone Read". */
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
}
