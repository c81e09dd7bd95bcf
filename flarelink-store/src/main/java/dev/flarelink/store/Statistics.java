package dev.flarelink.store;

import org.jdbi.v3.core.Jdbi;

/**
 * Keeps PostgreSQL's planner statistics up with a store's bulk writes: after as many rows again as
 * were written by the last refresh (at least 10,000), it runs ANALYZE on the store's tables.
 * Without it, tables filled by a first import keep the statistics of empty tables until autovacuum
 * (which may be off) gets to them, and the planner picks scans of every row for lookups of a few;
 * measured on a first import of 200,000 DNS records, each delete of a zone's records came to scan
 * the whole table. SQLite plans without statistics of this kind, so it does nothing there.
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
    jdbi.useHandle(h -> h.execute("ANALYZE " + tables));
  }
}
