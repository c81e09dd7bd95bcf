package dev.flarelink.cloudflare.api;

import org.jspecify.annotations.Nullable;

/**
 * Filters and order for listing zones; {@code null} leaves a parameter out.
 *
 * @param status {@code initializing}, {@code pending}, {@code active} or {@code moved}
 * @param order {@code name}, {@code status}, {@code account.id}, {@code account.name} or {@code
 *     plan.id}
 * @param match {@code all} (default) or {@code any}
 */
public record ZoneListParams(
    @Nullable TextMatch name,
    @Nullable String status,
    @Nullable String accountId,
    @Nullable TextMatch accountName,
    @Nullable String order,
    @Nullable String direction,
    @Nullable String match) {

  /** Every zone the credential can see. */
  public static final ZoneListParams ALL =
      new ZoneListParams(null, null, null, null, null, null, null);

  /** A copy filtered by name. */
  public ZoneListParams withName(TextMatch value) {
    return new ZoneListParams(value, status, accountId, accountName, order, direction, match);
  }

  /** A copy filtered by status. */
  public ZoneListParams withStatus(String value) {
    return new ZoneListParams(name, value, accountId, accountName, order, direction, match);
  }

  /** A copy limited to one account. */
  public ZoneListParams withAccountId(String value) {
    return new ZoneListParams(name, status, value, accountName, order, direction, match);
  }

  /** A copy with an order and direction. */
  public ZoneListParams withOrder(String field, String dir) {
    return new ZoneListParams(name, status, accountId, accountName, field, dir, match);
  }

  /** A copy that matches any filter instead of all. */
  public ZoneListParams withMatch(String value) {
    return new ZoneListParams(name, status, accountId, accountName, order, direction, value);
  }
}
