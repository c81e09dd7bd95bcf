package dev.flarelink.core.scan;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads items in order, one ahead of the caller: while the caller saves what was read for one item,
 * the next one is read on another thread, so the database's work hides in the network's wait
 * instead of adding to it. Reads still go one at a time and in order (what a scan's rate budget and
 * the bound assume), and at most two items' results are held at once. Not thread-safe: one caller.
 *
 * @param <T> the items
 * @param <R> what is read for each
 */
public final class ReadAhead<T, R> implements AutoCloseable {

  private final Iterator<T> items;
  private final Function<T, R> read;
  private final ExecutorService reader;
  private volatile Thread readerThread;
  private Future<R> next;

  /** Starts reading the first of {@code items}. */
  public ReadAhead(List<T> items, Function<T, R> read, String threadName) {
    this.items = items.iterator();
    this.read = read;
    this.reader =
        Executors.newSingleThreadExecutor(
            runnable -> {
              var thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              readerThread = thread;
              return thread;
            });
    this.next = submit();
  }

  /** Whether an item is left to take. */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * What was read for the next item (waiting for it if need be), starting the read of the one
   * after. A read's failure is thrown here as it was thrown there. If this thread is interrupted
   * while it waits, the read in flight is interrupted too and ends as an interrupted read does;
   * this thread keeps its interrupt status.
   */
  public R next() {
    var current = next;
    if (current == null) {
      throw new java.util.NoSuchElementException("every item was read");
    }
    R result = outcome(current);
    next = submit();
    return result;
  }

  private Future<R> submit() {
    if (!items.hasNext()) {
      return null;
    }
    var item = items.next();
    return reader.submit(() -> read.apply(item));
  }

  private R outcome(Future<R> future) {
    var interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
          var thread = readerThread;
          if (thread != null) {
            thread.interrupt();
          }
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /** Stops reading ahead: a read in flight is interrupted, and waited for a little. */
  @Override
  public void close() {
    reader.shutdownNow();
    try {
      reader.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
