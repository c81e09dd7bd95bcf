package dev.flarelink.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: a SQLite file in a temporary directory, or a fresh schema in the
 * PostgreSQL at {@code FLARELINK_TEST_PG_URL} (default {@code 127.0.0.1:5432/test}); a test on
 * PostgreSQL is skipped, with the reason printed, only when no server answers there.
 *
 * <p>Every PostgreSQL test gets a schema of its own, so tests on PostgreSQL may run in parallel.
 *
 * <p>It lives in the store's test-jar (the one class that jar holds), not in flarelink-testkit: the
 * testkit depends on the store, so the store's own tests cannot use it. Other modules get it
 * through the testkit.
 */
public final class TestDatabases {

  /** The test PostgreSQL. */
  public static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault(
              "FLARELINK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private TestDatabases() {}

  /** An open database of the kind, and how to clean it up. */
  public record Opened(Database database, Runnable cleanUp) implements AutoCloseable {
    @Override
    public void close() {
      database.close();
      cleanUp.run();
    }
  }

  /**
   * Where a service or command under test keeps its data, as the database URL it is started with:
   * {@code null} for the embedded database in its data directory, or a fresh schema of the test
   * PostgreSQL. Closing drops that schema.
   *
   * @param url the JDBC URL to start with, or {@code null} for SQLite in the data directory
   * @param schema the PostgreSQL schema, or {@code null} for SQLite
   */
  public record Target(Database.Kind kind, String url, String schema) implements AutoCloseable {
    @Override
    public void close() {
      if (schema != null) {
        dropSchema(schema);
      }
    }
  }

  /** A database of the kind: SQLite in {@code dir}, or a fresh PostgreSQL schema. */
  public static Opened open(Database.Kind kind, Path dir) {
    if (kind == Database.Kind.SQLITE) {
      return new Opened(Database.sqlite(dir), () -> {});
    }
    assumePostgres();
    var schema = newSchemaName("flarelink_test_");
    var database = Database.open(POSTGRES_URL, schema);
    return new Opened(database, () -> dropSchema(schema));
  }

  /**
   * Where a service or command started by URL keeps its data: nowhere but its data directory for
   * SQLite, a schema created here (named {@code prefix} and a random suffix) for PostgreSQL.
   */
  public static Target target(Database.Kind kind, String prefix) {
    if (kind == Database.Kind.SQLITE) {
      return new Target(kind, null, null);
    }
    var schema = createSchema(prefix);
    return new Target(kind, withSchema(POSTGRES_URL, schema), schema);
  }

  /** Creates an empty schema on the test PostgreSQL, skipping the test when none answers. */
  public static String createSchema(String prefix) {
    var schema = newSchemaName(prefix);
    try (var connection = DriverManager.getConnection(POSTGRES_URL);
        var statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      skip(e);
    }
    return schema;
  }

  /** Drops a schema made by {@link #createSchema} or {@link #open}, with all it holds. */
  public static void dropSchema(String schema) {
    try (var connection = DriverManager.getConnection(POSTGRES_URL);
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the test schema " + schema, e);
    }
  }

  /** The JDBC URL that uses this schema of the database at {@code url}. */
  public static String withSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Skips the running test, saying why, unless the test PostgreSQL answers. */
  public static void assumePostgres() {
    // A server at its connection limit is busy, not absent: the run waits for a connection to
    // free (up to a minute) rather than skipping the PostgreSQL half of a test.
    var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try (var probe = DriverManager.getConnection(POSTGRES_URL)) {
        probe.isValid(2);
        return;
      } catch (SQLException e) {
        if (!TOO_MANY_CONNECTIONS.equals(e.getSQLState()) || System.nanoTime() > deadline) {
          skip(e);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      }
    }
  }

  /** PostgreSQL's SQLSTATE for "sorry, too many clients already". */
  private static final String TOO_MANY_CONNECTIONS = "53300";

  private static void skip(SQLException e) {
    var reason =
        "PostgreSQL is not reachable at "
            + POSTGRES_URL
            + " ("
            + e.getMessage()
            + "); skipping the PostgreSQL run";
    System.out.println(reason);
    Assumptions.abort(reason);
  }

  /** A schema name no other test uses: {@code prefix} and a random suffix. */
  public static String newSchemaName(String prefix) {
    return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }
}
