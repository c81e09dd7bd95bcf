package dev.flarelink.mcp;

import static dev.flarelink.mcp.McpClients.ok;
import static dev.flarelink.mcp.McpClients.rest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.action.ActionRegistry;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.diagnosis.TestReport.Availability;
import dev.flarelink.mcp.tools.Toolbox;
import dev.flarelink.server.FlarelinkServer;
import dev.flarelink.server.ServerSettings;
import dev.flarelink.server.Wiring;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.faults.Faults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server bound to one connection is not locked by a test that failed for a passing cause: tools
 * stay offered, a call says the real cause and that it may be retried, and a test that decides anew
 * changes what callers see, telling them so.
 */
class McpRecoveryTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final String KEY = "flk_mcpRecoveryTestKey_0123456789abcdefghijkl";

  @TempDir Path dir;

  private ServerSettings settings(CloudflareSimulator sim) {
    return new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null);
  }

  @Test
  void aTestThatFailedForAMoment_hidesNothing_andToolsWorkOnceCloudflareIsBack(
      CloudflareSimulator sim) throws Exception {
    String id;
    try (var first =
        FlarelinkServer.start(
            settings(sim), Map.of("FLARELINK_ADMIN_KEY", KEY), Clock.systemUTC())) {
      id =
          rest(
                  first.url(),
                  KEY,
                  "POST",
                  "/api/v1/connections",
                  "{\"name\":\"Prod\",\"account_id\":\""
                      + sim.accountId()
                      + "\",\"token\":\""
                      + sim.secret("account-token")
                      + "\"}")
              .path("id")
              .asText();
    }
    try (var server =
        FlarelinkServer.start(
            settings(sim),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            List.of(FlarelinkMcp.http(new McpOptions(false, id))))) {
      sim.setFaults(Faults.parse("5xx=1.0"));
      var client = McpClients.http(server.url(), KEY);
      try {
        var tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        assertThat(tools)
            .as("no tool is hidden by checks the failed test never made")
            .contains("search_zones", "search_dns_records", "list_members", "alert_history");
        var outage = McpClients.error(client, "search_zones", Map.of("fresh", true, "name", "x"));
        assertThat(outage.path("retryable").asBoolean()).as(outage.toString()).isTrue();
        assertThat(outage.path("cause").asText()).containsIgnoringCase("server error");

        sim.setFaults(Faults.parse(""));
        var tested = ok(client, "test_connection", Map.of());
        assertThat(tested.path("ok").asBoolean()).isTrue();
        assertThat(ok(client, "search_zones", Map.of("fresh", true)).path("total").asInt())
            .isPositive();
      } finally {
        client.closeGracefully();
      }
    }
  }

  @Test
  void beforeAnyScan_zoneAndRecordSearches_readCloudflare_andSaySo(CloudflareSimulator sim)
      throws Exception {
    try (var server =
        FlarelinkServer.start(
            settings(sim),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            List.of(FlarelinkMcp.http(McpOptions.READ_ONLY)))) {
      rest(
          server.url(),
          KEY,
          "POST",
          "/api/v1/connections",
          "{\"name\":\"Prod\",\"account_id\":\""
              + sim.accountId()
              + "\",\"token\":\""
              + sim.secret("account-token")
              + "\"}");
      var client = McpClients.http(server.url(), KEY);
      try {
        var zoneCount =
            sim.state()
                .read(
                    s ->
                        s.zones().stream()
                            .filter(z -> z.accountId().equals(sim.accountId()))
                            .count());
        var zones = McpClients.call(client, "search_zones", Map.of("limit", 100));
        var found = McpClients.JSON.valueToTree(zones.structuredContent());
        assertThat(found.path("source").asText()).isEqualTo("cloudflare");
        assertThat(found.path("total").asLong()).isEqualTo(zoneCount);
        var text = ((McpSchema.TextContent) zones.content().getFirst()).text();
        assertThat(text).contains("read from Cloudflare now").doesNotContain("POST", "REST");
        var records = ok(client, "search_dns_records", Map.of("type", "MX"));
        assertThat(records.path("source").asText()).isEqualTo("cloudflare");
        assertThat(records.path("total").asInt()).isPositive();
        var zone = found.path("zones").get(0).path("name").asText();
        assertThat(ok(client, "get_zone", Map.of("zone", zone)).path("source").asText())
            .isEqualTo("cloudflare");
        for (var nul :
            List.of(
                Map.<String, Object>of("tool", "search_dns_records", "content", "a\u0000b"),
                Map.<String, Object>of("tool", "search_zones", "name", "\u0000"),
                Map.<String, Object>of("tool", "list_members", "search", "x\u0000"))) {
          var arguments = new HashMap<String, Object>(nul);
          var tool = (String) arguments.remove("tool");
          var refused = McpClients.error(client, tool, arguments);
          assertThat(refused.path("cause").asText()).as(tool).contains("NUL character");
        }
      } finally {
        client.closeGracefully();
      }
    }
  }

  @Test
  void aTestThatChangesWhatIsAvailable_isTakenIn_andCallersAreTold(CloudflareSimulator sim) {
    try (var wiring = Wiring.open(settings(sim), Map.of(), Clock.systemUTC())) {
      var connection =
          wiring
              .connections()
              .create(
                  Wiring.DEFAULT_WORKSPACE,
                  new ConnectionInput(
                      "Prod",
                      sim.accountId(),
                      null,
                      null,
                      sim.secret("account-token"),
                      null,
                      null,
                      null));
      var visibility = new Visibility(wiring, new McpOptions(false, connection.id()));
      var told = new AtomicInteger();
      visibility.onChange(told::incrementAndGet);
      var members = toolOf(Service.IDENTITY);
      var workspace = Wiring.DEFAULT_WORKSPACE;
      assertThat(visibility.visible(members, workspace)).isTrue();

      visibility.tested(workspace, connection.id(), report(false, true));
      assertThat(told.get()).isEqualTo(1);
      assertThat(visibility.hiddenBecause(members, workspace)).contains("Account Settings");

      visibility.tested(workspace, connection.id(), report(false, false));
      assertThat(told.get()).as("a service not checked hides nothing").isEqualTo(2);
      assertThat(visibility.visible(members, workspace)).isTrue();

      visibility.tested(workspace, connection.id(), report(true, true));
      assertThat(told.get()).as("nothing changed for callers").isEqualTo(2);
      visibility.tested(workspace, "another-connection", report(false, true));
      assertThat(told.get()).as("another connection's test").isEqualTo(2);
    }
  }

  private static FlarelinkTool toolOf(Service service) {
    return Toolbox.all(ActionRegistry.standard()).stream()
        .filter(tool -> service.equals(tool.service()) && !tool.writes())
        .findFirst()
        .orElseThrow();
  }

  private static TestReport report(boolean identityAvailable, boolean checked) {
    var verdict =
        checked
            ? new Availability(identityAvailable, "needs Account → Account Settings → Read")
            : Availability.notChecked("not checked: an earlier check failed");
    return new TestReport(
        identityAvailable,
        null,
        "active",
        null,
        "a".repeat(32),
        null,
        List.of(new Check("credential", Check.Status.PASS, "fine", null)),
        Map.of(Service.IDENTITY, verdict),
        List.of());
  }
}
