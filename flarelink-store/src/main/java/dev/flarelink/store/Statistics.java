package dev.flarelink.store;

import org.jdbi.v3.core.Jdbi;

/**
 * Keeps PostgreSQL's tables fit for the planner after a store's bulk writes: after as many rows
 * again as were written by the last refresh (at least 10,000), it runs VACUUM (ANALYZE) on the
 * store's tables. Without it, tables filled by a first import keep the statistics of empty tables
 * until autovacuum (which may be off) gets to them, so the planner picks scans of every row for
 * lookups of a few (measured: each delete of a zone's records came to scan all 200,000), and no
 * page is marked all-visible, so index-only scans of counts still read every row from the table.
 * When a scan ends, the rows written since the last refresh are settled too (at least 1,000), so
 * the doubling does not leave up to half of an import unrefreshed (measured: a count of names by
 * their ending read 9,000 of its 40,000 rows from the table). SQLite needs neither, so it does
 * nothing there.
 */
final class Statistics {

  private static final long FIRST = 10_000;
  private static final long WORTH_SETTLING = 1_000;

  private final Jdbi jdbi;
  private final boolean postgres;
  private final String tables;
  private long written;
  private long refreshed;
  private long next = FIRST;

  Statistics(Database database, String tables) {
    this.jdbi = database.jdbi();
    this.postgres = database.kind() == Database.Kind.POSTGRESQL;
    this.tables = tables;
    database.track(this);
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
      refreshed = written;
    }
    refresh();
  }

  /** Refreshes the statistics if enough rows were written since the last refresh. */
  void settle() {
    if (!postgres) {
      return;
    }
    synchronized (this) {
      if (written - refreshed < WORTH_SETTLING) {
        return;
      }
      refreshed = written;
    }
    refresh();
  }

  private void refresh() {
    // VACUUM runs outside a transaction; a handle's statements autocommit.
    jdbi.useHandle(h -> h.execute("VACUUM (ANALYZE) " + tables));
  }
}
