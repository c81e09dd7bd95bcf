package dev.flarelink.cli;

import dev.flarelink.core.connect.SaveRefusedException;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.view.ConnectionView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink connections edit ID ...}: changes a saved connection. Only the options given
 * change; a new secret comes from a file or standard input, never from the environment, so that an
 * edit never replaces the credential by accident.
 */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = {
      "Changes a saved connection: only the options given change.",
      "A new token (--token-file) or Global API Key (--key-file with --email) is tested before it"
          + " replaces the saved one: an expired or disabled token never does, and another failing"
          + " check only with --save-anyway. A rename or a change of services or token type does"
          + " not open the saved secret.",
      "Exit code: 0 changed, 1 not changed because the new credential's test failed, 2 bad input"
          + " or an unknown connection."
    })
public final class ConnectionEditCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Parameters(paramLabel = "CONNECTION", description = "The connection's id or name.")
  String id;

  @Option(names = "--name", description = "A new name.")
  String name;

  @Option(
      names = "--services",
      split = ",",
      paramLabel = "SERVICE",
      description =
          "The services it enables from now on, all of them, comma-separated: identity, inventory,"
              + " alerts, dns_analytics, graphql_analytics, dns_write, cache_purge,"
              + " zone_settings_write, ip_access_rules.")
  List<String> services;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "A file holding a new API token; - reads standard input.")
  Path tokenFile;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "A file holding a new Global API Key (with --email); - reads standard input.")
  Path keyFile;

  @Option(names = "--email", description = "The email of the new Global API Key's user.")
  String email;

  @Option(names = "--token-type", description = "The token's owner: account or user.")
  String tokenType;

  @Option(
      names = "--save-anyway",
      description =
          "Keep a new credential even when a check fails (never an expired or disabled token);"
              + " the failure is recorded on the connection.")
  boolean saveAnyway;

  @Option(names = "--json", description = "Print the changed connection as JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (name == null
        && services == null
        && tokenFile == null
        && keyFile == null
        && email == null
        && tokenType == null) {
      throw new IllegalArgumentException(
          "Nothing to change: give --name, --services, --token-file, --key-file with --email, or"
              + " --token-type");
    }
    if (tokenFile != null && keyFile != null) {
      throw new IllegalArgumentException(
          "Give either --token-file or --key-file (with --email), not both");
    }
    if (keyFile != null && email == null) {
      throw new IllegalArgumentException(
          "--key-file needs --email, the email of the Cloudflare user the Global API Key belongs"
              + " to");
    }
    if (email != null && keyFile == null) {
      throw new IllegalArgumentException(
          "--email goes with a new Global API Key: give --key-file too");
    }
    var changes =
        new ConnectionInput(
            name,
            null,
            keyFile != null ? "global_api_key" : null,
            tokenType,
            SecretSource.read("--token-file", tokenFile, "", System.in, environment),
            SecretSource.read("--key-file", keyFile, "", System.in, environment),
            email,
            services);
    var out = spec.commandLine().getOut();
    try (var useCases = storage.open(environment)) {
      var changed =
          useCases
              .connections()
              .update(
                  storage.workspace,
                  ConnectionScopedCommand.resolve(useCases, storage.workspace, id).id(),
                  changes,
                  saveAnyway);
      if (json) {
        Output.json(out, ConnectionView.of(changed));
      } else {
        out.println(
            "Changed connection \""
                + changed.name()
                + "\" ("
                + changed.id()
                + "): services "
                + String.join(",", changed.services().stream().map(s -> s.id()).toList())
                + ", credential "
                + Human.hint(changed.credentialHint())
                + (changed.lastTestOk() == null || changed.lastTestOk()
                    ? ""
                    : "; its last test failed: " + changed.lastTestSummary()));
      }
      return 0;
    } catch (SaveRefusedException refused) {
      return Refusals.print(spec.commandLine(), refused, json, "--save-anyway");
    }
  }
}
