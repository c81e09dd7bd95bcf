package dev.flarelink.core.scan;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Takes what a source reads (a zone's records, a page of members) one ahead of the caller: while
 * the caller saves one, the next is read on another thread, so the database's work hides in the
 * network's wait instead of adding to it. Reads still go one at a time and in order (what a scan's
 * rate budget and the bound assume), and at most two results are held at once. Not thread-safe: one
 * caller.
 *
 * @param <R> what is read
 */
public final class ReadAhead<R> implements AutoCloseable {

  private final Iterator<R> source;
  private final ExecutorService reader;
  private volatile @Nullable Thread readerThread;
  private Future<Read<R>> next;

  /** One element taken from the source, or none when it had no more. */
  private record Read<R>(boolean present, @Nullable R value) {}

  /** Reads {@code read} of each of {@code items}, in order, starting with the first now. */
  public static <T, R> ReadAhead<R> of(List<T> items, Function<T, R> read, String threadName) {
    return new ReadAhead<>(items.stream().map(read).iterator(), threadName);
  }

  /**
   * Takes each of {@code source}'s elements (its {@code hasNext} and {@code next} do the reading,
   * on the reading thread), starting with the first now.
   */
  public ReadAhead(Iterator<R> source, String threadName) {
    this.source = source;
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

  /** Whether the source has another element, waiting for its read if need be. */
  public boolean hasNext() {
    return outcome(next).present();
  }

  /**
   * The source's next element (waiting for its read if need be), starting the read of the one
   * after. A read's failure is thrown here as it was thrown there. If this thread is interrupted
   * while it waits, the read in flight is interrupted too and ends as an interrupted read does;
   * this thread keeps its interrupt status.
   */
  // A present read holds what the source gave, an R (null only where R is a nullable type); only
  // an absent read, refused above, has no value.
  @SuppressWarnings("NullAway")
  public R next() {
    var read = outcome(next);
    if (!read.present()) {
      throw new NoSuchElementException("every element was read");
    }
    next = submit();
    return read.value();
  }

  private Future<Read<R>> submit() {
    // One thread uses the source at a time: each read ends before the next is submitted.
    return reader.submit(
        () -> source.hasNext() ? new Read<>(true, source.next()) : new Read<R>(false, null));
  }

  private Read<R> outcome(Future<Read<R>> future) {
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

  private static RuntimeException rethrown(@Nullable Throwable cause) {
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
