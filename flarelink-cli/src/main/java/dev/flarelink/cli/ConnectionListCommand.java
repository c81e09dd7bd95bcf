package dev.flarelink.cli;

import dev.flarelink.core.view.ConnectionList;
import dev.flarelink.core.view.ConnectionView;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flarelink connections list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the saved connections.")
public final class ConnectionListCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var connections = useCases.connections().list(storage.workspace);
      var out = spec.commandLine().getOut();
      if (json) {
        Output.json(
            out,
            new ConnectionList<>(
                connections.stream()
                    .map(c -> ConnectionView.of(c, useCases.scans().status(c)))
                    .toList()));
        return 0;
      }
      if (connections.isEmpty()) {
        out.println("No connections yet; add one with `flarelink connections add`.");
      }
      for (var c : connections) {
        var test =
            c.lastTestOk() == null
                ? "never tested"
                : (c.lastTestOk() ? "test passed " : "test FAILED ") + Human.time(c.lastTestedAt());
        var status = useCases.scans().status(c);
        out.printf(
            "%s  %-28s %s  %-26s %-12s %s%n",
            c.id(),
            c.name(),
            c.accountId(),
            Human.hint(c.credentialHint()),
            status.state().id(),
            test);
        status.reasons().forEach(reason -> out.println("    " + reason));
      }
      return 0;
    }
  }
}
