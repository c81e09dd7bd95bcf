package dev.flarelink.simulator.routes;

import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies {@code direction} to a list in a given natural order. */
final class Sorting {

  private Sorting() {}

  /**
   * The list sorted by {@code order}, reversed when {@code direction=desc} (or when {@code
   * descendingByDefault} and no direction is given). A stable sort keeps insertion order among
   * equals.
   */
  static <T> List<T> direction(
      Call call, List<T> items, Comparator<T> order, boolean descendingByDefault) {
    var direction = call.query("direction");
    if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
      throw Wire.fail(400, 1004, "Invalid value for direction: use asc or desc");
    }
    var descending = direction == null ? descendingByDefault : direction.equals("desc");
    var copy = new ArrayList<>(items);
    copy.sort(descending ? order.reversed() : order);
    return copy;
  }
}
