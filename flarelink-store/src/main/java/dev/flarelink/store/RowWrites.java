package dev.flarelink.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts the rows written to tables (each row inserted, updated or deleted, including an upsert
 * that changes nothing), by a trigger per table, so a benchmark or test can show what a scan really
 * writes; a row count alone misses updates. For measurement databases only: every write pays for a
 * trigger.
 */
public final class RowWrites {

  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  private static final BatchWriter<String> COUNTERS =
      new BatchWriter<>(
          "INSERT INTO row_writes (table_name, n) VALUES (:table, 0) ON CONFLICT DO NOTHING",
          (batch, table) -> batch.bind("table", table));

  private final Database database;
  private final List<String> tables;

  private RowWrites(Database database, List<String> tables) {
    this.database = database;
    this.tables = List.copyOf(tables);
  }

  /** Installs the counting triggers on these tables of the database (names in lower case). */
  public static RowWrites install(Database database, List<String> tables) {
    for (var table : tables) {
      if (!TABLE.matcher(table).matches()) {
        throw new IllegalArgumentException("not a table name: " + table);
      }
    }
    database
        .jdbi()
        .useTransaction(
            h -> {
              h.execute(
                  "CREATE TABLE IF NOT EXISTS row_writes (table_name TEXT PRIMARY KEY, n BIGINT NOT NULL)");
              if (database.kind() == Database.Kind.POSTGRESQL) {
                // Once per statement over its transition table: a row-level trigger updating one
                // counter row per written row would slow PostgreSQL's writes enough to skew what
                // is measured.
                h.execute(
                    "CREATE OR REPLACE FUNCTION row_writes_count() RETURNS trigger AS $$ BEGIN"
                        + " UPDATE row_writes SET n = n + (SELECT COUNT(*) FROM changed)"
                        + " WHERE table_name = TG_TABLE_NAME; RETURN NULL; END $$ LANGUAGE plpgsql");
              }
              COUNTERS.write(h, Map.of(), tables);
              for (var table : tables) {
                if (database.kind() == Database.Kind.POSTGRESQL) {
                  for (var event : List.of("INSERT NEW", "UPDATE NEW", "DELETE OLD")) {
                    var parts = event.split(" ", -1);
                    h.execute(
                        "CREATE OR REPLACE TRIGGER row_writes_"
                            + table
                            + "_"
                            + parts[0].toLowerCase(Locale.ROOT)
                            + " AFTER "
                            + parts[0]
                            + " ON "
                            + table
                            + " REFERENCING "
                            + parts[1]
                            + " TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION"
                            + " row_writes_count()");
                  }
                } else {
                  for (var event : List.of("INSERT", "UPDATE", "DELETE")) {
                    h.execute(
                        "CREATE TRIGGER IF NOT EXISTS row_writes_"
                            + table
                            + "_"
                            + event.toLowerCase(Locale.ROOT)
                            + " AFTER "
                            + event
                            + " ON "
                            + table
                            + " BEGIN UPDATE row_writes SET n = n + 1 WHERE table_name = '"
                            + table
                            + "'; END");
                  }
                }
              }
            });
    return new RowWrites(database, tables);
  }

  /** The rows written to each table since the triggers were installed, in the order given. */
  public Map<String, Long> counts() {
    var counts = new LinkedHashMap<String, Long>();
    database
        .jdbi()
        .useHandle(
            h ->
                h.createQuery("SELECT table_name, n FROM row_writes")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue())));
    var ordered = new LinkedHashMap<String, Long>();
    tables.forEach(t -> ordered.put(t, counts.getOrDefault(t, 0L)));
    return ordered;
  }

  /** The rows written to each table between two readings of {@link #counts()}, zeros left out. */
  public static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
    var delta = new LinkedHashMap<String, Long>();
    after.forEach(
        (table, n) -> {
          var written = n - before.getOrDefault(table, 0L);
          if (written != 0) {
            delta.put(table, written);
          }
        });
    return delta;
  }
}
