package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction that reads before it writes must not fail because another connection wrote in
 * between: the embedded database takes the write lock when the transaction begins, and the other
 * writer waits its turn (an identity scan's last step once failed like this while its heartbeat
 * wrote).
 */
class SqliteTransactionsTest {

  @TempDir Path dir;

  @Test
  void aReadThenWriteTransaction_isNotBrokenByAnotherWriter() throws Exception {
    try (var database = Database.sqlite(dir)) {
      var jdbi = database.jdbi();
      var workspaces = new JdbcWorkspaceStore(database);
      var other = new AtomicReference<CompletableFuture<Void>>();
      jdbi.useTransaction(
          h -> {
            h.createQuery("SELECT COUNT(*) FROM workspaces").mapTo(Integer.class).one();
            other.set(CompletableFuture.runAsync(() -> workspaces.create("b", "B", Instant.now())));
            try {
              // Without the lock taken at BEGIN the other write lands here, and the write below
              // fails with SQLITE_BUSY_SNAPSHOT; with it, the other writer waits for the commit.
              other.get().get(300, TimeUnit.MILLISECONDS);
            } catch (TimeoutException waiting) {
              // the expected case: it waits
            }
            h.execute("INSERT INTO workspaces (id, name, created_at) VALUES ('a', 'A', 0)");
          });
      other.get().get(10, TimeUnit.SECONDS);
      assertThat(workspaces.find("a")).isPresent();
      assertThat(workspaces.find("b")).isPresent();
    }
  }
}
