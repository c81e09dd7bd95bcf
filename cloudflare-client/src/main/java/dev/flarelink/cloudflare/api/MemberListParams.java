package dev.flarelink.cloudflare.api;

import org.jspecify.annotations.Nullable;

/**
 * Filters and order for listing members; {@code null} leaves a parameter out.
 *
 * @param status {@code accepted}, {@code pending} or {@code rejected}
 * @param order {@code user.first_name}, {@code user.last_name}, {@code user.email} or {@code
 *     status}
 * @param direction {@code asc} or {@code desc}
 */
public record MemberListParams(
    @Nullable String status, @Nullable String order, @Nullable String direction) {

  /** No filter, Cloudflare's order. */
  public static final MemberListParams ALL = new MemberListParams(null, null, null);

  /** Only members with this status. */
  public static MemberListParams status(String status) {
    return new MemberListParams(status, null, null);
  }
}
