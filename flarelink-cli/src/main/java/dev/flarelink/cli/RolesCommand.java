package dev.flarelink.cli;

import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.core.view.IdentityViews.Roles;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code flarelink roles CONNECTION}: the roles in use and who holds each. */
@Command(
    name = "roles",
    mixinStandardHelpOptions = true,
    description = "Lists the roles of a connection's account, with their permissions and holders.")
public final class RolesCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var roles = useCases.identity().roles(storage.workspace, connection(useCases).id());
      print(
          IdentityViews.rolesTable(roles),
          List.of("name", "member_count", "description"),
          new Roles(roles.stream().map(IdentityViews::role).toList()));
      return 0;
    }
  }
}
