package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import org.jspecify.annotations.Nullable;

/**
 * Which DNS records to list, across every zone or in one; {@code null} filters are left out, and
 * the rest must all hold. Text filters match in any case, as on Cloudflare.
 *
 * @param zone a zone id or name, or {@code null} for every zone
 * @param type a record type such as {@code A}
 * @param proxied only proxied ({@code true}) or unproxied ({@code false}) records
 * @param tag records carrying a tag of this name ({@code name}) or exactly this tag ({@code
 *     name:value})
 * @param page from 1
 * @param perPage from 1 to 1000
 */
public record DnsQuery(
    @Nullable String zone,
    @Nullable String type,
    @Nullable TextMatch name,
    @Nullable TextMatch content,
    @Nullable Boolean proxied,
    @Nullable TextMatch comment,
    @Nullable String tag,
    int page,
    int perPage) {

  /** Every record of every zone, as one page. */
  public static final DnsQuery ALL =
      new DnsQuery(null, null, null, null, null, null, null, 1, 1000);

  public DnsQuery {
    zone = zone == null || zone.isBlank() ? null : QueryText.check("zone", zone.strip());
    QueryText.check("name", name);
    QueryText.check("content", content);
    QueryText.check("comment", comment);
    QueryText.check("tag", tag);
    type = DnsTypes.parse("type", type);
    tag = tag == null || tag.isBlank() ? null : tag.strip();
    if (Boolean.TRUE.equals(proxied) && type != null && !DnsTypes.PROXIABLE.contains(type)) {
      throw InvalidInputException.of(
          "proxied",
          "contradicts type "
              + type
              + ": only A, AAAA and CNAME records can be proxied, so this asks for nothing; drop one"
              + " of the two filters");
    }
    Paging.check(page, perPage);
  }

  /** A copy for one zone. */
  public DnsQuery inZone(String zoneRef) {
    return new DnsQuery(zoneRef, type, name, content, proxied, comment, tag, page, perPage);
  }

  /** A copy asking for another page. */
  public DnsQuery onPage(int number, int size) {
    return new DnsQuery(zone, type, name, content, proxied, comment, tag, number, size);
  }

  /** The tag name the query asks for, or {@code null}. */
  public @Nullable String tagName() {
    if (tag == null) {
      return null;
    }
    var colon = tag.indexOf(':');
    return colon < 0 ? tag : tag.substring(0, colon);
  }

  /** The tag value the query asks for, or {@code null} when any value will do. */
  public @Nullable String tagValue() {
    if (tag == null) {
      return null;
    }
    var colon = tag.indexOf(':');
    return colon < 0 ? null : tag.substring(colon + 1);
  }
}
