package dev.flarelink.cli;

import dev.flarelink.core.view.ConnectionView;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flarelink connections show ID}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows one saved connection (never its secret).")
public final class ConnectionShowCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Parameters(paramLabel = "CONNECTION", description = "The connection's id or name.")
  String id;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var connection = ConnectionScopedCommand.resolve(useCases, storage.workspace, id);
      Output.json(
          spec.commandLine().getOut(),
          ConnectionView.of(connection, useCases.scans().status(connection)));
      return 0;
    }
  }
}
