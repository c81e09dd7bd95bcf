package dev.flarelink.cli;

import dev.flarelink.core.view.ActionViews;
import dev.flarelink.core.view.ActionViews.ActionList;
import dev.flarelink.core.view.Tabular;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code flarelink actions CONNECTION}: what actions this connection may run, and why not. */
@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every action with its inputs, and whether this connection may run it now.",
      "An action needs its service enabled on the connection, and the connection test (run now) must find the credential's permission."
    })
public final class ActionsCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var available = useCases.actions().available(storage.workspace, connection(useCases).id());
      var rows =
          available.stream()
              .map(
                  a ->
                      List.<Object>of(
                          a.action().name(),
                          a.available() ? "yes" : "no",
                          a.action().params().stream()
                              .map(p -> p.required() ? p.name() : "[" + p.name() + "]")
                              .reduce((x, y) -> x + " " + y)
                              .orElse(""),
                          a.reason() == null ? "" : a.reason()))
              .toList();
      print(
          new Tabular(List.of("action", "available", "inputs", "reason"), rows),
          List.of("action", "available", "inputs", "reason"),
          new ActionList(available.stream().map(ActionViews::availability).toList()));
      return 0;
    }
  }
}
