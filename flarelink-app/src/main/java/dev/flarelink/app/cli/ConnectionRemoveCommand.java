package dev.flarelink.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flarelink connections remove ID}. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Deletes a saved connection and everything imported for it.")
public final class ConnectionRemoveCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Parameters(paramLabel = "ID", description = "The connection's id.")
  String id;

  @Override
  public Integer call() {
    try (var wiring = storage.open(environment)) {
      var name = wiring.connections().get(storage.workspace, id).name();
      wiring.connections().delete(storage.workspace, id);
      spec.commandLine().getOut().println("Removed connection \"" + name + "\" (" + id + ")");
      return 0;
    }
  }
}
