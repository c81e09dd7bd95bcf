package dev.flarelink.core.inventory;

import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import org.jspecify.annotations.Nullable;

/**
 * A query over stored resources.
 *
 * @param type a type's name, or {@code null} for every type
 * @param zoneId a zone's identifier (already resolved from an id or name), or {@code null} for any
 *     zone and the account
 * @param text words every match contains (any case) in its name, identifier or fields, or {@code
 *     null}
 * @param page the 1-based page
 * @param perPage the page's size, 1 to 1000
 */
public record ResourceQuery(
    @Nullable String type, @Nullable String zoneId, @Nullable String text, int page, int perPage) {

  public ResourceQuery {
    Paging.check(page, perPage);
    text = QueryText.check("q", text == null || text.isBlank() ? null : text.strip());
    zoneId = zoneId == null || zoneId.isBlank() ? null : zoneId.strip();
  }

  /** The same query for another page. */
  public ResourceQuery atPage(int page) {
    return new ResourceQuery(type, zoneId, text, page, perPage);
  }
}
