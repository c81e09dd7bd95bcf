package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which zones to list; {@code null} filters are left out.
 *
 * @param name the zone name filter (exact, contains, starts with, ends with; any case)
 * @param status {@code initializing}, {@code pending}, {@code active} or {@code moved}
 * @param page from 1
 * @param perPage from 1 to 1000
 */
public record ZoneQuery(@Nullable TextMatch name, @Nullable String status, int page, int perPage) {

  /** Every zone, as one page. */
  public static final ZoneQuery ALL = new ZoneQuery(null, null, 1, 1000);

  /** The statuses a zone can have. */
  public static final List<String> STATUSES = List.of("initializing", "pending", "active", "moved");

  public ZoneQuery {
    QueryText.check("name", name);
    status = status == null || status.isBlank() ? null : status.strip();
    if (status != null && !STATUSES.contains(status)) {
      throw InvalidInputException.of(
          "status", "must be one of " + String.join(", ", STATUSES) + ", was " + status);
    }
    Paging.check(page, perPage);
  }

  /** Whether a zone passes the filters. */
  public boolean matches(ZoneEntry zone) {
    return TextMatches.matches(name, zone.name())
        && (status == null || status.equals(zone.status()));
  }
}
