package dev.flarelink.core.scan;

import static java.util.stream.Collectors.joining;

import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How much of a connection's account the stored answers of one scan kind cover, so that an empty
 * answer is never mistaken for "nothing to report". Every face shows it beside what it answers.
 *
 * @param kind the scan kind the answers come from
 * @param state {@code not_scanned} (no scan of this kind succeeded yet: the answers are empty, not
 *     clean), {@code partial} (the last succeeded scan left parts out: see {@code warnings}) or
 *     {@code complete}
 * @param message what this means for the answers, for a person
 * @param scannedAt when the scan the answers come from ended, or {@code null}
 * @param warnings what that scan could not read, each with the permission to add, and its notes on
 *     data stored differently from how it was read
 */
public record Coverage(
    ScanKind kind,
    State state,
    String message,
    @Nullable Instant scannedAt,
    List<ScanWarning> warnings) {

  /** How much the answers cover. */
  public enum State {
    /** No scan of the kind succeeded yet: the answers are empty, not clean. */
    NOT_SCANNED,
    /** The last succeeded scan left parts out. */
    PARTIAL,
    /** The last succeeded scan read everything. */
    COMPLETE;

    /** The identifier used in JSON, e.g. {@code not_scanned}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Coverage {
    warnings = List.copyOf(warnings);
  }

  /** Whether the answers come from a scan at all. */
  public boolean scanned() {
    return state != State.NOT_SCANNED;
  }

  /**
   * The coverage of a connection's answers of this kind.
   *
   * @throws ServiceNotEnabledException when the connection does not enable the kind's service (its
   *     answers would be empty for that reason alone)
   */
  public static Coverage of(ScanStore scans, Connection connection, ScanKind kind) {
    ServiceNotEnabledException.check(connection, kind.service());
    var succeeded = scans.lastSucceeded(connection.id(), kind);
    var failedSince =
        scans
            .lastFinished(connection.id(), kind)
            .filter(last -> "failed".equals(last.state()))
            .map(
                last ->
                    " The newest "
                        + kind.id()
                        + " scan failed at "
                        + last.finishedAt()
                        + ": "
                        + last.error())
            .orElse("");
    if (succeeded.isEmpty()) {
      return new Coverage(
          kind,
          State.NOT_SCANNED,
          "No "
              + kind.id()
              + " scan yet, so there is nothing to show and nothing has been checked: scan the"
              + " connection first."
              + failedSince,
          null,
          List.of());
    }
    var scan = succeeded.get();
    if (scan.partial()) {
      return new Coverage(
          kind,
          State.PARTIAL,
          "The last "
              + kind.id()
              + " scan could not read everything: "
              + String.join(" ", scan.warnings().stream().map(ScanWarning::describe).toList())
              + failedSince,
          scan.finishedAt(),
          scan.warnings());
    }
    return new Coverage(
        kind,
        State.COMPLETE,
        "From the "
            + kind.id()
            + " scan that ended at "
            + scan.finishedAt()
            + "."
            + scan.warnings().stream().map(w -> " " + w.describe()).collect(joining())
            + failedSince,
        scan.finishedAt(),
        scan.warnings());
  }
}
