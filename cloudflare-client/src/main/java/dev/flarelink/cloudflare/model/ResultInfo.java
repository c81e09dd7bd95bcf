package dev.flarelink.cloudflare.model;

import org.jspecify.annotations.Nullable;

/**
 * Paging metadata of a list response. Every field is {@code null} when Cloudflare left it out.
 *
 * @param page the 1-based page number
 * @param perPage the page size the server actually used
 * @param count the number of items in this page
 * @param totalCount the number of items matching the filters, across pages
 * @param totalPages the number of pages, where Cloudflare sends it
 * @param cursor the opaque cursor of the next page, for cursor lists
 * @param cursorAfter {@code cursors.after}, for lists that page with it
 */
public record ResultInfo(
    @Nullable Integer page,
    @Nullable Integer perPage,
    @Nullable Integer count,
    @Nullable Integer totalCount,
    @Nullable Integer totalPages,
    @Nullable String cursor,
    @Nullable String cursorAfter) {

  /** Result info with no field set. */
  public static ResultInfo empty() {
    return new ResultInfo(null, null, null, null, null, null, null);
  }
}
