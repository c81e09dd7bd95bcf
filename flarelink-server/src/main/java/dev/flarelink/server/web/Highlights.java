package dev.flarelink.server.web;

import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What on a resource needs a person's eye: a certificate pack expiring within 30 days (or expired),
 * a pool with unhealthy origins, an unhealthy health check. Each is shown in words as well as in
 * colour, so it does not rest on colour alone.
 *
 * @param now the time the page is made at
 */
public record Highlights(Instant now) {

  /** How soon before its expiry a certificate pack is highlighted. */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

  /** The row's CSS class: {@code expiring}, {@code unhealthy}, or empty. */
  public String rowClass(ResourceEntry entry) {
    var flag = flag(entry);
    if (flag.isEmpty()) {
      return "";
    }
    return entry.type().equals(ResourceCatalogue.CERTIFICATE_PACKS.name())
        ? "expiring"
        : "unhealthy";
  }

  /** What is wrong, in a few words (e.g. {@code expires in 12 days}), or empty. */
  public String flag(ResourceEntry entry) {
    var fields = entry.fields();
    var type = entry.type();
    if (type.equals(ResourceCatalogue.CERTIFICATE_PACKS.name())) {
      return expiry(fields.get("expires_on"));
    }
    if (type.equals(ResourceCatalogue.LOAD_BALANCER_POOLS.name())) {
      var unhealthy = number(fields.get("unhealthy_origins"));
      if (unhealthy > 0) {
        return unhealthy + (unhealthy == 1 ? " unhealthy origin" : " unhealthy origins");
      }
      return "false".equals(fields.get("healthy")) ? "pool unhealthy" : "";
    }
    if (type.equals(ResourceCatalogue.HEALTH_CHECKS.name())) {
      return "unhealthy".equals(fields.get("status")) ? "unhealthy" : "";
    }
    return "";
  }

  private String expiry(String expiresOn) {
    if (expiresOn == null) {
      return "";
    }
    Instant at;
    try {
      at = Instant.parse(expiresOn);
    } catch (DateTimeParseException notATime) {
      return ""; // Shown as Cloudflare wrote it; nothing to compare.
    }
    if (!at.isAfter(now)) {
      return "expired";
    }
    if (at.isAfter(now.plus(EXPIRY_WARNING))) {
      return "";
    }
    var days = Duration.between(now, at).toDays();
    return days == 0
        ? "expires within a day"
        : "expires in " + days + (days == 1 ? " day" : " days");
  }

  private static int number(String text) {
    if (text == null) {
      return 0;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }
}
