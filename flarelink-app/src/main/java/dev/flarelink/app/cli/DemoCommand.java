package dev.flarelink.app.cli;

import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.server.FlarelinkServer;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink demo}: the simulator and the service together, on a fresh embedded database,
 * with a working connection to the simulated account; prints the URL and the API key to use.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a simulated Cloudflare and the Flarelink service together, with a working connection.",
      "The service runs on a fresh embedded database in a temporary data directory, which is removed when the demo stops. The demo saves a connection to the simulated account (every read service, and the write services its credential allows), tests and scans it, and prints the URL, an admin API key, example calls, and how each of the simulator's named credentials tests for its purpose. Runs until stopped (Ctrl-C)."
    })
public final class DemoCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      description = "The service's port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--no-wait",
      description = "Stop after setting up and printing, instead of serving.")
  boolean noWait;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    var simulator = CloudflareSimulator.start(SimulatorOptions.defaults().withRecordRequests(0));
    var dataDir = Files.createTempDirectory("flarelink-demo-");
    var settings =
        ServeCommand.settings(
            "127.0.0.1",
            port,
            null,
            dataDir,
            null,
            Map.of("CLOUDFLARE_BASE_URL", simulator.baseUrl()));
    var server =
        FlarelinkServer.start(
            settings,
            environment,
            Clock.systemUTC(),
            java.util.List.of(
                dev.flarelink.mcp.FlarelinkMcp.http(dev.flarelink.mcp.McpOptions.READ_ONLY)));
    try {
      var account = simulator.accountId();
      var input =
          new ConnectionInput(
              "Simulated Acme account",
              account,
              null,
              null,
              simulator.secret("account-token"),
              null,
              null,
              null);
      var connection = server.connections().create(FlarelinkServer.DEFAULT_WORKSPACE, input);
      var report = server.connections().test(FlarelinkServer.DEFAULT_WORKSPACE, connection.id());
      var scans = server.scans();
      var scan =
          scans.await(
              scans
                  .request(
                      FlarelinkServer.DEFAULT_WORKSPACE,
                      connection.id(),
                      ScanKind.IDENTITY,
                      "manual")
                  .id(),
              state -> {});
      var inventory =
          scans.await(
              scans
                  .request(
                      FlarelinkServer.DEFAULT_WORKSPACE,
                      connection.id(),
                      ScanKind.INVENTORY,
                      "manual")
                  .id(),
              state -> {});
      var key = server.generatedAdminKey().orElse("(the value of FLARELINK_ADMIN_KEY)");
      out.println("Flarelink is running at " + server.url() + " (data in " + dataDir + ")");
      out.println(
          "Simulated Cloudflare at "
              + simulator.baseUrl()
              + " (ground truth: "
              + simulator.baseUrl().replace("/client/v4", "/__sim/state")
              + ")");
      out.println("API key (admin, shown once): " + key);
      out.println("Web UI: " + server.url() + "/ui (sign in with that key)");
      out.println();
      out.println(
          "Saved connection \""
              + connection.name()
              + "\" ("
              + connection.id()
              + "): test "
              + (report.ok() ? "passed" : "FAILED")
              + "; members scan "
              + scan.describe()
              + " ("
              + scan.items()
              + " members and invitations, "
              + scan.requests()
              + " requests); inventory scan "
              + inventory.describe()
              + " ("
              + inventory.pages()
              + " zones, "
              + inventory.items()
              + " DNS records, "
              + inventory.requests()
              + " requests)");
      out.println();
      out.println("Try:");
      out.println(
          "  curl -s -H 'Authorization: Bearer "
              + key
              + "' "
              + server.url()
              + "/api/v1/connections");
      out.println(
          "  curl -s -X POST -H 'Authorization: Bearer "
              + key
              + "' "
              + server.url()
              + "/api/v1/connections/"
              + connection.id()
              + "/test");
      for (var path :
          List.of(
              "/members?two_factor=false",
              "/access-review",
              "/roles",
              "/zones?status=active",
              "/dns-records?type=A&content=192.168.1.1",
              "/dns-records?type=MX&fresh=true")) {
        out.println(
            "  curl -s -H 'Authorization: Bearer "
                + key
                + "' '"
                + server.url()
                + "/api/v1/connections/"
                + connection.id()
                + path
                + "'");
      }
      out.println(
          "  ./flarelink members --data-dir "
              + dataDir
              + " '"
              + connection.name()
              + "'   (while this runs: the same database)");
      out.println(
          "  MCP for an AI agent: streamable HTTP at "
              + server.url()
              + "/mcp with the same key, or stdio: ./flarelink mcp --data-dir "
              + dataDir
              + " --connection '"
              + connection.name()
              + "'");
      out.println();
      explainCredentials(out, simulator);
      out.flush();
      if (!noWait) {
        out.println("Serving until stopped (Ctrl-C).");
        out.flush();
        untilStopped(() -> {});
      }
    } finally {
      server.close();
      simulator.close();
    }
    return 0;
  }

  /** How each of the simulator's named credentials tests, as a person would meet them. */
  private static void explainCredentials(PrintWriter out, CloudflareSimulator simulator) {
    out.println(
        "The simulator's named credentials, each tested as a connection (./flarelink connections test):");
    var tester = dev.flarelink.server.Wiring.tester(simulator.baseUrl(), Clock.systemUTC());
    for (var named : simulator.state().read(s -> s.credentials())) {
      var isKey = named.kind().equals("global_api_key");
      var input =
          new ConnectionInput(
              named.name(),
              simulator.accountId(),
              null,
              null,
              isKey ? null : named.secret(),
              isKey ? named.secret() : null,
              named.email(),
              null);
      var report = tester.test(new ConnectionValidator().validate(input));
      var worst =
          report.checks().stream()
              .filter(c -> c.status() == Check.Status.FAIL)
              .findFirst()
              .or(
                  () ->
                      report.checks().stream()
                          .filter(c -> c.status() == Check.Status.WARN)
                          .findFirst());
      var kind = report.credentialKind() == null ? "?" : report.credentialKind().id();
      out.printf(
          "  %-22s %-6s %-15s %s%n",
          named.name(),
          report.ok() ? "ok" : "NOT OK",
          kind,
          worst
              .map(c -> c.message() + (c.fix() == null ? "" : " → " + c.fix()))
              .orElse("every check passed"));
    }
  }
}
