package dev.flarelink.cloudflare.paging;

import dev.flarelink.cloudflare.model.ResultInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, as fetched.
 *
 * @param items the page's items
 * @param number the 1-based page number for page lists, or 0 for cursor lists
 * @param cursor the cursor that fetched this page ({@code null} for the first page or page lists)
 * @param nextCursor the cursor of the next page, or {@code null}
 * @param info the page's {@code result_info}
 * @param last whether no page follows
 */
public record Page<T>(
    List<T> items,
    int number,
    @Nullable String cursor,
    @Nullable String nextCursor,
    ResultInfo info,
    boolean last) {

  public Page {
    items = List.copyOf(items);
  }
}
