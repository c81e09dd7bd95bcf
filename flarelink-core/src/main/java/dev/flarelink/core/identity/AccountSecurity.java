package dev.flarelink.core.identity;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a scan learned of the account itself.
 *
 * @param enforceTwoFactor whether the account requires 2FA of its members, or {@code null} when the
 *     credential may not read the account's settings
 * @param auditLogProblem why "last seen acting" is unknown (the audit log cannot be read), or
 *     {@code null} when it was read
 * @param auditReadUntil the audit log has been read up to this time
 * @param checkedAt when a scan saved this; a scan that finds it unchanged leaves it as it was
 */
public record AccountSecurity(
    @Nullable Boolean enforceTwoFactor,
    @Nullable String auditLogProblem,
    @Nullable Instant auditReadUntil,
    Instant checkedAt) {

  /** Whether this says the same of the account as {@code other}, whenever each was checked. */
  public boolean sameAs(AccountSecurity other) {
    return Objects.equals(enforceTwoFactor, other.enforceTwoFactor)
        && Objects.equals(auditLogProblem, other.auditLogProblem)
        && Objects.equals(auditReadUntil, other.auditReadUntil);
  }
}
