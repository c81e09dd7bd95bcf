package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.HealthCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the health check actions share: finding one by id or name, and the result. */
final class HealthChecks {

  private HealthChecks() {}

  /** The zone's health check with this name (any case), if there is one. */
  static Optional<HealthCheck> named(CloudflareClient client, String zoneId, String name) {
    return client.healthChecks().list(zoneId).stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** The zone's health check with this id or name, if there is one. */
  static Optional<HealthCheck> find(CloudflareClient client, String zoneId, String ref) {
    return client.healthChecks().list(zoneId).stream()
        .filter(h -> h.id().equals(ref) || h.name().equalsIgnoreCase(ref))
        .findFirst();
  }

  /** A health check as an action's result. */
  static Map<String, Object> result(HealthCheck check) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", check.id());
    out.put("name", check.name());
    out.put("address", check.address());
    out.put("type", check.type());
    out.put("status", check.status());
    out.put("interval", check.interval());
    return out;
  }
}
