package dev.flarelink.core.scan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where scans keep their progress. The unfinished scan of a connection is also its lease: the
 * process named as its owner runs it, and another may take it over only once the owner's heartbeat
 * is stale, so one account is never scanned twice at once, even by several processes. Thread-safe.
 */
public interface ScanStore {

  /**
   * The outcome of asking for a connection's scan.
   *
   * @param scan the connection's unfinished scan, new or resumed
   * @param owned whether the caller now owns it (and must run it); {@code false} means another live
   *     process runs it and the caller may only watch
   */
  record Claim(ScanState scan, boolean owned) {}

  /** A moment of a running scan's progress. */
  record Progress(
      String state,
      int requests,
      @Nullable Integer budgetLimit,
      @Nullable Integer budgetRemaining,
      @Nullable Instant waitingUntil) {}

  /** A connection whose scan is due. */
  record Due(String workspaceId, String connectionId) {}

  /**
   * Claims the connection's unfinished scan of this kind for {@code owner}, or starts one with id
   * {@code newScanId}. A scan held by another owner is taken over only if its heartbeat is older
   * than {@code staleBefore}.
   */
  Claim claim(
      String connectionId,
      ScanKind kind,
      String owner,
      ScanCause cause,
      String newScanId,
      Instant now,
      Instant staleBefore);

  /**
   * Records progress and a heartbeat for a scan the owner still holds.
   *
   * @return {@code false} when the owner no longer holds the scan (it finished, or another process
   *     took it over), so the caller must stop
   */
  boolean progress(String scanId, String owner, Progress progress, Instant now);

  /**
   * Records what an unfinished scan could not read ({@code warnings}, replacing those recorded) and
   * how many items it skipped on purpose so far, so that a resumed scan carries them on.
   */
  void note(String scanId, List<ScanWarning> warnings, int skipped);

  /** Gives up the owner's hold on an unfinished scan, so that any process may resume it. */
  void release(String scanId, String owner);

  /** Ends a scan that went through. */
  void succeed(String scanId, Instant now);

  /** Ends a scan that could not finish; nothing is removed. */
  void fail(String scanId, String error, Instant now);

  /** A scan by id. */
  Optional<ScanState> scan(String scanId);

  /** The scan of this kind of this connection that did not finish, if any. */
  Optional<ScanState> unfinished(String connectionId, ScanKind kind);

  /** A connection's scans of every kind, newest first. */
  List<ScanState> scans(String connectionId, int limit);

  /** The connection's newest scan of this kind that succeeded, if any. */
  Optional<ScanState> lastSucceeded(String connectionId, ScanKind kind);

  /** The connection's newest finished scan of this kind, succeeded or failed, if any. */
  Optional<ScanState> lastFinished(String connectionId, ScanKind kind);

  /**
   * Connections enabling the kind's service that are due a scan of that kind: none started since
   * {@code startedBefore}, or one left unfinished by a process whose heartbeat is older than {@code
   * staleBefore}.
   */
  List<Due> due(ScanKind kind, Instant startedBefore, Instant staleBefore);

  /**
   * Connections enabling the kind's service with an unfinished scan of that kind whose process went
   * silent (no heartbeat since {@code staleBefore}): interrupted scans to resume.
   */
  List<Due> interrupted(ScanKind kind, Instant staleBefore);
}
