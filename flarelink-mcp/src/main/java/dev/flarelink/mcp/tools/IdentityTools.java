package dev.flarelink.mcp.tools;

import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.identity.AccessReview;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.identity.MemberView;
import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.core.view.IdentityViews.RoleList;
import dev.flarelink.core.view.ScanViews;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.Listing;
import dev.flarelink.mcp.tool.Schema;
import dev.flarelink.mcp.tool.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Members, roles and the access review, from the last identity scan. */
final class IdentityTools {

  /** The access review's findings, by the name an agent passes. */
  private static final Map<String, Function<AccessReview, List<MemberView>>> FINDINGS =
      Map.of(
          "super_administrators", AccessReview::superAdministrators,
          "active_without_two_factor", AccessReview::withoutTwoFactor,
          "invites_pending_longer", AccessReview::longPendingInvites,
          "reach_every_zone", AccessReview::reachEveryZone);

  private static final List<String> FINDING_NAMES =
      List.of(
          "super_administrators",
          "active_without_two_factor",
          "invites_pending_longer",
          "reach_every_zone");

  private IdentityTools() {}

  static List<FlarelinkTool> all() {
    return List.of(
        FlarelinkTool.read(
            "list_members",
            "List members",
            "Lists who can reach the account: members and pending invitations, with roles,"
                + " policies, 2FA and when last seen acting. From the last identity scan.",
            Schema.object()
                .connection()
                .choice("status", "Only members in this status.", MemberQuery.STATUSES)
                .string("role", "Only members holding this role (name or id).")
                .bool("two_factor", "Only active members with 2FA on (true) or off (false).")
                .string("search", "Part of the email or name.")
                .listing(25),
            Service.IDENTITY,
            IdentityTools::members),
        FlarelinkTool.read(
            "list_roles",
            "List roles",
            "The account's roles with their permissions and how many members hold each.",
            Schema.object().connection(),
            Service.IDENTITY,
            call -> {
              var identity = call.useCases().identity();
              var roles = identity.roles(call.workspace(), call.connection().id());
              var coverage = identity.coverage(call.workspace(), call.connection().id());
              return new Answer(
                  InventoryTools.covered(roles.size() + " roles", coverage),
                  new RoleList(
                      roles.stream().map(IdentityViews::role).toList(),
                      ScanViews.coverage(coverage)));
            }),
        FlarelinkTool.read(
            "access_review",
            "Access review",
            "Who deserves a second look: super administrators, active members without 2FA,"
                + " invitations pending too long, and members who reach every zone. Without"
                + " finding: counts and the first few of each; with finding: that list, paged.",
            Schema.object()
                .connection()
                .choice("finding", "One finding to list in full, paged.", FINDING_NAMES)
                .integer(
                    "pending_days",
                    "Invitations older than this are flagged (default 14).",
                    0,
                    3650)
                .listing(25),
            Service.IDENTITY,
            IdentityTools::review));
  }

  private static Answer members(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var status = args.string("status");
    var role = args.string("role");
    var twoFactor = args.bool("two_factor");
    var search = args.string("search");
    var out =
        Listing.of(
            args,
            25,
            "members",
            (page, perPage) -> {
              var found =
                  call.useCases()
                      .identity()
                      .members(
                          call.workspace(),
                          connection.id(),
                          new MemberQuery(status, role, twoFactor, search, page, perPage));
              return new Listing.Page<>(found.members(), found.total());
            },
            IdentityViews::member);
    out.put("note", IdentityViews.LAST_LOGIN_NOTE);
    var coverage = call.useCases().identity().coverage(call.workspace(), connection.id());
    out.put("coverage", ScanViews.coverage(coverage));
    return new Answer(
        InventoryTools.covered(InventoryTools.summary(out, "members"), coverage), out);
  }

  private static Answer review(ToolCall call) {
    var args = call.args();
    var review =
        call.useCases()
            .identity()
            .review(
                call.workspace(),
                call.connection().id(),
                args.integer("pending_days", 14, 0, 3650));
    var finding = args.string("finding");
    if (finding != null) {
      var members = FINDINGS.get(finding);
      if (members == null) {
        throw InvalidInputException.of(
            "finding", "must be one of " + String.join(", ", FINDING_NAMES) + ", was " + finding);
      }
      var all = members.apply(review);
      var out =
          Listing.of(
              args,
              25,
              "members",
              (page, perPage) ->
                  new Listing.Page<>(
                      all.subList(
                          Math.min(all.size(), (page - 1) * perPage),
                          Math.min(all.size(), page * perPage)),
                      all.size()),
              IdentityViews::member);
      return new Answer(
          InventoryTools.covered(
              InventoryTools.summary(out, finding.replace('_', ' ')), review.coverage()),
          out);
    }
    var out = IdentityViews.summary(review, 5);
    var counts = new StringBuilder();
    for (var name : FINDING_NAMES) {
      var members = FINDINGS.get(name).apply(review);
      counts.append(counts.isEmpty() ? "" : ", ").append(members.size()).append(' ').append(name);
    }
    if (!review.coverage().scanned()) {
      // No scan means nothing was checked: the empty findings must not read as a clean review.
      return new Answer("Access review: " + review.coverage().message(), out);
    }
    return new Answer(InventoryTools.covered("Access review: " + counts, review.coverage()), out);
  }
}
