package dev.flarelink.cli;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.connect.CloudflareClients;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.view.TestReportView;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink connections test [ID]}: tests a saved connection (by id), or one given by
 * options without saving it, and prints the diagnosis.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Tests a Cloudflare connection and explains what works, what does not and what to change.",
      "With an ID, tests that saved connection and records the outcome; without, tests the one the options give. The token or key is read from --token-file or --key-file (- for standard input), or from CLOUDFLARE_API_TOKEN, or CLOUDFLARE_API_KEY with CLOUDFLARE_EMAIL. Cloudflare's address comes from CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4).",
      "Without --account-id (or CLOUDFLARE_ACCOUNT_ID), a user-owned token or a Global API Key lists the accounts it reaches: pick one and test again with --account-id.",
      "Exit code: 0 when every check passes or warns, 1 when one fails, 2 for bad input."
    })
public final class ConnectionTestCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CredentialOptions credential;
  @Mixin StorageOptions storage;

  @Parameters(
      arity = "0..1",
      paramLabel = "CONNECTION",
      description = "A saved connection's id or name.")
  String id;

  @Option(
      names = "--name",
      description = "A name for an unsaved connection (default: ${DEFAULT-VALUE}).")
  String name = "unsaved connection";

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    TestReport report;
    if (id != null) {
      try (var useCases = storage.open(environment)) {
        report =
            useCases
                .connections()
                .test(
                    storage.workspace,
                    ConnectionScopedCommand.resolve(useCases, storage.workspace, id).id());
      }
    } else {
      var connection =
          new ConnectionValidator().validateForTest(credential.input(name, environment));
      var baseUrl =
          environment.getOrDefault("CLOUDFLARE_BASE_URL", CloudflareClient.DEFAULT_BASE_URL);
      var tester = CloudflareClients.tester(baseUrl, Clock.systemUTC());
      report = tester.test(connection);
    }
    var out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, TestReportView.of(report));
    } else {
      Output.report(out, report);
      accounts(out, report);
    }
    return report.ok() ? 0 : ExitCodes.FAILURE;
  }

  /** Tested without an account: the accounts to pick from, and how to pick one. */
  private static void accounts(PrintWriter out, TestReport report) {
    if (report.accountId() != null || report.accounts().isEmpty()) {
      return;
    }
    out.println();
    out.println("Accounts this credential reaches:");
    for (var account : report.accounts()) {
      out.println("  " + account.id() + "  " + account.name());
    }
    out.println(
        "A connection is one account: test again with --account-id ID, one of the ids above.");
  }
}
