package dev.flarelink.app.mcp;

import static dev.flarelink.app.mcp.McpClients.ok;
import static dev.flarelink.app.mcp.McpClients.rest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.app.service.FlarelinkServer;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.wiring.ServerSettings;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            new McpOptions(false, id))) {
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
            McpOptions.READ_ONLY)) {
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
}
