package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.http.CloudflareResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads how long a response asks the caller to wait: {@code retry-after-ms}, then {@code
 * Retry-After}.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /** The wait asked for, or {@code null} when the response names none or an unreadable one. */
  public static @Nullable Duration from(CloudflareResponse response, Clock clock) {
    var millis = response.header("retry-after-ms");
    if (millis != null) {
      try {
        return nonNegative(Duration.ofNanos((long) (Double.parseDouble(millis.trim()) * 1e6)));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    var value = response.header("retry-after");
    if (value == null) {
      return null;
    }
    try {
      return nonNegative(
          Duration.ofMillis((long) Math.ceil(Double.parseDouble(value.trim()) * 1000)));
    } catch (NumberFormatException notSeconds) {
      try {
        var at =
            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return nonNegative(Duration.between(clock.instant(), at));
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
