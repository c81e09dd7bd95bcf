package dev.flarelink.cli;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A command that reads the process environment, which tests replace through {@link
 * UsesEnvironment}.
 */
public abstract class EnvironmentCommand implements UsesEnvironment {

  /** The environment the command reads. */
  protected Map<String, String> environment = System.getenv();

  @Override
  public void environment(Map<String, String> value) {
    this.environment = value;
  }

  /** Blocks until the process is asked to stop (Ctrl-C), then runs {@code onStop}. */
  protected static void untilStopped(Runnable onStop) throws InterruptedException {
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  onStop.run();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
