package dev.flarelink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink connections remove ID --yes}. It never asks: without {@code --yes} it says what
 * would be deleted and deletes nothing, so a script cannot hang on a prompt or delete by accident.
 */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Deletes a saved connection and everything imported for it (scans, members, inventory,"
          + " audit trail).",
      "Nothing is asked: without --yes it only says what would be deleted.",
      "Exit code: 0 deleted, 2 without --yes or for an unknown connection."
    })
public final class ConnectionRemoveCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Parameters(paramLabel = "CONNECTION", description = "The connection's id or name.")
  String id;

  @Option(names = "--yes", description = "Delete it; without this nothing is deleted.")
  boolean yes;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var connection = ConnectionScopedCommand.resolve(useCases, storage.workspace, id);
      if (!yes) {
        spec.commandLine()
            .getErr()
            .println(
                "flarelink: removing connection \""
                    + connection.name()
                    + "\" ("
                    + id
                    + ", account "
                    + connection.accountId()
                    + ") deletes it and everything imported for it, and needs --yes. Nothing was"
                    + " deleted.");
        return ExitCodes.USAGE;
      }
      useCases.connections().delete(storage.workspace, connection.id());
      spec.commandLine()
          .getOut()
          .println("Removed connection \"" + connection.name() + "\" (" + id + ")");
      return 0;
    }
  }
}
