package dev.flarelink.server.web;

import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One kind of scan of a connection: the last one, and when the scheduler starts the next.
 *
 * @param last the newest scan of this kind, or {@code null} before the first
 * @param next when the next scheduled scan is due, or {@code null} when nothing is scheduled
 */
public record ScanSchedule(ScanKind kind, ScanState last, Instant next) {

  /** The schedule of each kind the connection's services enable, from its newest scans. */
  static List<ScanSchedule> of(
      List<ScanKind> kinds, List<ScanState> newestFirst, Duration interval, Instant now) {
    return kinds.stream()
        .map(
            kind -> {
              var last =
                  newestFirst.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
              Instant next =
                  interval == null ? null : last == null ? now : last.startedAt().plus(interval);
              return new ScanSchedule(kind, last, next);
            })
        .toList();
  }
}
