package dev.flarelink.app.cli;

import dev.flarelink.app.service.FlarelinkServer;
import dev.flarelink.cli.EnvironmentCommand;
import dev.flarelink.cli.Human;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connect.CloudflareClients;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionSpec;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.Catalog;
import dev.flarelink.simulator.state.Entities.Token;
import dev.flarelink.simulator.state.Entities.TokenPolicy;
import dev.flarelink.simulator.state.NamedCredential;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink demo}: the simulator and the service together, on a fresh embedded database in a
 * temporary directory removed when the demo stops, with a working connection to the simulated
 * account; prints the URL and the API key to use.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a simulated Cloudflare and the Flarelink service together, with a working connection.",
      "The service runs on a fresh embedded database in a temporary data directory, which is removed when the demo stops. The demo saves a connection to the simulated account (every read service, and the write services its credential allows), tests and scans it, and prints the URL, an admin API key, example calls, and how each of the simulator's named credentials tests for its purpose. Runs until stopped (Ctrl-C)."
    })
public final class DemoCommand extends EnvironmentCommand implements Callable<Integer> {

  private static final String NAME = "Simulated Acme account";

  /** The permission groups of the demo's token: every read, and the changes actions make. */
  private static final List<String> WRITES =
      List.of(
          "DNS Write",
          "Cache Purge",
          "Zone Settings Write",
          "Account Firewall Access Rules Write",
          "Firewall Services Write",
          "Zone WAF Write",
          "Page Rules Write",
          "Zone Write",
          "Load Balancing: Monitors and Pools Write",
          "Health Checks Write");

