package dev.flarelink.store;

import org.jdbi.v3.core.Jdbi;

/**
 * Keeps PostgreSQL's tables fit for the planner after a store's bulk writes: after as many rows
 * again as were written by the last refresh (at least 10,000), it runs VACUUM (ANALYZE) on the
 * store's tables. Without it, tables filled by a first import keep the statistics of empty tables
 * until autovacuum (which may be off) gets to them, so the planner picks scans of every row for
 * lookups of a few (measured: each delete of a zone's records came to scan all 200,000), and no
 * page is marked all-visible, so index-only scans of counts still read every row from the table.
 * SQLite needs neither, so it does nothing there.
 */
final class Statistics {

  private static final long FIRST = 10_000;

  private final Jdbi jdbi;
  private final boolean postgres;
  private final String tables;
  private long written;
  private long next = FIRST;

  Statistics(Database database, String tables) {
    this.jdbi = database.jdbi();
    this.postgres = database.kind() == Database.Kind.POSTGRESQL;
    this.tables = tables;
  }

  /** Counts rows just written (committed), and refreshes the statistics when they are due. */
  void wrote(long rows) {
    if (!postgres || rows <= 0) {
      return;
    }
    synchronized (this) {
      written += rows;
      if (written < next) {
        return;
      }
      next = written * 2;
    }
    // VACUUM runs outside a transaction; a handle's statements autocommit.
    jdbi.useHandle(h -> h.execute("VACUUM (ANALYZE) " + tables));
  }
}
