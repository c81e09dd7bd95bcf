package dev.flarelink.core.scan;

import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.secret.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Starts, joins, watches and schedules scans of every kind. One scan of a kind per connection at a
 * time, across processes: a request while one runs joins it. Scans of different connections run
 * concurrently, each on its own virtual thread, and publish their progress with a heartbeat. Close
 * it to stop this process's scans; they stay unfinished and resume from their checkpoint next time.
 */
public final class ScanService implements AutoCloseable {

  /** How often a running scan publishes its progress. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(2);

  /** A scan whose process has been silent this long is taken over. */
  public static final Duration STALE_AFTER = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger("dev.flarelink.scans");

  private final ConnectionService connections;
  private final ScanStore scans;
  private final Map<ScanKind, Scanner> scanners = new EnumMap<>(ScanKind.class);
  private final Clock clock;
  private final Sleeper sleeper;
  private final Supplier<String> ids;
  // Scans of other processes this one joined, by connection and kind (so it stays small).
  private final Map<String, Joined> joined = new ConcurrentHashMap<>();
  private final String owner;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("flarelink-scan-heartbeat").factory());

  private record Running(
      String key, ScanState claimed, ScanMeter meter, CompletableFuture<ScanState> done) {}

  private record Joined(
      String scanId, String workspaceId, String connectionId, ScanKind kind, ScanCause cause) {}

  /**
   * A service running scans with these scanners (one per kind); {@code sleeper} paces the watching
   * of scans that other processes run.
   */
  public ScanService(
      ConnectionService connections,
      ScanStore scans,
      List<? extends Scanner> scanners,
      Clock clock,
      Sleeper sleeper,
      Supplier<String> ids) {
    this.connections = connections;
    this.scans = scans;
    scanners.forEach(scanner -> this.scanners.put(scanner.kind(), scanner));
    this.clock = clock;
    this.sleeper = sleeper;
    this.ids = ids;
    this.owner = "flarelink-" + ids.get().substring(0, 12);
    // Nothing waits for the heartbeat's future: close() ends it with the executor.
    var unused =
        heartbeat.scheduleWithFixedDelay(
            this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Starts the connection's scan of this kind, resumes an unfinished one, or joins the one running;
   * returns its state at once.
   *
   * @param cause why it runs
   * @throws dev.flarelink.core.error.ConnectionNotFoundException when there is no such connection
   *     in the workspace
   * @throws ServiceNotEnabledException when the connection does not enable the kind's service
   */
  public ScanState request(
      String workspaceId, String connectionId, ScanKind kind, ScanCause cause) {
    var connection = connections.get(workspaceId, connectionId);
    ServiceNotEnabledException.check(connection, kind.service());
    if (!scanners.containsKey(kind)) {
      throw new IllegalStateException("No scanner for " + kind.id() + " scans");
    }
    var key = connectionId + "/" + kind.id();
    synchronized (running) {
      var current = running.get(key);
      if (current != null) {
        // A scan that has ended may still be in the map while its worker leaves; a request then
        // starts a new scan instead of answering with the one that ended.
        var state = current(current.claimed().id());
        if (!state.finished()) {
          return state;
        }
      }
      var now = clock.instant();
      var claim =
          scans.claim(connectionId, kind, owner, cause, ids.get(), now, now.minus(STALE_AFTER));
      if (!claim.owned()) {
        joined.put(key, new Joined(claim.scan().id(), workspaceId, connectionId, kind, cause));
        return claim.scan();
      }
      var scan = claim.scan();
      var meter = new ScanMeter(scan.requests(), () -> publish(scan.id()));
      var run = new Running(key, scan, meter, new CompletableFuture<>());
      running.put(key, run);
      workers.execute(() -> execute(workspaceId, run));
      return scan;
    }
  }

  private void execute(String workspaceId, Running run) {
    var scan = run.claimed();
    ScanState result = scan;
    try {
      // request() starts only scans of a kind with a scanner.
      var scanner = Objects.requireNonNull(scanners.get(scan.kind()));
      result = scanner.run(workspaceId, scan, owner, run.meter());
    } catch (RuntimeException e) {
      if (!Thread.currentThread().isInterrupted()) {
        var reference = ids.get().substring(0, 8);
        LOG.log(
            System.Logger.Level.ERROR,
            scan.kind().id()
                + " scan "
                + scan.id()
                + " of connection "
                + scan.connectionId()
                + " broke (reference "
                + reference
                + ")",
            e);
        scans.fail(scan.id(), brokeBecause(e, reference), clock.instant());
        result = scans.scan(scan.id()).orElse(scan);
      }
    } finally {
      // Leave the map before waking waiters, so a request right after sees the scan as ended.
      running.remove(run.key(), run);
      run.done().complete(result);
    }
  }

  /**
   * Why a scan broke, for a person: the cause and the fix where Flarelink knows them, else where
   * the details are. Exception classes go to the log, never into the answer.
   */
  private static String brokeBecause(RuntimeException e, String reference) {
    var kept = " What it imported is kept, and the next scan starts afresh.";
    if (e instanceof SecretBox.SecretException secret) {
      return "The connection's stored credential cannot be opened: "
          + secret.getMessage()
          + "."
          + kept;
    }
    return "The scan stopped on an unexpected error in Flarelink, not in Cloudflare's answers; the"
        + " service log has its details under reference "
        + reference
        + ". Scan again; if it happens again, report the reference with that log."
        + kept;
  }

  /**
   * Waits for a scan to end, telling {@code onProgress} of every change on the way, and returns its
   * last state. A scan of this process is awaited directly; one run elsewhere is polled.
   */
  public ScanState await(String scanId, Consumer<ScanState> onProgress) {
    return watch(
        scanId,
        state -> {
          onProgress.accept(state);
          return true;
        });
  }

  /**
   * Like {@link #await}, but stops as soon as {@code watcher} returns {@code false} (its reader
   * went away), returning the state it was shown last.
   */
  public ScanState watch(String scanId, Predicate<ScanState> watcher) {
    var last = current(scanId);
    if (!watcher.test(last)) {
      return last;
    }
    while (!last.finished()) {
      var local = localRun(scanId);
      if (local != null) {
        try {
          local.done().get(HEARTBEAT.toMillis() / 4, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          // publish the progress below, then wait again
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return last;
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      } else {
        sleeper.sleep(HEARTBEAT.dividedBy(4));
        if (Thread.currentThread().isInterrupted()) {
          return last;
        }
      }
      var next = takeOverIfSilent(current(scanId));
      var changed = !next.equals(last);
      last = next;
      if (changed && !watcher.test(next)) {
        return next;
      }
    }
    return last;
  }

  /**
   * A scan this process joined whose owner went silent (its process died) is taken over, as the
   * scheduler would, so a watcher without a scheduler (the CLI) does not wait for it forever.
   */
  private ScanState takeOverIfSilent(ScanState scan) {
    var silentSince = clock.instant().minus(STALE_AFTER);
    if (scan.finished()
        || localRun(scan.id()) != null
        || scan.heartbeatAt() == null
        || !scan.heartbeatAt().isBefore(silentSince)) {
      return scan;
    }
    var join = joined.get(scan.connectionId() + "/" + scan.kind().id());
    if (join == null || !join.scanId().equals(scan.id())) {
      return scan;
    }
    LOG.log(
        System.Logger.Level.INFO,
        "Taking over "
            + join.kind().id()
            + " scan "
            + scan.id()
            + ": its process went silent at "
            + scan.heartbeatAt());
    request(join.workspaceId(), join.connectionId(), join.kind(), join.cause());
    return current(scan.id());
  }

  private @Nullable Running localRun(String scanId) {
    return running.values().stream()
        .filter(r -> r.claimed().id().equals(scanId))
        .findFirst()
        .orElse(null);
  }

  /** A scan's state, with the live counts of a scan this process runs. */
  public ScanState current(String scanId) {
    return live(scans.scan(scanId).orElseThrow(() -> new IllegalArgumentException(scanId)));
  }

  /** The stored state, overlaid with the live counts when this process runs the scan. */
  private ScanState live(ScanState stored) {
    var local = localRun(stored.id());
    if (local == null || stored.finished()) {
      return stored;
    }
    var live = local.meter().progress();
    return new ScanState(
        stored.id(),
        stored.connectionId(),
        stored.kind(),
        live.state(),
        stored.cause(),
        stored.nextPage(),
        stored.cursor(),
        stored.pages(),
        stored.items(),
        live.requests(),
        live.budgetLimit(),
        live.budgetRemaining(),
        live.waitingUntil(),
        stored.error(),
        stored.warnings(),
        stored.skipped(),
        stored.startedAt(),
        stored.finishedAt(),
        stored.heartbeatAt());
  }

  /** A scan of a connection the workspace owns. */
  public Optional<ScanState> scan(String workspaceId, String connectionId, String scanId) {
    connections.get(workspaceId, connectionId);
    return scans.scan(scanId).filter(s -> s.connectionId().equals(connectionId)).map(this::live);
  }

  /** The connection's status: its last test and the last finished scan of each kind it enables. */
  public ConnectionStatus status(Connection connection) {
    var last = new EnumMap<ScanKind, Optional<ScanState>>(ScanKind.class);
    for (var kind : ScanKind.values()) {
      if (connection.services().contains(kind.service())) {
        last.put(kind, scans.lastFinished(connection.id(), kind));
      }
    }
    return ConnectionStatus.of(connection, last);
  }

  /** The status of a connection the workspace owns. */
  public ConnectionStatus status(String workspaceId, String connectionId) {
    return status(connections.get(workspaceId, connectionId));
  }

  /** A connection's scans, newest first. */
  public List<ScanState> scans(String workspaceId, String connectionId, int limit) {
    connections.get(workspaceId, connectionId);
    return scans.scans(connectionId, Paging.limit(limit)).stream().map(this::live).toList();
  }

  /**
   * Starts the scans that are due, of every kind: connections not scanned for {@code interval}, and
   * scans whose process went silent. Returns what was started or joined.
   */
  public List<ScanState> startDue(Duration interval) {
    var now = clock.instant();
    var started = new ArrayList<ScanState>();
    for (var kind : scanners.keySet()) {
      for (var due : scans.due(kind, now.minus(interval), now.minus(STALE_AFTER))) {
        started.add(request(due.workspaceId(), due.connectionId(), kind, ScanCause.SCHEDULE));
      }
    }
    return started;
  }

  /**
   * Resumes the scans whose process went silent (killed, or stopped without releasing them), of
   * every kind, whether or not scans run on a schedule. Returns what was resumed.
   */
  public List<ScanState> resumeInterrupted() {
    var stale = clock.instant().minus(STALE_AFTER);
    var resumed = new ArrayList<ScanState>();
    for (var kind : scanners.keySet()) {
      for (var due : scans.interrupted(kind, stale)) {
        resumed.add(request(due.workspaceId(), due.connectionId(), kind, ScanCause.SCHEDULE));
      }
    }
    return resumed;
  }

  private void beat() {
    running.values().forEach(run -> publish(run.claimed().id()));
  }

  private void publish(String scanId) {
    var run = localRun(scanId);
    if (run == null) {
      return;
    }
    try {
      scans.progress(scanId, owner, run.meter().progress(), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Could not record the progress of scan " + scanId + ": " + e.getMessage());
    }
  }

  /** The name this process holds its scans under. */
  public String owner() {
    return owner;
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    var stopping = List.copyOf(running.values());
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Let the next process resume these at once instead of waiting for them to look stale.
    stopping.forEach(run -> scans.release(run.claimed().id(), owner));
  }
}
