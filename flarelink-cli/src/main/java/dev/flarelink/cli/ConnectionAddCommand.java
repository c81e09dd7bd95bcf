package dev.flarelink.cli;

import dev.flarelink.core.connect.SaveRefusedException;
import dev.flarelink.core.view.ConnectionView;
import dev.flarelink.core.view.SavedConnectionView;
import dev.flarelink.core.view.TestReportView;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flarelink connections add}: tests, then saves a connection (its secret encrypted). */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Tests a connection, then saves it with its secret encrypted.",
      "An expired or disabled token is never saved. When another check fails, nothing is saved unless --save-anyway keeps it on purpose, with the failure recorded on it.",
      "Exit code: 0 saved, 1 not saved because the test failed, 2 bad input."
    })
public final class ConnectionAddCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CredentialOptions credential;
  @Mixin StorageOptions storage;

  @Option(names = "--name", required = true, description = "A name for the connection.")
  String name;

  @Option(
      names = "--save-anyway",
      description =
          "Save even when a check fails (never an expired or disabled token); the failure is"
              + " recorded on the connection.")
  boolean saveAnyway;

  @Option(names = "--json", description = "Print the connection and its test as JSON.")
  boolean json;

  @Override
  public Integer call() {
    var input = credential.input(name, environment);
    var out = spec.commandLine().getOut();
    try (var useCases = storage.open(environment)) {
      var saved = useCases.connections().createTested(storage.workspace, input, saveAnyway);
      var connection = saved.connection();
      if (json) {
        Output.json(
            out,
            new SavedConnectionView(
                ConnectionView.of(connection, useCases.scans().status(connection)),
                TestReportView.of(saved.report())));
      } else {
        Output.report(out, saved.report());
        out.println(
            "Saved connection \""
                + connection.name()
                + "\" as "
                + connection.id()
                + " ("
                + Human.hint(connection.credentialHint())
                + ")"
                + (Boolean.TRUE.equals(connection.lastTestOk())
                    ? ""
                    : ", although its test failed: " + connection.lastTestSummary()));
      }
      return 0;
    } catch (SaveRefusedException refused) {
      return Refusals.print(spec.commandLine(), refused, json, "--save-anyway");
    }
  }
}
