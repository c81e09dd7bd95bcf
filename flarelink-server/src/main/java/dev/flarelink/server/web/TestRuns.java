package dev.flarelink.server.web;

import dev.flarelink.core.diagnosis.TestReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Connection tests a person started from the connect form, running in the background so that each
 * check shows as soon as it ends. A run remembers a fingerprint of the exact input it tested, so
 * that Save can insist on a test of what it saves; runs are forgotten after an hour.
 */
final class TestRuns {

  private static final Duration KEEP = Duration.ofHours(1);

  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final Clock clock;

  TestRuns(Clock clock) {
    this.clock = clock;
  }

  /** One test: the HTML of each check so far, and at the end the report and its closing HTML. */
  static final class Run {
    final String id;
    final String sessionId;
    final String fingerprint;
    final Instant startedAt;
    private final List<String> events = new ArrayList<>();
    private TestReport report;
    private String ending;

    Run(String id, String sessionId, String fingerprint, Instant startedAt) {
      this.id = id;
      this.sessionId = sessionId;
      this.fingerprint = fingerprint;
      this.startedAt = startedAt;
    }

    synchronized void add(String html) {
      events.add(html);
      notifyAll();
    }

    synchronized void finish(TestReport report, String ending) {
      this.report = report;
      this.ending = ending;
      notifyAll();
    }

    /** The report, once the test ended. */
    synchronized Optional<TestReport> report() {
      return Optional.ofNullable(report);
    }

    /**
     * Waits up to {@code wait} for an event after the first {@code seen}; returns the events after
     * them (possibly none) and, once the run ended and all were seen, its closing HTML last.
     */
    synchronized Progress next(int seen, Duration wait) throws InterruptedException {
      var deadline = System.nanoTime() + wait.toNanos();
      while (events.size() <= seen && ending == null) {
        var left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      var fresh = List.copyOf(events.subList(Math.min(seen, events.size()), events.size()));
      return new Progress(fresh, ending);
    }
  }

  /** Events not yet sent, and the closing HTML once there is no more to come. */
  record Progress(List<String> events, String ending) {}

  Run start(String sessionId, String fingerprint) {
    var now = clock.instant();
    runs.values().removeIf(run -> run.startedAt.plus(KEEP).isBefore(now));
    var run = new Run(Sessions.token(), sessionId, fingerprint, now);
    runs.put(run.id, run);
    return run;
  }

  /** The run with this id, if this session started it. */
  Optional<Run> find(String sessionId, String id) {
    return Optional.ofNullable(id == null ? null : runs.get(id))
        .filter(run -> run.sessionId.equals(sessionId));
  }
}
