package dev.flarelink.core.catalogue;

import dev.flarelink.cloudflare.paging.Paged;

/**
 * How Cloudflare pages a list.
 *
 * @param style page numbers, a cursor, or one answer holding everything
 * @param perPage the page size asked for, or 0 to send none (Cloudflare's default)
 */
public record Listing(Paged.Style style, int perPage) {

  /** Page numbers with {@code per_page}. */
  public static Listing pages(int perPage) {
    return new Listing(Paged.Style.PAGE, perPage);
  }

  /** A cursor from {@code result_info.cursor}, with Cloudflare's page size. */
  public static Listing cursor() {
    return new Listing(Paged.Style.CURSOR, 0);
  }

  /** One answer holding the whole list. */
  public static Listing single() {
    return new Listing(Paged.Style.SINGLE, 0);
  }
}
