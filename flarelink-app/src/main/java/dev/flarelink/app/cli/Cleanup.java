package dev.flarelink.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a command must undo when it stops, however it stops: it returns, fails, or the process is
 * asked to end (Ctrl-C, SIGTERM), when a shutdown hook runs it. Runs once; closes in reverse order,
 * then deletes the directory.
 */
final class Cleanup implements AutoCloseable {

  private final Path directory;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final AtomicBoolean done = new AtomicBoolean();
  private final Thread hook = new Thread(this::run, "flarelink-cleanup");

  /** Deletes {@code directory} when the process or the command stops. */
  Cleanup(Path directory) {
    this.directory = directory;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Closes {@code resource} before the directory is deleted; returns it. */
  synchronized <T extends AutoCloseable> T add(T resource) {
    resources.push(resource);
    return resource;
  }

  @Override
  public void close() {
    run();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: nothing left to remove.
    }
  }

  private void run() {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    synchronized (this) {
      while (!resources.isEmpty()) {
        try {
          resources.pop().close();
        } catch (Exception e) {
          System.err.println("flarelink: while stopping: " + e.getMessage());
        }
      }
    }
    deleteTree(directory);
  }

  /** Deletes a directory and everything in it. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
