package dev.flarelink.store;

import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * One statement run for many rows as a single JDBC batch, inside the caller's transaction (on
 * PostgreSQL the driver sends a batch of inserts as multi-row statements). Every store writes its
 * rows this way: the statement once, how one row binds, and the values every row shares.
 *
 * @param <T> what one row is made from
 */
final class BatchWriter<T> {

  private final String sql;
  private final BiConsumer<PreparedBatch, T> row;

  /** A writer of {@code sql}, binding each row's own values with {@code row}. */
  BatchWriter(String sql, BiConsumer<PreparedBatch, T> row) {
    this.sql = sql;
    this.row = row;
  }

  /**
   * Runs the statement once for each of {@code rows}, with {@code shared} bound beside each row's
   * own values; no rows, no statement.
   *
   * @return how many rows the statement changed, where the driver reports it
   */
  int write(Handle h, Map<String, ?> shared, Collection<? extends T> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    var batch = h.prepareBatch(sql);
    for (T each : rows) {
      batch.bindMap(shared);
      row.accept(batch, each);
      batch.add();
    }
    return IntStream.of(batch.execute()).filter(n -> n > 0).sum();
  }
}
