package dev.flarelink.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: a SQLite file in a temporary directory, or a fresh schema in the
 * PostgreSQL at {@code FLARELINK_TEST_PG_URL} (default {@code 127.0.0.1:5432/test}); a test on
 * PostgreSQL is skipped, with the reason printed, only when no server answers there.
 */
final class TestDatabases {

  static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault(
              "FLARELINK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private TestDatabases() {}

  /** An open database of the kind, and how to clean it up. */
  record Opened(Database database, Runnable cleanUp) implements AutoCloseable {
    @Override
    public void close() {
      database.close();
      cleanUp.run();
    }
  }

  static Opened open(Database.Kind kind, Path dir) {
    if (kind == Database.Kind.SQLITE) {
      return new Opened(Database.sqlite(dir), () -> {});
    }
    try (var probe = DriverManager.getConnection(POSTGRES_URL)) {
      probe.isValid(2);
    } catch (SQLException e) {
      var reason =
          "PostgreSQL is not reachable at "
              + POSTGRES_URL
              + " ("
              + e.getMessage()
              + "); skipping the PostgreSQL run";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    var schema =
        "flarelink_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    var database = Database.open(POSTGRES_URL, schema);
    return new Opened(
        database,
        () -> {
          try (var connection = DriverManager.getConnection(POSTGRES_URL);
              var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
