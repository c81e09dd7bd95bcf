package dev.flarelink.core.query;

import dev.flarelink.core.error.InvalidInputException;
import java.time.Instant;
import java.util.List;

/** The checks every listing applies to its page and time range, with the same messages. */
public final class Paging {

  private Paging() {}

  /** Refuses a page before the first, or a page size outside 1 to 1000. */
  public static void check(int page, int perPage) {
    if (page < 1) {
      throw InvalidInputException.of("page", "must be 1 or more, was " + page);
    }
    if (perPage < 1 || perPage > 1000) {
      throw InvalidInputException.of("per_page", "must be from 1 to 1000, was " + perPage);
    }
  }

  /** Refuses a list's {@code limit} outside 1 to 10000: every list takes the same bound. */
  public static int limit(int limit) {
    if (limit < 1 || limit > 10_000) {
      throw InvalidInputException.of("limit", "must be from 1 to 10000, was " + limit);
    }
    return limit;
  }

  /**
   * Refuses a range whose start is not before its end; either end may be open ({@code null}).
   *
   * @param end the name of the end's field, e.g. {@code until} or {@code before}
   */
  public static void range(Instant since, String end, Instant until) {
    if (since != null && until != null && !since.isBefore(until)) {
      throw InvalidInputException.of(
          "since", "must be before " + end + " (" + since + " is not before " + until + ")");
    }
  }

  /** One page of a complete list. */
  public static <T> List<T> slice(List<T> all, int page, int perPage) {
    var from = (int) Math.min(all.size(), (long) (page - 1) * perPage);
    return all.subList(from, Math.min(all.size(), from + perPage));
  }
}
