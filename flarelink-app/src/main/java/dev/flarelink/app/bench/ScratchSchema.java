package dev.flarelink.app.bench;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A fresh PostgreSQL schema for one benchmark run, dropped afterwards (unless kept for inspection),
 * so a run starts empty and never mixes with what the database already holds. For the embedded
 * database there is nothing to do: each run has its own data directory.
 */
record ScratchSchema(String url, String baseUrl, String schema, boolean keep)
    implements AutoCloseable {

  /**
   * A scratch schema in the PostgreSQL at this URL, or none for {@code null} (SQLite); a kept one
   * stays after the run.
   */
  static ScratchSchema of(String databaseUrl, boolean keep) throws SQLException {
    if (databaseUrl == null) {
      return new ScratchSchema(null, null, null, keep);
    }
    if (!databaseUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db); without it the"
              + " benchmark uses the embedded database");
    }
    var schema = "flarelink_bench_" + System.currentTimeMillis();
    try (var connection = DriverManager.getConnection(databaseUrl);
        var statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    var url = inSchema(databaseUrl, schema);
    return new ScratchSchema(url, databaseUrl, schema, keep);
  }

  /** The PostgreSQL URL with {@code schema} as the current schema. */
  static String inSchema(String databaseUrl, String schema) {
    return databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  public void close() throws SQLException {
    if (schema == null || keep) {
      return;
    }
    try (var connection = DriverManager.getConnection(baseUrl);
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
