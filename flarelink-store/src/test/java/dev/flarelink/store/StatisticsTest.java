package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Planner statistics follow bulk writes on PostgreSQL, doubling the interval each time. */
class StatisticsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void analyzesAfterTenThousandRows_thenAfterAsManyAgain(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      var statistics = new Statistics(database, "dns_records");
      statistics.wrote(9_999);
      assertThat(analyses(database)).isZero();
      statistics.wrote(1);
      var expected = kind == Database.Kind.POSTGRESQL ? 1 : 0;
      assertThat(analyses(database)).isEqualTo(expected);
      statistics.wrote(9_999);
      assertThat(analyses(database)).as("next after 20,000 in all").isEqualTo(expected);
      statistics.wrote(1);
      assertThat(analyses(database)).isEqualTo(2L * expected);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aScanEnding_settlesWhatWasWrittenSinceTheLastRefresh_ifItIsWorthIt(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      var statistics = new Statistics(database, "dns_records");
      var expected = kind == Database.Kind.POSTGRESQL ? 1 : 0;
      statistics.wrote(999);
      database.settleStatistics();
      assertThat(analyses(database)).as("999 rows are not worth it").isZero();
      statistics.wrote(1);
      database.settleStatistics();
      assertThat(analyses(database)).isEqualTo(expected);
      database.settleStatistics();
      assertThat(analyses(database)).as("nothing new since").isEqualTo(expected);
      statistics.wrote(9_000);
      assertThat(analyses(database))
          .as("the doubling refreshes at 10,000")
          .isEqualTo(2L * expected);
      database.settleStatistics();
      assertThat(analyses(database)).as("just refreshed").isEqualTo(2L * expected);
    }
  }

  /** How often PostgreSQL analyzed dns_records by command; 0 on SQLite, which has no such count. */
  private static long analyses(Database database) {
    if (database.kind() != Database.Kind.POSTGRESQL) {
      return 0;
    }
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT analyze_count FROM pg_stat_user_tables"
                            + " WHERE relname = 'dns_records' AND schemaname = current_schema()")
                    .mapTo(Long.class)
                    .one());
  }
}
