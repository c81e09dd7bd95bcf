package dev.flarelink.core.identity;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.query.QueryText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which members to list; {@code null} filters are left out.
 *
 * @param status {@code active}, {@code invited} or {@code removed}; current members by default
 * @param role a role id or name
 * @param twoFactor only active members with 2FA on ({@code true}) or off ({@code false})
 * @param text a piece of the email or name, any case
 * @param page from 1
 * @param perPage from 1 to 1000
 */
public record MemberQuery(
    @Nullable String status,
    @Nullable String role,
    @Nullable Boolean twoFactor,
    @Nullable String text,
    int page,
    int perPage) {

  /** Every current member, as one page. */
  public static final MemberQuery ALL = new MemberQuery(null, null, null, null, 1, 1000);

  /** The statuses a query may ask for. */
  public static final List<String> STATUSES = List.of("active", "invited", "removed");

  public MemberQuery {
    if (status != null && !STATUSES.contains(status)) {
      throw InvalidInputException.of(
          "status", "must be one of " + String.join(", ", STATUSES) + ", was " + status);
    }
    Paging.check(page, perPage);
    text = text == null || text.isBlank() ? null : QueryText.check("q", text.strip());
    role = role == null || role.isBlank() ? null : QueryText.check("role", role.strip());
  }
}
