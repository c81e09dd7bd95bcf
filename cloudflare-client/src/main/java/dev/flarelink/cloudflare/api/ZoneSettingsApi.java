package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.ZoneSetting;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A zone's settings; reading needs "Zone Settings Read", changing "Zone Settings Write". */
public final class ZoneSettingsApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public ZoneSettingsApi(ApiSupport api) {
    this.api = api;
  }

  /** Every setting of the zone. */
  public List<ZoneSetting> list(String zoneId) {
    return Arrays.asList(
        api.call(
            request("GET", "/zones/" + segment(zoneId) + "/settings").build(),
            ZoneSetting[].class));
  }

  /** One setting, e.g. {@code ssl}. */
  public ZoneSetting get(String zoneId, String settingId) {
    return api.call(
        request("GET", "/zones/" + segment(zoneId) + "/settings/" + segment(settingId)).build(),
        ZoneSetting.class);
  }

  /** Changes one setting and returns it as Cloudflare now has it. */
  public ZoneSetting update(String zoneId, String settingId, Object value) {
    return api.send(
        request("PATCH", "/zones/" + segment(zoneId) + "/settings/" + segment(settingId)),
        Map.of("value", value),
        ZoneSetting.class);
  }

  /** Changes several settings at once (a JSON array of {@code {id, value}}) and returns them. */
  public List<ZoneSetting> updateAll(String zoneId, Map<String, Object> values) {
    var items =
        values.entrySet().stream()
            .map(e -> Map.of("id", e.getKey(), "value", e.getValue()))
            .toList();
    return Arrays.asList(
        api.send(
            request("PATCH", "/zones/" + segment(zoneId) + "/settings"),
            items,
            ZoneSetting[].class));
  }
}
