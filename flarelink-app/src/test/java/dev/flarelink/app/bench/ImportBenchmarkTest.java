package dev.flarelink.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's small scenario: the import meets the bound and a rescan adds no rows. */
class ImportBenchmarkTest {

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void theSmallImport_makesTheFewestRequests_andARescanAddsNothing() throws Exception {
    var report =
        ImportBenchmark.run(
            Scenario.SMALL,
            Duration.ZERO,
            1200,
            Duration.ofSeconds(300),
            null,
            dir,
            new PrintWriter(new StringWriter()));
    var bound = (Map<String, Object>) report.get("bound");
    var first = (Map<String, Object>) report.get("first");
    var rescan = (Map<String, Object>) report.get("rescan");
    assertThat(first.get("scans").toString()).doesNotContain("failed");
    assertThat(first.get("requests")).isEqualTo(bound.get("requests"));
    assertThat(first.get("throttled_429")).isEqualTo(0L);
    assertThat((Map<String, Long>) first.get("row_count_change"))
        .containsEntry("dns_records", 1000L)
        .containsEntry("zones", 20L);
    assertThat((Map<String, Long>) rescan.get("row_count_change")).isEmpty();
    var load = (Map<String, Object>) report.get("query_load");
    assertThat(load.get("queries")).isEqualTo(1200);
    assertThat((Map<String, Object>) load.get("latency_ms")).hasSize(6);
    assertThat(
            Bound.of(
                    10_220,
                    1_500,
                    1_000,
                    200,
                    5_000,
                    1200,
                    Duration.ofSeconds(300),
                    Duration.ofMillis(50))
                .total())
        .as(
            "2 + 205 member pages + 2 audit pages + 20 zone pages + 2,000 zone reads + 5 alert pages")
        .isEqualTo(2 + 205 + 2 + 20 + 2000 + 5);
    var large =
        Bound.of(
            10_220, 1_500, 1_000, 200, 5_000, 1200, Duration.ofSeconds(300), Duration.ofMillis(50));
    assertThat(large.seconds())
        .as("one full window, then the last 1,034 requests at 50 ms")
        .isEqualTo(300 + 1_034 * 0.05, org.assertj.core.data.Offset.offset(0.001));
    assertThat(large.limitedBy()).isEqualTo("the rate limit");
  }
}
