package dev.flarelink.app.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use at once during a pass, sampled every 20 ms on a daemon thread. Summing each
 * pool's own peak would overstate it: the pools peak at different moments.
 */
final class HeapSampler implements AutoCloseable {

  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    var memory = ManagementFactory.getMemoryMXBean();
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("heap-sampler")
            .start(
                () -> {
                  while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                      Thread.sleep(20);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  /** The peak so far, in MiB. */
  long peakMb() {
    return peak.get() / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
