package dev.flarelink.cloudflare.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A health check to create. {@code null} fields are left to Cloudflare's defaults.
 *
 * @param type {@code HTTP}, {@code HTTPS} or {@code TCP}
 * @param path for HTTP(S) only, e.g. {@code /health}
 * @param port the port to check; Cloudflare's default is 80, 443 or 22 by type
 * @param interval seconds between checks, 5 to 3600
 * @param checkRegions e.g. {@code WEU}, {@code ENAM}
 */
public record HealthCheckInput(
    String name,
    String address,
    String type,
    @Nullable String description,
    @Nullable String path,
    @Nullable Integer port,
    @Nullable Integer interval,
    @Nullable Integer retries,
    @Nullable Integer timeout,
    List<String> checkRegions) {

  public HealthCheckInput {
    checkRegions = List.copyOf(checkRegions);
  }

  /** The request body: the HTTP(S) or TCP part under its own key, as Cloudflare expects. */
  public Map<String, Object> body() {
    var body = new LinkedHashMap<String, Object>();
    body.put("name", name);
    body.put("address", address);
    body.put("type", type);
    put(body, "description", description);
    put(body, "interval", interval);
    put(body, "retries", retries);
    put(body, "timeout", timeout);
    if (!checkRegions.isEmpty()) {
      body.put("check_regions", checkRegions);
    }
    var config = new LinkedHashMap<String, Object>();
    put(config, "port", port);
    if (type.equals("TCP")) {
      config.put("method", "connection_established");
      body.put("tcp_config", config);
    } else {
      put(config, "path", path);
      body.put("http_config", config);
    }
    return body;
  }

  private static void put(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
