package dev.flarelink.core.inventory;

import dev.flarelink.core.connection.InvalidInputException;
import java.util.List;

/** The page a query asks for, checked the same way for every listing. */
final class Paging {

  private Paging() {}

  static void check(int page, int perPage) {
    if (page < 1) {
      throw InvalidInputException.of("page", "must be 1 or more, was " + page);
    }
    if (perPage < 1 || perPage > 1000) {
      throw InvalidInputException.of("per_page", "must be from 1 to 1000, was " + perPage);
    }
  }

  /** One page of a complete list. */
  static <T> List<T> slice(List<T> all, int page, int perPage) {
    var from = (int) Math.min(all.size(), (long) (page - 1) * perPage);
    return all.subList(from, Math.min(all.size(), from + perPage));
  }
}
