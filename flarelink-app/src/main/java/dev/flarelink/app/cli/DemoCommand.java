package dev.flarelink.app.cli;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flarelink demo}: starts the simulator and walks the Cloudflare client through it: each
 * named credential's kind and what Cloudflare says of it, then the account's members, zones and DNS
 * records.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Shows Flarelink's Cloudflare client working against the built-in simulator.")
public final class DemoCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--keep-running",
      description = "Keep the simulator running afterwards, until stopped.")
  boolean keepRunning;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (var simulator =
        CloudflareSimulator.start(SimulatorOptions.defaults().withRecordRequests(0))) {
      var account = simulator.accountId();
      out.println("Simulated Cloudflare at " + simulator.baseUrl() + ", account " + account);
      out.println();
      out.println("Each named credential, tested as a connection (./flarelink connections test):");
      var tester =
          new ConnectionTester(
              credential -> client(simulator, credential), java.time.Clock.systemUTC());
      for (var named : simulator.state().read(s -> s.credentials())) {
        var key = named.kind().equals("global_api_key");
        var input =
            new ConnectionInput(
                named.name(),
                account,
                null,
                null,
                key ? null : named.secret(),
                key ? named.secret() : null,
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
      out.println();
      try (var client = client(simulator, Credential.apiToken(simulator.secret("account-token")))) {
        var members = client.members().list(account, MemberListParams.ALL).toList();
        var byStatus =
            members.stream().collect(Collectors.groupingBy(m -> m.status(), Collectors.counting()));
        out.println("Members by status: " + byStatus);
        var zones = client.zones().list(ZoneListParams.ALL).toList();
        for (var zone : zones) {
          var records =
              client.dnsRecords().list(zone.id(), DnsRecordListParams.ALL).stream().count();
          var ssl = client.zoneSettings().get(zone.id(), "ssl").text();
          out.printf(
              "  zone %-16s %-8s ssl=%-8s %d DNS records%n",
              zone.name(), zone.status(), ssl, records);
        }
        out.println("Requests spent from the credential's budget: " + client.budget().used());
      }
      out.flush();
      if (keepRunning) {
        out.println("Simulator still running at " + simulator.baseUrl() + "; stop with Ctrl-C.");
        out.flush();
        Thread.currentThread().join();
      }
    }
    return 0;
  }

  private static CloudflareClient client(CloudflareSimulator simulator, Credential credential) {
    return CloudflareClient.builder().baseUrl(simulator.baseUrl()).credential(credential).build();
  }
}
