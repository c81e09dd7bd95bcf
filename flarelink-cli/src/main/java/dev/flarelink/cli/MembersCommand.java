package dev.flarelink.cli;

import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.core.view.IdentityViews.MemberList;
import dev.flarelink.core.view.ScanViews;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink members CONNECTION}: the members the last scans imported. */
@Command(
    name = "members",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the members of a connection's account as its scans imported them.",
      "Cloudflare does not report last logins; LAST_SEEN_ACTING is the newest audit log entry."
    })
public final class MembersCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--status", description = "active, invited or removed (default: current).")
  String status;

  @Option(names = "--role", description = "Only holders of this role (id or name).")
  String role;

  @Option(
      names = "--two-factor",
      paramLabel = "on|off",
      description = "Only active members with 2FA on or off.")
  String twoFactor;

  @Option(names = "--search", description = "A piece of the email or name.")
  String search;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var members =
          useCases
              .identity()
              .allMembers(
                  storage.workspace,
                  id,
                  new MemberQuery(status, role, onOff("--two-factor", twoFactor), search, 1, 1000));
      var coverage = useCases.identity().coverage(storage.workspace, id);
      var json =
          new MemberList(
              IdentityViews.members(members),
              IdentityViews.LAST_LOGIN_NOTE,
              ScanViews.coverage(coverage));
      print(
          IdentityViews.membersTable(members),
          List.of("email", "name", "status", "two_factor", "roles", "last_seen_acting"),
          json);
      noteCoverage(coverage);
      return 0;
    }
  }
}
