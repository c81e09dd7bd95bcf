package dev.flarelink.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.store.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's small scenario on both databases: the import meets the bound and a rescan writes
 * no data rows.
 */
class ImportBenchmarkTest {

  @TempDir Path dir;

  @Test
  void theSmallImport_onTheEmbeddedDatabase() throws Exception {
    check(null);
  }

  @Test
  void theSmallImport_onPostgresql_inAScratchSchemaItDropsAfterwards() throws Exception {
    TestDatabases.assumePostgres();
    var schema = check(TestDatabases.POSTGRES_URL).get("schema").toString();
    assertThat(schema).startsWith("flarelink_bench_");
    try (var connection = DriverManager.getConnection(TestDatabases.POSTGRES_URL);
        var statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
      statement.setString(1, schema);
      try (var rs = statement.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("the scratch schema is left behind").isZero();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> check(String databaseUrl) throws Exception {
    var report =
        ImportBenchmark.run(
            Scenario.SMALL,
            Duration.ZERO,
            1200,
            Duration.ofMinutes(5),
            databaseUrl,
            false,
            true,
            dir,
            new PrintWriter(new StringWriter()));
    var bound = (Map<String, Object>) report.get("bound");
    var first = (Map<String, Object>) report.get("first");
    var rescan = (Map<String, Object>) report.get("rescan");
    assertThat((Double) report.get("warm_up_seconds"))
        .as("another account imported first")
        .isPositive();
    assertThat(first.get("scans").toString()).doesNotContain("failed");
    assertThat(first.get("requests")).isEqualTo(bound.get("requests"));
    assertThat(first.get("throttled_429")).isEqualTo(0L);
    assertThat((Map<String, Long>) first.get("row_count_change"))
        .containsEntry("dns_records", 1000L)
        .containsEntry("zones", 20L);
    assertThat((Map<String, Long>) first.get("rows_written"))
        .containsEntry("zones", 20L)
        .containsEntry("roles", 8L)
        .containsKeys("members", "member_changes", "dns_records", "inventory_changes");
    assertThat((Map<String, Long>) rescan.get("row_count_change")).isEmpty();
    assertThat((Map<String, Long>) rescan.get("rows_written"))
        .as("nothing changed, so nothing is written")
        .isEmpty();
    var load = (Map<String, Object>) report.get("query_load");
    assertThat(load.get("queries")).isEqualTo(1200);
    assertThat((Map<String, Object>) load.get("latency_ms")).hasSize(6);
    var paced = (Map<String, Map<String, Map<String, Object>>>) load.get("latency_ms_at_rate");
    assertThat(paced).containsOnlyKeys("20_per_second", "50_per_second", "100_per_second");
    assertThat(paced.get("50_per_second").values())
        .as("3 s at 50 a second, the six queries in turn")
        .extracting(q -> q.get("count"))
        .containsExactly(25, 25, 25, 25, 25, 25);
    assertThat(
            Bound.of(
                    10_220,
                    1_500,
                    1_000,
                    200,
                    5_000,
                    1200,
                    Duration.ofMinutes(5),
                    Duration.ofMillis(50))
                .total())
        .as(
            "2 + 205 member pages + 2 audit pages + 20 zone pages + 2,000 zone reads + 5 alert pages")
        .isEqualTo(2 + 205 + 2 + 20 + 2000 + 5);
    var large =
        Bound.of(
            10_220, 1_500, 1_000, 200, 5_000, 1200, Duration.ofMinutes(5), Duration.ofMillis(50));
    assertThat(large.seconds())
        .as("one full window, then the last 1,034 requests at 50 ms")
        .isEqualTo(300 + 1_034 * 0.05, Offset.offset(0.001));
    assertThat(large.limitedBy()).isEqualTo("the rate limit");
    assertThat(large.secondsWindowSpent())
        .as("right after another scan: 2,234 requests at the sustained 4 a second")
        .isEqualTo(2_234 * 0.25, Offset.offset(0.001));
    var small = Bound.of(210, 0, 20, 50, 100, 1200, Duration.ofMinutes(5), Duration.ofMillis(50));
    assertThat(small.secondsWindowSpent())
        .as("two passes of 50 requests fit in one quota: the window is never spent")
        .isEqualTo(small.seconds());
    return report;
  }
}
