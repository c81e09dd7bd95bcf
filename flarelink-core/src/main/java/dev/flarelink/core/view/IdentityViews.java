package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flarelink.core.identity.AccessReview;
import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberView;
import dev.flarelink.core.identity.RoleView;
import dev.flarelink.core.inventory.ConfigurationFindings;
import dev.flarelink.core.view.ScanViews.CoverageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  private static final List<String> FINDING_COLUMNS =
      List.of("member_id", "email", "name", "status", "two_factor", "roles");

  private IdentityViews() {}

  /**
   * A member of the account, or an invitation.
   *
   * @param status {@code active}, {@code invited}, or {@code removed} once a scan no longer found
   *     it
   * @param policies the member's policies in words
   * @param lastSeenActing the newest audit log entry by the member (Cloudflare reports no logins)
   */
  public record Member(
      @JsonProperty("member_id") String memberId,
      @JsonProperty("user_id") @Nullable String userId,
      String email,
      @Nullable String name,
      String status,
      @JsonProperty("two_factor") @Nullable Boolean twoFactor,
      List<RoleRef> roles,
      String policies,
      @JsonProperty("first_seen") String firstSeen,
      @JsonProperty("last_seen") String lastSeen,
      @JsonProperty("last_seen_acting") @Nullable String lastSeenActing,
      @JsonProperty("removed_at") @Nullable String removedAt) {}

  /** A role a member holds: id and name. */
  public record RoleRef(String id, String name) {}

  /** A role, its permissions, and who holds it. */
  public record Role(
      String id,
      String name,
      String description,
      String permissions,
      @JsonProperty("member_count") int memberCount,
      List<String> members) {}

  /** A change of a member found by a scan. */
  public record Change(
      String at,
      String change,
      @JsonProperty("member_id") String memberId,
      String email,
      @Nullable String detail,
      @JsonProperty("scan_id") String scanId) {}

  /** An access review: the findings a person should look at, and what they cover. */
  public record Review(
      CoverageView coverage,
      @JsonProperty("scanned_at") @Nullable String scannedAt,
      @JsonProperty("enforce_two_factor") @Nullable Boolean enforceTwoFactor,
      @JsonProperty("super_administrators") List<Member> superAdministrators,
      @JsonProperty("active_without_two_factor") List<Member> activeWithoutTwoFactor,
      @JsonProperty("pending_days") int pendingDays,
      @JsonProperty("invites_pending_longer") List<Member> invitesPendingLonger,
      @JsonProperty("reach_every_zone") List<Member> reachEveryZone,
      @JsonProperty("audit_log_problem") @Nullable String auditLogProblem,
      String note,
      ConfigurationView configuration) {}

  /**
   * What the review found in the stored configuration.
   *
   * @param certificateDays the window an expiry counts in
   * @param expiringCertificates certificate packs expiring within it, soonest first
   * @param unhealthyPools load-balancer pools unhealthy or with an origin down
   * @param note what was not reviewed and why; left out when everything was
   */
  public record ConfigurationView(
      @JsonProperty("certificate_days") int certificateDays,
      @JsonProperty("expiring_certificates") List<ResourceViews.Item> expiringCertificates,
      @JsonProperty("unhealthy_pools") List<ResourceViews.Item> unhealthyPools,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {}

  /** The configuration findings of a review. */
  public static ConfigurationView configuration(ConfigurationFindings findings) {
    return new ConfigurationView(
        findings.days(),
        findings.expiringCertificates().stream().map(ResourceViews::item).toList(),
        findings.unhealthyPools().stream().map(ResourceViews::item).toList(),
        findings.note());
  }

  /**
   * An access review in brief, as an agent sees it first: each finding's count and first few
   * emails.
   */
  public record ReviewSummary(
      CoverageView coverage,
      @JsonProperty("scanned_at") @Nullable String scannedAt,
      @JsonProperty("enforce_two_factor") @Nullable Boolean enforceTwoFactor,
      @JsonProperty("super_administrators") Finding superAdministrators,
      @JsonProperty("active_without_two_factor") Finding activeWithoutTwoFactor,
      @JsonProperty("invites_pending_longer") Finding invitesPendingLonger,
      @JsonProperty("reach_every_zone") Finding reachEveryZone,
      @JsonProperty("pending_days") int pendingDays,
      @JsonProperty("audit_log_problem") @Nullable String auditLogProblem,
      String note,
      @JsonProperty("expiring_certificates") int expiringCertificates,
      @JsonProperty("unhealthy_pools") int unhealthyPools) {}

  /** How many members a finding names, and the emails of the first few. */
  public record Finding(int count, List<String> first) {

    /** The count of these members and the first {@code shown} emails. */
    public static Finding of(List<MemberView> members, int shown) {
      return new Finding(
          members.size(), members.stream().limit(shown).map(m -> m.member().email()).toList());
    }
  }

  /** An access review in brief, the first {@code shown} emails of each finding. */
  public static ReviewSummary summary(AccessReview review, int shown) {
    return new ReviewSummary(
        ScanViews.coverage(review.coverage()),
        text(review.scannedAt()),
        review.enforceTwoFactor(),
        Finding.of(review.superAdministrators(), shown),
        Finding.of(review.withoutTwoFactor(), shown),
        Finding.of(review.longPendingInvites(), shown),
        Finding.of(review.reachEveryZone(), shown),
        review.pendingDays(),
        review.auditLogProblem(),
        LAST_LOGIN_NOTE,
        review.configuration().expiringCertificates().size(),
        review.configuration().unhealthyPools().size());
  }

  /** A page of members, with the note on last logins and what the scans cover. */
  public record MemberPage(
      List<Member> members, Paging paging, String note, CoverageView coverage) {}

  /** Every matching member, with the note on last logins and what the scans cover. */
  public record MemberList(List<Member> members, String note, CoverageView coverage) {}

  /** Roles in use, and what the scans cover. */
  public record RoleList(List<Role> roles, CoverageView coverage) {}

  /** Roles in use, alone, as the command line prints them. */
  public record Roles(List<Role> roles) {}

  /** Changes found by scans, and what the scans cover. */
  public record ChangeList(List<Change> changes, CoverageView coverage) {}

  /** A member. */
  public static Member member(MemberView view) {
    var member = view.member();
    var roles = new ArrayList<RoleRef>();
    for (int i = 0; i < member.roleIds().size(); i++) {
      roles.add(new RoleRef(member.roleIds().get(i), view.roleNames().get(i)));
    }
    return new Member(
        member.memberId(),
        member.userId(),
        member.email(),
        member.name(),
        view.removedAt() != null ? "removed" : member.status(),
        member.twoFactor(),
        List.copyOf(roles),
        member.policies(),
        view.firstSeen().toString(),
        view.lastSeen().toString(),
        text(view.lastActing()),
        text(view.removedAt()));
  }

  /** Members as JSON objects. */
  public static List<Member> members(List<MemberView> members) {
    return members.stream().map(IdentityViews::member).toList();
  }

  /** Members as rows, one each. */
  public static Tabular membersTable(List<MemberView> members) {
    return new Tabular(
        MEMBER_COLUMNS, members.stream().map(m -> memberRow(m, MEMBER_COLUMNS)).toList());
  }

  /** A member's cells in these columns, roles as one "; "-separated text. */
  private static List<Object> memberRow(MemberView view, List<String> columns) {
    var member = member(view);
    return columns.stream()
        .<Object>map(
            column ->
                switch (column) {
                  case "member_id" -> member.memberId();
                  case "user_id" -> member.userId();
                  case "email" -> member.email();
                  case "name" -> member.name();
                  case "status" -> member.status();
                  case "two_factor" -> member.twoFactor();
                  case "roles" -> String.join("; ", view.roleNames());
                  case "policies" -> member.policies();
                  case "first_seen" -> member.firstSeen();
                  case "last_seen" -> member.lastSeen();
                  case "last_seen_acting" -> member.lastSeenActing();
                  case "removed_at" -> member.removedAt();
                  default -> throw new IllegalArgumentException("no member column " + column);
                })
        .toList();
  }

  /** A role and who holds it. */
  public static Role role(RoleView role) {
    return new Role(
        role.roleId(),
        role.name(),
        role.description(),
        role.permissions(),
        role.holders().size(),
        role.holders());
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
  public static Change change(MemberChange change) {
    return new Change(
        change.at().toString(),
        change.change(),
        change.memberId(),
        change.email(),
        change.detail(),
        change.scanId());
  }

  /** Changes as rows. */
  public static Tabular changesTable(List<MemberChange> changes) {
    return new Tabular(
        List.of("at", "change", "member_id", "email", "detail", "scan_id"),
        changes.stream()
            .map(IdentityViews::change)
            .map(
                c ->
                    Arrays.<Object>asList(
                        c.at(), c.change(), c.memberId(), c.email(), c.detail(), c.scanId()))
            .toList());
  }

  /** An access review. */
  public static Review review(AccessReview review) {
    return new Review(
        ScanViews.coverage(review.coverage()),
        text(review.scannedAt()),
        review.enforceTwoFactor(),
        members(review.superAdministrators()),
        members(review.withoutTwoFactor()),
        review.pendingDays(),
        members(review.longPendingInvites()),
        members(review.reachEveryZone()),
        review.auditLogProblem(),
        LAST_LOGIN_NOTE,
        configuration(review.configuration()));
  }

  /** An access review as rows: one per finding and member. */
  public static Tabular reviewTable(AccessReview review) {
    var rows = new ArrayList<List<Object>>();
    addFindings(rows, "super_administrator", review.superAdministrators());
    addFindings(rows, "active_without_two_factor", review.withoutTwoFactor());
    addFindings(
        rows, "invite_pending_over_" + review.pendingDays() + "_days", review.longPendingInvites());
    addFindings(rows, "reaches_every_zone", review.reachEveryZone());
    // Configuration findings in the same columns: the resource's id, its name and zone, its state.
    var days = review.configuration().days();
    for (var pack : review.configuration().expiringCertificates()) {
      rows.add(
          Arrays.<Object>asList(
              "certificate_expires_within_" + days + "_days",
              pack.resourceId(),
              null,
              pack.name() + " (" + pack.zoneName() + ")",
              "expires " + pack.fields().get("expires_on"),
              null,
              null));
    }
    for (var pool : review.configuration().unhealthyPools()) {
      rows.add(
          Arrays.<Object>asList(
              "pool_unhealthy",
              pool.resourceId(),
              null,
              pool.name(),
              pool.fields().getOrDefault("unhealthy_origins", "?") + " unhealthy origins",
              null,
              null));
    }
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

  private static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
