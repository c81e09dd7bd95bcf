package dev.flarelink.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.InvalidInputException;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.diagnosis.TestReportView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink connections test}: tests a connection without saving it and prints the
 * diagnosis. The secret is read from a file, standard input or the environment.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Tests a Cloudflare connection and explains what works, what does not and what to change.",
      "The token or key is read from --token-file/--key-file (- for standard input), or from",
      "CLOUDFLARE_API_TOKEN, or CLOUDFLARE_API_KEY with CLOUDFLARE_EMAIL. Cloudflare's address",
      "comes from CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4).",
      "Exit code: 0 when every check passes or warns, 1 when one fails, 2 for bad input."
    })
public final class ConnectionTestCommand implements Callable<Integer>, UsesEnvironment {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private java.util.Map<String, String> environment = System.getenv();

  @Override
  public void environment(java.util.Map<String, String> value) {
    this.environment = value;
  }

  @Option(
      names = "--account-id",
      description = "The 32-character Account ID (default: CLOUDFLARE_ACCOUNT_ID).")
  String accountId;

  @Option(names = "--name", description = "A name for the connection (default: ${DEFAULT-VALUE}).")
  String name = "unsaved connection";

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "A file holding the API token; - reads standard input.")
  Path tokenFile;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "A file holding a Global API Key; - reads standard input.")
  Path keyFile;

  @Option(
      names = "--email",
      description = "The email of the Global API Key's user (default: CLOUDFLARE_EMAIL).")
  String email;

  @Option(
      names = "--kind",
      description =
          "The credential kind, if you know it: account_token, user_token or global_api_key.")
  String kind;

  @Option(
      names = "--token-type",
      description = "The token's owner, if you know it: account or user.")
  String tokenType;

  @Option(
      names = "--services",
      split = ",",
      description =
          "Services to check: identity, inventory, alerts, dns_analytics, graphql_analytics, dns_write, cache_purge (default: the read-only ones).")
  List<String> services;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    var token =
        SecretSource.read(
            tokenFile, keyFile == null ? "CLOUDFLARE_API_TOKEN" : "", System.in, environment);
    var key =
        SecretSource.read(
            keyFile, tokenFile == null ? "CLOUDFLARE_API_KEY" : "", System.in, environment);
    var address = email != null ? email : key != null ? environment.get("CLOUDFLARE_EMAIL") : null;
    var account = accountId != null ? accountId : environment.get("CLOUDFLARE_ACCOUNT_ID");
    var input = new ConnectionInput(name, account, kind, tokenType, token, key, address, services);
    var out = spec.commandLine().getOut();
    try {
      var connection = new ConnectionValidator().validate(input);
      var baseUrl =
          environment.getOrDefault("CLOUDFLARE_BASE_URL", CloudflareClient.DEFAULT_BASE_URL);
      var tester =
          new ConnectionTester(
              credential ->
                  CloudflareClient.builder()
                      .baseUrl(baseUrl)
                      .credential(credential)
                      .retryPolicy(
                          RetryPolicy.DEFAULT
                              .withMaxAttempts(2)
                              .withMaxRetryAfter(Duration.ofSeconds(5)))
                      .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20))
                      .build(),
              Clock.systemUTC());
      var report = tester.test(connection);
      print(out, report);
      return report.ok() ? 0 : ExitCodes.FAILURE;
    } catch (InvalidInputException e) {
      var err = spec.commandLine().getErr();
      e.problems()
          .forEach(
              problem -> err.println("flarelink: " + problem.field() + ": " + problem.message()));
      return ExitCodes.USAGE;
    }
  }

  private void print(PrintWriter out, TestReport report) throws Exception {
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(TestReportView.of(report)));
      return;
    }
    out.println(
        (report.ok() ? "OK" : "NOT OK")
            + ": "
            + (report.accountName() == null
                ? report.accountId()
                : report.accountName() + " (" + report.accountId() + ")"));
    for (var check : report.checks()) {
      out.printf("  [%-4s] %-26s %s%n", check.status().id(), check.id(), check.message());
      if (check.fix() != null) {
        out.printf("         %-26s fix: %s%n", "", check.fix());
      }
    }
  }
}
