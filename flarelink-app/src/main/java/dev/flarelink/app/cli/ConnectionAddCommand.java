package dev.flarelink.app.cli;

import dev.flarelink.core.connection.ConnectionView;
import dev.flarelink.core.diagnosis.TestReportView;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flarelink connections add}: saves a connection (its secret encrypted). */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Saves a connection to a Cloudflare account, its secret encrypted.",
      "--test tests it too."
    })
public final class ConnectionAddCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CredentialOptions credential;
  @Mixin StorageOptions storage;

  @Option(names = "--name", required = true, description = "A name for the connection.")
  String name;

  @Option(names = "--test", description = "Test the connection after saving it.")
  boolean test;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    var input = credential.input(name, environment);
    try (var wiring = storage.open(environment)) {
      var connection = wiring.connections().create(storage.workspace, input);
      var report = test ? wiring.connections().test(storage.workspace, connection.id()) : null;
      var out = spec.commandLine().getOut();
      if (json) {
        var view =
            new LinkedHashMap<String, Object>(
                ConnectionView.of(wiring.connections().get(storage.workspace, connection.id())));
        if (report != null) {
          view.put("test", TestReportView.of(report));
        }
        Output.json(out, view);
      } else {
        out.println(
            "Saved connection \""
                + connection.name()
                + "\" as "
                + connection.id()
                + " ("
                + connection.credentialHint()
                + ")");
        if (report != null) {
          Output.report(out, report);
        }
      }
      return report == null || report.ok() ? 0 : ExitCodes.FAILURE;
    }
  }
}
