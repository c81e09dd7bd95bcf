package dev.flarelink.wiring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the service runs.
 *
 * @param host the address to bind, 127.0.0.1 unless told otherwise
 * @param port the port, 0 for any free one
 * @param databaseUrl a JDBC URL, or {@code null} for SQLite in the data directory
 * @param dataDir where the embedded database and the master key file live
 * @param cloudflareBaseUrl Cloudflare's API; a setting of the service, never of a connection
 * @param scanInterval how often each connection is scanned, or {@code null} for never on a schedule
 *     (scans then run only when asked)
 */
public record ServerSettings(
    String host,
    int port,
    String databaseUrl,
    Path dataDir,
    String cloudflareBaseUrl,
    Duration scanInterval) {

  /** Scans run every 6 hours unless told otherwise. */
  public static final Duration DEFAULT_SCAN_INTERVAL = Duration.ofHours(6);

  /**
   * Reads a scan interval: a number with {@code m}, {@code h} or {@code d} ({@code 30m}, {@code
   * 6h}, {@code 1d}), or {@code off}; {@code null} or blank gives the default.
   *
   * @return the interval, or {@code null} for off
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static Duration scanInterval(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_SCAN_INTERVAL;
    }
    var value = text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("off") || value.equals("never") || value.equals("0")) {
      return null;
    }
    var matcher = Pattern.compile("(\\d{1,6})([mhd])").matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "The scan interval must be like 30m, 6h or 1d, or off; was " + text);
    }
    var amount = Long.parseLong(matcher.group(1));
    var interval =
        switch (matcher.group(2)) {
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    if (interval.compareTo(Duration.ofMinutes(5)) < 0) {
      throw new IllegalArgumentException(
          "The scan interval must be at least 5m, so scans leave rate budget for everything else;"
              + " was "
              + text);
    }
    return interval;
  }
}
