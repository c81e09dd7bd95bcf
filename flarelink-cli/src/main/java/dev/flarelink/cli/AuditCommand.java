package dev.flarelink.cli;

import dev.flarelink.core.view.ActionViews;
import dev.flarelink.core.view.ActionViews.RunList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink audit CONNECTION}: the actions run on a connection, newest first. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Lists the action runs of a connection, newest first: when, which face and key, the input,"
            + " the plan, and the outcome or diagnosis.")
public final class AuditCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var runs = useCases.actions().audit(storage.workspace, connection(useCases).id(), limit);
      print(
          ActionViews.runsTable(runs),
          List.of("at", "action", "status", "face", "changes", "detail"),
          new RunList(runs.stream().map(ActionViews::run).toList()));
      return 0;
    }
  }
}
