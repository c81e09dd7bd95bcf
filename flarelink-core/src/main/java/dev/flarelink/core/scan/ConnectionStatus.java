package dev.flarelink.core.scan;

import dev.flarelink.core.connection.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a connection works, from its last test and the last finished scan of each kind it
 * enables, with every reason that is not "working".
 *
 * @param state the worst that applies, in this order: {@code failing} (the last test or a last scan
 *     failed), {@code partial} (a last scan succeeded without reading everything), {@code
 *     not_scanned} (an enabled kind was never scanned), {@code untested} (never tested), {@code
 *     working} (tested, and every enabled kind's last scan read everything)
 * @param reasons why, one sentence each; empty when working
 */
public record ConnectionStatus(State state, List<String> reasons) {

  /** The states, worst first. */
  public enum State {
    /** The last test or a last scan failed. */
    FAILING,
    /** A last scan succeeded without reading everything. */
    PARTIAL,
    /** An enabled kind was never scanned. */
    NOT_SCANNED,
    /** The connection was never tested. */
    UNTESTED,
    /** Tested, and every enabled kind's last scan read everything. */
    WORKING;

    /** The identifier used in JSON and on the command line, e.g. {@code not_scanned}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ConnectionStatus {
    reasons = List.copyOf(reasons);
  }

  /**
   * The status of {@code connection} given the last finished scan of each kind ({@code lastScans}
   * holds every kind the connection enables).
   */
  public static ConnectionStatus of(
      Connection connection, Map<ScanKind, Optional<ScanState>> lastScans) {
    var worst = State.WORKING;
    var reasons = new ArrayList<String>();
    if (connection.lastTestOk() == null) {
      worst = worse(worst, State.UNTESTED);
      reasons.add("The connection was never tested.");
    } else if (!connection.lastTestOk()) {
      worst = worse(worst, State.FAILING);
      reasons.add("The last connection test, at " + connection.lastTestedAt() + ", failed.");
    }
    for (var kind : ScanKind.values()) {
      if (!connection.services().contains(kind.service())) {
        continue;
      }
      var last = lastScans.getOrDefault(kind, Optional.empty());
      if (last.isEmpty()) {
        worst = worse(worst, State.NOT_SCANNED);
        reasons.add("No " + kind.id() + " scan yet.");
      } else if ("failed".equals(last.get().state())) {
        worst = worse(worst, State.FAILING);
        reasons.add(
            "The last "
                + kind.id()
                + " scan, at "
                + last.get().finishedAt()
                + ", failed: "
                + last.get().error());
      } else if (last.get().partial()) {
        worst = worse(worst, State.PARTIAL);
        reasons.add(
            "The last "
                + kind.id()
                + " scan was partial: "
                + String.join(
                    " ", last.get().warnings().stream().map(ScanWarning::describe).toList()));
      }
    }
    return new ConnectionStatus(worst, reasons);
  }

  private static State worse(State a, State b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
