package dev.flarelink.core.identity;

import dev.flarelink.cloudflare.model.Member;
import dev.flarelink.cloudflare.model.Permission;
import dev.flarelink.core.scan.NulText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Turns Cloudflare's members into stored records, and two records of a member into changes. */
final class MemberDiff {

  private MemberDiff() {}

  static MemberRecord record(Member member) {
    var user = member.user();
    var active = "accepted".equals(member.status());
    var name =
        user == null
            ? null
            : String.join(
                " ",
                Stream.of(user.firstName(), user.lastName())
                    .filter(n -> n != null && !n.isBlank())
                    .toList());
    var roles = member.roles().stream().map(r -> r.id()).sorted().toList();
    return new MemberRecord(
        member.id(),
        user == null ? null : user.id(),
        NulText.clean(
            Objects.requireNonNull(
                member.effectiveEmail(),
                "Cloudflare lists every member and invitation with an email")),
        name == null || name.isBlank() ? null : NulText.clean(name),
        active ? "active" : "invited",
        (active && user != null)
            ? Boolean.TRUE.equals(user.twoFactorAuthenticationEnabled())
            : null,
        roles,
        NulText.clean(policies(member.policies())));
  }

  /**
   * How many of the member's texts hold U+0000 ({@link #record} stores them with U+FFFD): email,
   * first and last name, and the policies' text.
   */
  static int nulValues(Member member) {
    var user = member.user();
    return NulText.count(
        member.effectiveEmail(),
        user == null ? null : user.firstName(),
        user == null ? null : user.lastName(),
        policies(member.policies()));
  }

  /** A policy as text: access, sorted permission groups, and what they reach. */
  static String policies(List<Member.Policy> policies) {
    return policies.stream()
        .map(
            p ->
                p.access()
                    + " "
                    + p.permissionGroups().stream()
                        .map(g -> g.name() == null ? g.id() : g.name())
                        .sorted()
                        .collect(Collectors.joining(","))
                    + " on "
                    + p.resourceGroups().stream()
                        .flatMap(g -> g.scope().stream())
                        .map(
                            s ->
                                s.key()
                                    + s.objects().stream()
                                        .map(o -> o.key())
                                        .sorted()
                                        .collect(Collectors.joining(",", "[", "]")))
                        .sorted()
                        .collect(Collectors.joining(" ")))
        .sorted()
        .collect(Collectors.joining("; "));
  }

  static String permissions(Map<String, Permission> permissions) {
    return permissions.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey()
                    + ":"
                    + (e.getValue().edit() ? "edit" : e.getValue().read() ? "read" : "none"))
        .collect(Collectors.joining(","));
  }

  static List<MemberChange> diff(
      String scanId, @Nullable MemberRecord before, MemberRecord after, Instant now) {
    var changes = new ArrayList<MemberChange>();
    if (before == null) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              after.status().equals("active") ? "joined" : "invited",
              null,
              now));
      return changes;
    }
    if (before.status().equals("invited") && after.status().equals("active")) {
      changes.add(
          new MemberChange(scanId, after.memberId(), after.email(), "invite_accepted", null, now));
    }
    if (!before.roleIds().equals(after.roleIds())) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              "roles_changed",
              before.roleIds() + " → " + after.roleIds(),
              now));
    }
    if (!before.policies().equals(after.policies())) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              "policies_changed",
              before.policies() + " → " + after.policies(),
              now));
    }
    if (before.twoFactor() != null
        && after.twoFactor() != null
        && !before.twoFactor().equals(after.twoFactor())) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              after.twoFactor() ? "2fa_on" : "2fa_off",
              null,
              now));
    }
    return changes;
  }
}
