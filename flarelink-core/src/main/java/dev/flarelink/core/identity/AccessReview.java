package dev.flarelink.core.identity;

import dev.flarelink.core.inventory.ConfigurationFindings;
import dev.flarelink.core.scan.Coverage;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who deserves a second look in an account, from the last scan.
 *
 * @param coverage whether an identity scan ran and what it could not read: with none, the empty
 *     lists below mean "not checked", not "nothing found"
 * @param scannedAt when the last complete scan ended, or {@code null} before the first
 * @param enforceTwoFactor whether the account requires 2FA, or {@code null} when unknown
 * @param superAdministrators members holding a Super Administrator role
 * @param withoutTwoFactor active members with 2FA off
 * @param pendingDays the age past which an invitation counts as long pending
 * @param longPendingInvites invitations pending (first seen by a scan) more than {@code
 *     pendingDays} ago; Cloudflare does not report when an invitation was sent
 * @param reachEveryZone members with a policy that allows access to every zone of the account
 * @param auditLogProblem why "last seen acting" is unknown, or {@code null}
 * @param configuration what the stored configuration shows: certificates about to expire, pools
 *     with origins down
 */
public record AccessReview(
    Coverage coverage,
    @Nullable Instant scannedAt,
    @Nullable Boolean enforceTwoFactor,
    List<MemberView> superAdministrators,
    List<MemberView> withoutTwoFactor,
    int pendingDays,
    List<MemberView> longPendingInvites,
    List<MemberView> reachEveryZone,
    @Nullable String auditLogProblem,
    ConfigurationFindings configuration) {

  public AccessReview {
    superAdministrators = List.copyOf(superAdministrators);
    withoutTwoFactor = List.copyOf(withoutTwoFactor);
    longPendingInvites = List.copyOf(longPendingInvites);
    reachEveryZone = List.copyOf(reachEveryZone);
  }
}
