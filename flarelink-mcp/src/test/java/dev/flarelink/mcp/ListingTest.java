package dev.flarelink.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.mcp.tool.Args;
import dev.flarelink.mcp.tool.Listing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bounded lists: the item bound, the character bound, and cursors that never skip or repeat. */
class ListingTest {

  private static final List<String> ITEMS =
      IntStream.range(0, 1_037).mapToObj(i -> "item-" + i).toList();

  private static Listing.Page<String> page(List<String> all, int page, int perPage) {
    var from = Math.min(all.size(), (page - 1) * perPage);
    return new Listing.Page<>(all.subList(from, Math.min(all.size(), from + perPage)), all.size());
  }

  private static Map<String, Object> list(List<String> all, Map<String, Object> args, int big) {
    return Listing.of(
        new Args(args),
        10,
        "items",
        (page, perPage) -> page(all, page, perPage),
        item -> Map.of("name", item, "padding", "x".repeat(big)));
  }

  @SuppressWarnings("unchecked")
  private static List<String> walk(List<String> all, int big, List<Integer> limits) {
    var seen = new ArrayList<String>();
    String cursor = null;
    var call = 0;
    do {
      var args = new HashMap<String, Object>();
      args.put("limit", limits.get(call++ % limits.size()));
      if (cursor != null) {
        args.put("cursor", cursor);
      }
      var out = list(all, args, big);
      assertThat(Listing.length(out.get("items")))
          .isLessThanOrEqualTo(Listing.MAX_CHARS + big + 100);
      assertThat(out.get("total")).isEqualTo(all.size());
      ((List<Map<String, Object>>) out.get("items")).forEach(i -> seen.add((String) i.get("name")));
      cursor = (String) out.get("next_cursor");
    } while (cursor != null);
    return seen;
  }

  @Test
  void cursorsWalkEveryItemOnce_evenWhenTheLimitChangesBetweenCalls() {
    assertThat(walk(ITEMS, 0, List.of(100))).isEqualTo(ITEMS);
    assertThat(walk(ITEMS, 0, List.of(7, 100, 33, 1))).isEqualTo(ITEMS);
  }

  @Test
  @SuppressWarnings("unchecked")
  void largeItems_areCutAtTheCharacterBound_andTheCursorContinuesAfterTheLastShown() {
    var out = list(ITEMS, Map.of("limit", 100), 2_000);
    var items = (List<Map<String, Object>>) out.get("items");
    assertThat(items.size()).isLessThan(100).isGreaterThan(10);
    assertThat(Listing.length(items)).isLessThanOrEqualTo(Listing.MAX_CHARS);
    assertThat(out.get("returned")).isEqualTo(items.size());
    assertThat(walk(ITEMS, 2_000, List.of(100))).isEqualTo(ITEMS);
  }

  @Test
  void fieldsAndCursors_thatAreWrong_sayWhat() {
    assertThatThrownBy(() -> list(ITEMS, Map.of("fields", List.of("size")), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("padding");
    assertThatThrownBy(() -> list(ITEMS, Map.of("cursor", "bm9wZQ"), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("next_cursor");
    assertThatThrownBy(() -> list(ITEMS, Map.of("limit", 101), 0))
        .hasMessageContaining("from 1 to 100");
    var empty = list(List.of(), Map.of(), 0);
    assertThat(empty.get("total")).isEqualTo(0);
    assertThat(empty.get("next_cursor")).isNull();
  }
}
