package dev.flarelink.core.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change a scan found.
 *
 * @param change {@code joined}, {@code invited}, {@code invite_accepted}, {@code left}, {@code
 *     roles_changed}, {@code policies_changed}, {@code 2fa_on} or {@code 2fa_off}
 */
public record MemberChange(
    String scanId,
    String memberId,
    String email,
    String change,
    @Nullable String detail,
    Instant at) {}
