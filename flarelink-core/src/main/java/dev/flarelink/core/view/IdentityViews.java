package dev.flarelink.core.view;

import dev.flarelink.core.identity.AccessReview;
import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberView;
import dev.flarelink.core.identity.RoleView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON and CSV shapes of members, roles, changes and access reviews, shared by the REST API,
 * the CLI and the MCP tools so that every face shows the same fields.
 */
public final class IdentityViews {

  /** Said wherever a person would look for a last login. */
  public static final String LAST_LOGIN_NOTE =
      "Cloudflare does not report when a member last logged in; last_seen_acting is the newest"
          + " audit log entry by the member, when the credential may read the audit log.";

  private static final List<String> MEMBER_COLUMNS =
      List.of(
          "member_id",
          "user_id",
          "email",
          "name",
          "status",
          "two_factor",
          "roles",
          "policies",
          "first_seen",
          "last_seen",
          "last_seen_acting",
          "removed_at");

  private IdentityViews() {}

  /** A member. */
  public static Map<String, Object> member(MemberView view) {
    var member = view.member();
    var out = new LinkedHashMap<String, Object>();
    out.put("member_id", member.memberId());
    out.put("user_id", member.userId());
    out.put("email", member.email());
    out.put("name", member.name());
    out.put("status", view.removedAt() != null ? "removed" : member.status());
    out.put("two_factor", member.twoFactor());
    var roles = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < member.roleIds().size(); i++) {
      roles.add(Map.of("id", member.roleIds().get(i), "name", view.roleNames().get(i)));
    }
    out.put("roles", roles);
    out.put("policies", member.policies());
    out.put("first_seen", text(view.firstSeen()));
    out.put("last_seen", text(view.lastSeen()));
    out.put("last_seen_acting", text(view.lastActing()));
    out.put("removed_at", text(view.removedAt()));
    return out;
  }

  /** Members as rows, one each. */
  public static Tabular membersTable(List<MemberView> members) {
    return new Tabular(
        MEMBER_COLUMNS, members.stream().map(m -> memberRow(m, MEMBER_COLUMNS)).toList());
  }

  /** A member's cells in these columns, roles as one "; "-separated text. */
  private static List<Object> memberRow(MemberView member, List<String> columns) {
    var row = member(member);
    row.put("roles", String.join("; ", member.roleNames()));
    return columns.stream().<Object>map(row::get).toList();
  }

  /** A role and who holds it. */
  public static Map<String, Object> role(RoleView role) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", role.roleId());
    out.put("name", role.name());
    out.put("description", role.description());
    out.put("permissions", role.permissions());
    out.put("member_count", role.holders().size());
    out.put("members", role.holders());
    return out;
  }

  /** Roles as rows. */
  public static Tabular rolesTable(List<RoleView> roles) {
    return new Tabular(
        List.of("id", "name", "description", "permissions", "member_count", "members"),
        roles.stream()
            .map(
                r ->
                    List.<Object>of(
                        r.roleId(),
                        r.name(),
                        r.description() == null ? "" : r.description(),
                        r.permissions(),
                        r.holders().size(),
                        String.join("; ", r.holders())))
            .toList());
  }

  /** A change found by a scan. */
  public static Map<String, Object> change(MemberChange change) {
    var out = new LinkedHashMap<String, Object>();
    out.put("at", text(change.at()));
    out.put("change", change.change());
    out.put("member_id", change.memberId());
    out.put("email", change.email());
    out.put("detail", change.detail());
    out.put("scan_id", change.scanId());
    return out;
  }

  /** Changes as rows. */
  public static Tabular changesTable(List<MemberChange> changes) {
    var columns = List.of("at", "change", "member_id", "email", "detail", "scan_id");
    return new Tabular(
        columns,
        changes.stream()
            .map(IdentityViews::change)
            .map(row -> columns.stream().<Object>map(row::get).toList())
            .toList());
  }

  /** An access review. */
  public static Map<String, Object> review(AccessReview review) {
    var out = new LinkedHashMap<String, Object>();
    out.put("coverage", ScanViews.coverage(review.coverage()));
    out.put("scanned_at", text(review.scannedAt()));
    out.put("enforce_two_factor", review.enforceTwoFactor());
    out.put("super_administrators", members(review.superAdministrators()));
    out.put("active_without_two_factor", members(review.withoutTwoFactor()));
    out.put("pending_days", review.pendingDays());
    out.put("invites_pending_longer", members(review.longPendingInvites()));
    out.put("reach_every_zone", members(review.reachEveryZone()));
    out.put("audit_log_problem", review.auditLogProblem());
    out.put("note", LAST_LOGIN_NOTE);
    return out;
  }

  private static final List<String> FINDING_COLUMNS =
      List.of("member_id", "email", "name", "status", "two_factor", "roles");

  /** An access review as rows: one per finding and member. */
  public static Tabular reviewTable(AccessReview review) {
    var rows = new ArrayList<List<Object>>();
    addFindings(rows, "super_administrator", review.superAdministrators());
    addFindings(rows, "active_without_two_factor", review.withoutTwoFactor());
    addFindings(
        rows, "invite_pending_over_" + review.pendingDays() + "_days", review.longPendingInvites());
    addFindings(rows, "reaches_every_zone", review.reachEveryZone());
    var header = new ArrayList<String>(List.of("finding"));
    header.addAll(FINDING_COLUMNS);
    return new Tabular(header, rows);
  }

  private static void addFindings(
      List<List<Object>> rows, String finding, List<MemberView> members) {
    for (var m : members) {
      var row = new ArrayList<Object>();
      row.add(finding);
      row.addAll(memberRow(m, FINDING_COLUMNS));
      rows.add(row);
    }
  }

  /** Members as JSON objects. */
  public static List<Map<String, Object>> members(List<MemberView> members) {
    return members.stream().map(IdentityViews::member).toList();
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
