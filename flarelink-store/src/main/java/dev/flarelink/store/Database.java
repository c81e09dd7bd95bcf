package dev.flarelink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flarelink.core.Readiness;
import dev.flarelink.core.secret.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The database: SQLite in the data directory by default, PostgreSQL when a {@code jdbc:postgresql:}
 * URL is given. Opening it runs the migrations of its kind ({@code db/migration/sqlite} or {@code
 * db/migration/postgresql}, kept in lock-step). Close it to release the pool.
 */
public final class Database implements AutoCloseable, Readiness {

  /** Which database this is. */
  public enum Kind {
    /** The embedded default, one process at a time. */
    SQLITE,
    /** For several processes and larger accounts. */
    POSTGRESQL
  }

  private final Kind kind;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final MigrationVersion migrated;
  private final List<Statistics> statistics = new CopyOnWriteArrayList<>();

  private Database(Kind kind, HikariDataSource pool, String schema) {
    this.kind = kind;
    this.pool = pool;
    var flyway =
        Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration/" + (kind == Kind.SQLITE ? "sqlite" : "postgresql"))
            .failOnMissingLocations(true);
    if (schema != null) {
      flyway.schemas(schema).createSchemas(true);
    }
    var loaded = flyway.load();
    loaded.migrate();
    var current = loaded.info().current();
    this.migrated = current == null ? null : current.getVersion();
    // Statements bind a whole row's values and use those they need.
    this.jdbi = Jdbi.create(pool);
    jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
  }

  /**
   * The embedded database file {@code flarelink.db} in the data directory, readable by its owner
   * only (SQLite gives its write-ahead log and shared-memory files the database file's permissions;
   * ones an older version left readable are tightened too).
   */
  public static Database sqlite(Path dataDir) {
    var file = dataDir.resolve("flarelink.db");
    try {
      PrivateFiles.directory(dataDir);
      PrivateFiles.file(file);
      for (var companion : List.of("flarelink.db-wal", "flarelink.db-shm")) {
        if (Files.exists(dataDir.resolve(companion))) {
          PrivateFiles.file(dataDir.resolve(companion));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
    }
    return open("jdbc:sqlite:" + file.toAbsolutePath(), null);
  }

  /**
   * A database by JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB}.
   *
   * @param schema a PostgreSQL schema to use (created when missing), or {@code null} for the
   *     default
   */
  public static Database open(String jdbcUrl, String schema) {
    var config = new HikariConfig();
    Kind kind;
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      kind = Kind.SQLITE;
      // One writer at a time; WAL lets readers go on while it writes. A transaction takes the
      // write lock when it begins (IMMEDIATE), so one that reads before writing waits its turn
      // instead of failing with SQLITE_BUSY_SNAPSHOT when another connection wrote in between.
      config.setJdbcUrl(
          jdbcUrl
              + (jdbcUrl.contains("?") ? "&" : "?")
              + "journal_mode=WAL&busy_timeout=5000&foreign_keys=true&transaction_mode=IMMEDIATE");
      config.setMaximumPoolSize(4);
    } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      kind = Kind.POSTGRESQL;
      config.setJdbcUrl(jdbcUrl);
      config.setMaximumPoolSize(10);
      // Connections open as calls need them and idle ones beyond two close after a while: several
      // nodes (and test classes) share one server's connection limit.
      config.setMinimumIdle(2);
      // A batch of inserts goes as multi-row statements instead of one round trip per row.
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      // PostgreSQL compiles a query whose estimated cost is high (a count over 200,000 records)
      // to machine code first, which costs tens of milliseconds more than the query saves; the
      // service's queries are short, so none is compiled. And a statement prepared on a pooled
      // connection is planned for its values every time: after five runs PostgreSQL would settle
      // on a plan for any values, which for a filter whose matches vary by value (A records of
      // one address) guesses a handful of rows and fetches and sorts all 6,000 (measured: 23 ms
      // instead of 6.5 ms for a page).
      config.addDataSourceProperty("options", "-c jit=off -c plan_cache_mode=force_custom_plan");
      if (schema != null) {
        config.setSchema(schema);
      }
    } else {
      throw new IllegalArgumentException(
          "Unsupported database URL; use jdbc:sqlite:/path/flarelink.db or jdbc:postgresql://host:5432/db (was "
              + jdbcUrl.replaceAll("password=[^&]*", "password=***")
              + ")");
    }
    config.setPoolName("flarelink-" + kind.name().toLowerCase(Locale.ROOT));
    config.setInitializationFailTimeout(5_000);
    // A call with the database down fails after this long (and answers 503) instead of Hikari's
    // default of 30 s.
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    return new Database(
        kind, new HikariDataSource(config), kind == Kind.POSTGRESQL ? schema : null);
  }

  /** Tracks the statistics of a store's tables, to be settled when a scan ends. */
  void track(Statistics tables) {
    statistics.add(tables);
  }

  @Override
  public Duration waitLimit() {
    return CONNECTION_TIMEOUT;
  }

  /** Brings the planner's statistics up to date with what the scan that just ended wrote. */
  void settleStatistics() {
    statistics.forEach(Statistics::settle);
  }

  /** How long a call waits for a database connection before it fails. */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Why the database cannot serve calls now, or empty when it can: it answers, and every migration
   * this build knows is applied (checked on each call, so it reflects the database now).
   */
  @Override
  public Optional<String> notReady() {
    String applied;
    try {
      applied =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT version FROM flyway_schema_history WHERE success"
                              + " AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                      .mapTo(String.class)
                      .findOne()
                      .orElse(null));
    } catch (RuntimeException e) {
      return Optional.of(
          "The "
              + kind.name().toLowerCase(Locale.ROOT)
              + " database does not answer within "
              + CONNECTION_TIMEOUT.toSeconds()
              + " s; check that it is running and reachable");
    }
    if (migrated != null
        && (applied == null || MigrationVersion.fromVersion(applied).compareTo(migrated) < 0)) {
      return Optional.of(
          "The database's schema is at version "
              + applied
              + " but this build needs "
              + migrated
              + "; restart the service to apply its migrations");
    }
    return Optional.empty();
  }

  /** Which database this is. */
  public Kind kind() {
    return kind;
  }

  /** The Jdbi handle factory. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The connection pool, for libraries that keep their own tables here (the scheduler). */
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
