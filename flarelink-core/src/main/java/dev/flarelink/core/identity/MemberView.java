package dev.flarelink.core.identity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member as shown: what the last scan imported, the names of its roles, and when scans saw it.
 *
 * @param roleNames the names of the member's roles, in the order of {@code member.roleIds()}
 * @param firstSeen when a scan first saw the member
 * @param lastSeen when a scan last saw the member
 * @param lastActing the newest audit log entry by the member, or {@code null} when none was found
 *     or the audit log cannot be read (Cloudflare gives no last-login time)
 * @param removedAt when a complete scan no longer found the member, or {@code null}
 */
public record MemberView(
    MemberRecord member,
    List<String> roleNames,
    Instant firstSeen,
    Instant lastSeen,
    @Nullable Instant lastActing,
    @Nullable Instant removedAt) {

  public MemberView {
    roleNames = List.copyOf(roleNames);
  }
}
