package dev.flarelink.wiring;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.flarelink.core.scan.ScanService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Starts due scans on a schedule with db-scheduler. Its one recurring task runs once per tick
 * across every process sharing the database (PostgreSQL), or in the one process of the embedded
 * database; each tick starts the scans of connections not scanned for the interval, and resumes
 * those whose process went silent. With scheduled scans off, {@link #resumeOnly} still resumes
 * interrupted scans. Close it to stop.
 */
public final class ScanScheduler implements AutoCloseable {

  /**
   * How often the scheduler looks for due and interrupted scans: short, so a scan whose process
   * died shows as running for at most about {@link ScanService#STALE_AFTER} and a tick.
   */
  public static final Duration TICK = Duration.ofSeconds(15);

  private static final System.Logger LOG = System.getLogger("dev.flarelink.server");

  private final Runnable stop;

  private ScanScheduler(Runnable stop) {
    this.stop = stop;
  }

  /**
   * With scheduled scans off: every {@code tick} (the first at once), resumes the scans whose
   * process went silent, in this process. No scheduler table is polled; two processes resuming the
   * same scan are safe, as only one claims it.
   */
  public static ScanScheduler resumeOnly(ScanService scans, Duration tick) {
    var executor =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("scan-resume").factory());
    // The task catches its own failures, so its future has nothing to report; stop() ends it.
    var unused =
        executor.scheduleWithFixedDelay(
            () -> {
              try {
                scans.resumeInterrupted();
              } catch (RuntimeException e) {
                LOG.log(
                    System.Logger.Level.WARNING,
                    "Could not look for interrupted scans; trying again in " + tick + ": " + e);
              }
            },
            0,
            tick.toMillis(),
            TimeUnit.MILLISECONDS);
    return new ScanScheduler(executor::shutdownNow);
  }

  /**
   * Starts scheduling: every {@code tick}, interrupted scans resume and the scans not run for
   * {@code interval} start.
   *
   * @param interval how often each connection is scanned
   * @param owner this process's name, as the scheduler records who runs a task
   */
  public static ScanScheduler start(
      DataSource dataSource, ScanService scans, Duration interval, Duration tick, String owner) {
    var task =
        Tasks.recurring("identity-scans", FixedDelay.of(tick))
            .execute((instance, context) -> scans.startDue(interval));
    var scheduler =
        Scheduler.create(dataSource)
            .startTasks(task)
            .schedulerName(new SchedulerName.Fixed(owner))
            .pollingInterval(
                tick.compareTo(Duration.ofSeconds(10)) < 0 ? tick : Duration.ofSeconds(10))
            .heartbeatInterval(Duration.ofSeconds(15))
            .threads(2)
            .alwaysPersistTimestampInUTC()
            .shutdownMaxWait(Duration.ofSeconds(5))
            .build();
    scheduler.start();
    return new ScanScheduler(scheduler::stop);
  }

  @Override
  public void close() {
    stop.run();
  }
}