  @Spec CommandLine.Model.CommandSpec spec;

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
    var dataDir = Files.createTempDirectory("flarelink-demo-");
    try (var cleanup = new Cleanup(dataDir)) {
      var simulator =
          cleanup.add(CloudflareSimulator.start(SimulatorOptions.defaults().withRecordRequests(0)));
      var settings =
          ServeCommand.settings(
              "127.0.0.1",
              port,
              null,
              dataDir,
              null,
              Map.of("CLOUDFLARE_BASE_URL", simulator.baseUrl()));
      var server =
          cleanup.add(
              FlarelinkServer.start(
                  settings, environment, Clock.systemUTC(), McpOptions.READ_ONLY));
      var tester = CloudflareClients.tester(simulator.baseUrl(), Clock.systemUTC());
      var token = demoToken(simulator);
      var allowed = tester.test(validated(simulator.accountId(), token, null, null));
      var services = services(allowed);
      // Saving tests the connection; its report is the one shown.
      var saved =
          server
              .connections()
              .createTested(
                  FlarelinkServer.DEFAULT_WORKSPACE,
                  new ConnectionInput(
                      NAME,
                      simulator.accountId(),
                      null,
                      null,
                      token,
                      null,
                      null,
                      services.stream().map(Service::id).toList()),
                  false);
      var connection = saved.connection();
      var report = saved.report();
      var scans = server.scans();
      var scan =
          scans.await(
              scans
                  .request(
                      FlarelinkServer.DEFAULT_WORKSPACE,
                      connection.id(),
                      ScanKind.IDENTITY,
                      ScanCause.MANUAL)
                  .id(),
              state -> {});
      var inventory =
          scans.await(
              scans
                  .request(
                      FlarelinkServer.DEFAULT_WORKSPACE,
                      connection.id(),
                      ScanKind.INVENTORY,
                      ScanCause.MANUAL)
                  .id(),
              state -> {});
      var key = server.generatedAdminKey().orElse("(the value of FLARELINK_ADMIN_KEY)");
      out.println(
          "Flarelink is running at "
              + server.url()
              + " (data in "
              + dataDir
              + ", removed when the demo stops)");
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
              + ") with an account-owned token made for the demo; test "
              + (report.ok() ? "passed" : "FAILED")
              + "; services: "
              + services.stream().map(Service::id).collect(Collectors.joining(", "))
              + ".");
      out.println(
          "Identity scan "
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
              + " requests).");
      out.println();
      tryThese(
          out,
          server.url(),
          key,
          connection.id(),
          dataDir.toString(),
          zone(simulator),
          simulator.baseUrl());
      out.println();
      explainCredentials(out, simulator, tester);
      out.flush();
      if (!noWait) {
        out.println("Serving until stopped (Ctrl-C); the data directory is removed then.");
        out.flush();
        new CountDownLatch(1).await(); // the shutdown hook stops everything and cleans up
      }
    }
    return 0;
  }

  private static void tryThese(
      PrintWriter out,
      String url,
      String key,
      String id,
      String dataDir,
      String zone,
      String cloudflare) {
    var bearer = "  curl -s -H 'Authorization: Bearer " + key + "' ";
    out.println("Try:");
    out.println(bearer + url + "/api/v1/connections");
    out.println(
        "  curl -s -X POST -H 'Authorization: Bearer "
            + key
            + "' "
            + url
            + "/api/v1/connections/"
            + id
            + "/test");
    for (var path :
        List.of(
            "/members?two_factor=false",
            "/access-review",
            "/roles",
            "/zones?status=active",
            "/dns-records?type=A&content=192.168.1.1",
            "/dns-records?type=MX&fresh=true")) {
      out.println(bearer + "'" + url + "/api/v1/connections/" + id + path + "'");
    }
    var cli = "  ./flarelink %s --data-dir " + dataDir + " '" + NAME + "'";
    out.println(cli.formatted("members") + "   (while this runs: the same database)");
    out.println(cli.formatted("resources") + " rulesets   (without a type: every type it reads)");
    // Commands that reach Cloudflare are told where the simulated one is; the service knows.
    var simulated = "  CLOUDFLARE_BASE_URL=" + cloudflare;
    out.println(
        simulated
            + " "
            + cli.formatted("action").strip()
            + " dns.create --param zone="
            + zone
            + " --param type=A --param name=demo --param content=192.0.2.1 --dry-run");
    out.println(
        "  MCP for an AI agent: streamable HTTP at "
            + url
            + "/mcp with the same key, or stdio: CLOUDFLARE_BASE_URL="
            + cloudflare
            + " ./flarelink mcp --data-dir "
            + dataDir
            + " --connection '"
            + NAME
            + "'");
  }

  /** Every read service, and the write services the test found the credential allows. */
  static List<Service> services(TestReport report) {
    return Stream.of(Service.values())
        .filter(
            s ->
                s.readOnly()
                    || report
                        .services()
                        .getOrDefault(s, new TestReport.Availability(false, ""))
                        .available())
        .toList();
  }

  /**
   * An account-owned token that reads everything and may make the changes the actions make, so that
   * dry runs (and runs) of actions work in the demo. None of the named credentials does both: each
   * shows one situation.
   */
  private static String demoToken(CloudflareSimulator simulator) {
    var random = new SecureRandom();
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    var value = new StringBuilder("cfat_");
    for (int i = 0; i < 46; i++) {
      value.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    var account = "com.cloudflare.api.account." + simulator.accountId();
    var groups =
        Stream.concat(Catalog.ACCOUNT_GROUPS.stream(), Catalog.ZONE_GROUPS.stream())
            .filter(g -> g.endsWith(" Read") || WRITES.contains(g))
            .toList();
    var zoneResources = new LinkedHashMap<String, Object>();
    zoneResources.put(account, Map.of("com.cloudflare.api.account.zone.*", "*"));
    var policies =
        List.of(
            new TokenPolicy(
                hex(random),
                "allow",
                Map.of(account, "*"),
                groups.stream().filter(Catalog.ACCOUNT_GROUPS::contains).toList()),
            new TokenPolicy(
                hex(random),
                "allow",
                zoneResources,
                groups.stream().filter(Catalog.ZONE_GROUPS::contains).toList()));
    var now = Instant.now();
    var token =
        new Token(
            hex(random),
            "Flarelink demo",
            value.toString(),
            simulator.accountId(),
            null,
            "active",
            now.minus(Duration.ofMinutes(1)),
            null,
            null,
            policies,
            List.of(),
            List.of());
    simulator
        .state()
        .write(
            state -> {
              state.putToken(token);
              return null;
            });
    return token.value();
  }

  private static String hex(SecureRandom random) {
    var bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String zone(CloudflareSimulator simulator) {
    return simulator
        .state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(simulator.accountId()))
                    .map(z -> z.name())
                    .findFirst()
                    .orElse("example.com"));
  }

  private static ConnectionSpec validated(String account, String token, String key, String email) {
    return new ConnectionValidator()
        .validate(
            new ConnectionInput(
                "demo",
                account,
                null,
                null,
                token,
                key,
                email,
                Stream.of(Service.values()).map(Service::id).toList()));
  }

  /**
   * How each of the simulator's named credentials tests, judged against its own purpose: each is
   * tested for every service, and shows the services it serves. A credential is refused only when a
   * check of the credential itself fails (expired, disabled, wrong account, ...); a service it was
   * not made for is not a failure.
   */
  private static void explainCredentials(
      PrintWriter out, CloudflareSimulator simulator, ConnectionTester tester) {
    out.println(
        "The simulator's named credentials, each tested for every service (./flarelink connections"
            + " test), with what it serves:");
    for (var named : simulator.state().read(s -> s.credentials())) {
      var isKey = named.kind().equals("global_api_key");
      var report =
          tester.test(
              validated(
                  simulator.accountId(),
                  isKey ? null : named.secret(),
                  isKey ? named.secret() : null,
                  named.email()));
      out.printf("  %-22s %-20s %s%n", named.name(), kind(named, report), verdict(report));
      out.printf("  %-22s %-20s purpose: %s%n", "", "", named.purpose());
    }
  }

  private static String kind(NamedCredential named, TestReport report) {
    var kind =
        report.credentialKind() != null
            ? report.credentialKind()
            : CredentialKind.fromId(named.kind()).orElse(null);
    return kind == null ? named.kind() : Human.kind(kind);
  }

  /** "serves ..." with any warning of the credential itself, or "refused: ..." with the fix. */
  static String verdict(TestReport report) {
    var own = report.checks().stream().filter(c -> !c.id().startsWith("service.")).toList();
    var failed = own.stream().filter(c -> c.status() == Check.Status.FAIL).findFirst();
    if (failed.isPresent()) {
      return "refused: " + described(failed.get());
    }
    var served =
        Stream.of(Service.values())
            .filter(s -> report.services().containsKey(s) && report.services().get(s).available())
            .map(Service::id)
            .toList();
    if (served.isEmpty()) {
      return "serves nothing: "
          + report.checks().stream()
              .filter(c -> c.status() == Check.Status.FAIL)
              .findFirst()
              .map(DemoCommand::described)
              .orElse("no service is available");
    }
    // The account's name is a nicety; a zone-only credential is not worse for lacking it.
    var warning =
        own.stream()
            .filter(c -> c.status() == Check.Status.WARN && !c.id().equals("account"))
            .findFirst()
            .map(c -> "; warning: " + c.message())
            .orElse("");
    return "serves " + String.join(", ", served) + warning;
  }

  private static String described(Check check) {
    return check.message() + (check.fix() == null ? "" : " → " + check.fix());
  }
}
