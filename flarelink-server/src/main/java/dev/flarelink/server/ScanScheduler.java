package dev.flarelink.server;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.flarelink.core.scan.ScanService;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Starts due scans on a schedule with db-scheduler. Its one recurring task runs once per tick
 * across every process sharing the database (PostgreSQL), or in the one process of the embedded
 * database; each tick resumes the scans whose process went silent and, unless scheduled scans are
 * off, starts the scans of connections not scanned for the interval. Close it to stop.
 */
public final class ScanScheduler implements AutoCloseable {

  /**
   * How often the scheduler looks for due and interrupted scans: short, so a scan whose process
   * died shows as running for at most about {@link ScanService#STALE_AFTER} and a tick.
   */
  public static final Duration TICK = Duration.ofSeconds(15);

  private final Scheduler scheduler;

  private ScanScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Starts scheduling: every {@code tick}, interrupted scans resume and the scans not run for
   * {@code interval} start.
   *
   * @param interval how often each connection is scanned, or {@code null} when scheduled scans are
   *     off (interrupted scans still resume)
   * @param owner this process's name, as the scheduler records who runs a task
   */
  public static ScanScheduler start(
      DataSource dataSource, ScanService scans, Duration interval, Duration tick, String owner) {
    var task =
        Tasks.recurring("identity-scans", FixedDelay.of(tick))
            .execute(
                (instance, context) -> {
                  if (interval == null) {
                    scans.resumeInterrupted();
                  } else {
                    scans.startDue(interval);
                  }
                });
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
    return new ScanScheduler(scheduler);
  }

  @Override
  public void close() {
    scheduler.stop();
  }
}
