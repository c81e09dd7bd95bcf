package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.internal.ApiSupport;

/** Cache purge; needs "Cache Purge". */
public final class CacheApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public CacheApi(ApiSupport api) {
    this.api = api;
  }

  /** Purges and returns the purge's id. Purging twice is harmless, so it is retried. */
  public String purge(String zoneId, PurgeRequest purge) {
    return api.send(
            request("POST", "/zones/" + segment(zoneId) + "/purge_cache").idempotent(true),
            purge.body(),
            JsonNode.class)
        .path("id")
        .asText(null);
  }
}
