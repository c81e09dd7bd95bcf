package dev.flarelink.cli;

import dev.flarelink.core.view.IdentityViews;
import dev.flarelink.core.view.IdentityViews.ChangeList;
import dev.flarelink.core.view.ScanViews;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink changes CONNECTION}: who joined, left or changed, scan by scan. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    description =
        "Lists the changes scans found: joined, invited, invite_accepted, left, roles_changed,"
            + " policies_changed, 2fa_on, 2fa_off.")
public final class ChangesCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--since", description = "From this time or day (2026-11-01).")
  String since;

  @Option(names = "--until", description = "Before this time or day.")
  String until;

  @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var changes =
          useCases
              .identity()
              .changes(
                  storage.workspace,
                  id,
                  instant("--since", since),
                  instant("--until", until),
                  limit);
      var coverage = useCases.identity().coverage(storage.workspace, id);
      print(
          IdentityViews.changesTable(changes),
          List.of("at", "change", "email", "detail"),
          new ChangeList(
              changes.stream().map(IdentityViews::change).toList(), ScanViews.coverage(coverage)));
      noteCoverage(coverage);
      return 0;
    }
  }
}
