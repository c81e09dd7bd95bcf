package dev.flarelink.core.analytics;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.query.Paging;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Cloudflare's GraphQL Analytics limits, checked before a query is sent so that the person asking
 * learns which limit and what to do instead of a refusal from Cloudflare.
 */
public final class GraphQlLimits {

  /** Zones one zone-scoped query may name. */
  public static final int MAX_ZONES = 10;

  /** The longest range of an adaptive (hourly) dataset. */
  public static final Duration ADAPTIVE_MAX_RANGE = Duration.ofDays(3);

  /** How far back adaptive datasets go. */
  public static final Duration ADAPTIVE_NOT_OLDER_THAN = Duration.ofDays(31);

  /** The longest range of a daily dataset. */
  public static final Duration DAILY_MAX_RANGE = Duration.ofDays(366);

  /** Queries a credential may send in five minutes, counted by Cloudflare apart from REST. */
  public static final int BUDGET_PER_FIVE_MINUTES = 300;

  private GraphQlLimits() {}

  static void zones(List<String> zones) {
    if (zones.isEmpty()) {
      throw InvalidInputException.of("zones", "name at least one zone (id or name)");
    }
    if (zones.size() > MAX_ZONES) {
      throw InvalidInputException.of(
          "zones",
          "GraphQL Analytics takes at most "
              + MAX_ZONES
              + " zones per query, got "
              + zones.size()
              + "; ask for them in groups of "
              + MAX_ZONES);
    }
  }

  static void range(Instant since, Instant until, boolean daily, Clock clock) {
    if (since == null || until == null) {
      throw InvalidInputException.of("since", "give both since and until");
    }
    if (daily) {
      // Whole days, both ends included: since=until asks for that one day.
      var first = since.atZone(ZoneOffset.UTC).toLocalDate();
      var last = until.atZone(ZoneOffset.UTC).toLocalDate();
      if (first.isAfter(last)) {
        throw InvalidInputException.of(
            "since", "must not be after until (" + first + " is after " + last + ")");
      }
      var days = ChronoUnit.DAYS.between(first, last) + 1;
      if (days > DAILY_MAX_RANGE.toDays()) {
        throw InvalidInputException.of(
            "since",
            "daily analytics cover at most 366 days per query, asked for "
                + days
                + "; split the range");
      }
      return;
    }
    Paging.range(since, "until", until);
    var length = Duration.between(since, until);
    if (length.compareTo(ADAPTIVE_MAX_RANGE) > 0) {
      throw InvalidInputException.of(
          "since",
          "hourly analytics (status codes, countries, DNS queries) cover at most 3 days per query,"
              + " asked for "
              + length.toHours()
              + " hours; narrow the range or split it");
    }
    if (since.isBefore(clock.instant().minus(ADAPTIVE_NOT_OLDER_THAN))) {
      throw InvalidInputException.of(
          "since",
          "hourly analytics go back 31 days; "
              + since
              + " is older. Daily traffic (analytics/traffic) goes back further");
    }
  }
}
