package dev.flarelink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.catalogue.ResourceEntry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the resource pages highlight, and say in words beside the colour. */
class ResourceHighlightsTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private final Highlights highlights = new Highlights(NOW);

  private static ResourceEntry entry(String type, Map<String, String> fields) {
    return new ResourceEntry(
        type, "id1", "z1", "example.com", "name", null, fields, "{}", "{}", "f");
  }

  @Test
  void aCertificatePack_isHighlightedWithin30DaysOfItsExpiry_orAfter() {
    var cases =
        Map.of(
            "2026-12-20T00:00:00Z", "expires in 14 days",
            "2027-01-03T10:00:00Z", "expires in 29 days",
            "2027-01-04T10:00:00Z", "expires in 30 days",
            "2027-01-04T10:00:01Z", "",
            "2026-12-05T12:00:00Z", "expires within a day",
            "2026-12-01T00:00:00Z", "expired",
            "not a time", "");
    cases.forEach(
        (expires, flag) -> {
          var pack = entry("certificate_packs", Map.of("expires_on", expires));
          assertThat(highlights.flag(pack)).as(expires).isEqualTo(flag);
          assertThat(highlights.rowClass(pack))
              .as(expires)
              .isEqualTo(flag.isEmpty() ? "" : "expiring");
        });
    assertThat(highlights.flag(entry("certificate_packs", Map.of()))).isEmpty();
  }

  @Test
  void aPoolWithUnhealthyOrigins_andAnUnhealthyHealthCheck_areHighlighted() {
    var pool = entry("load_balancer_pools", Map.of("unhealthy_origins", "2", "healthy", "true"));
    assertThat(highlights.flag(pool)).isEqualTo("2 unhealthy origins");
    assertThat(highlights.rowClass(pool)).isEqualTo("unhealthy");
    assertThat(highlights.flag(entry("load_balancer_pools", Map.of("unhealthy_origins", "1"))))
        .isEqualTo("1 unhealthy origin");
    assertThat(highlights.flag(entry("load_balancer_pools", Map.of("healthy", "false"))))
        .isEqualTo("pool unhealthy");
    assertThat(
            highlights.flag(
                entry("load_balancer_pools", Map.of("unhealthy_origins", "0", "healthy", "true"))))
        .isEmpty();
    assertThat(highlights.rowClass(entry("health_checks", Map.of("status", "unhealthy"))))
        .isEqualTo("unhealthy");
    assertThat(highlights.flag(entry("health_checks", Map.of("status", "healthy")))).isEmpty();
    assertThat(highlights.flag(entry("rulesets", Map.of("status", "unhealthy")))).isEmpty();
  }
}
