package dev.flarelink.app.mcp;

import static dev.flarelink.app.mcp.McpClients.call;
import static dev.flarelink.app.mcp.McpClients.ok;
import static dev.flarelink.app.mcp.McpClients.rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.app.service.FlarelinkServer;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.wiring.ServerSettings;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through MCP: a partial scan says what it left out, list_connections tells each connection's
 * status, and a review before the first scan says there is none.
 */
class McpScanTruthTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(21, 8, 1, 1, 2, 3, 0)));

  private static final String KEY = "flk_mcpScanTruthKey_0123456789abcdefghijklmno";

  @TempDir Path dir;

  private static void save(
      FlarelinkServer server, CloudflareSimulator sim, String name, String credential, String on)
      throws Exception {
    var saved =
        rest(
            server.url(),
            KEY,
            "POST",
            "/api/v1/connections",
            "{\"name\":\""
                + name
                + "\",\"account_id\":\""
                + sim.accountId()
                + "\",\"token\":\""
                + sim.secret(credential)
                + "\",\"enabled_services\":"
                + on
                + "}");
    rest(
        server.url(),
        KEY,
        "POST",
        "/api/v1/connections/" + saved.path("id").asText() + "/test",
        "");
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().getFirst()).text();
  }

  @Test
  void partialScansStatusAndNoScanYet_areSaidAsTheyAre(CloudflareSimulator sim) throws Exception {
    try (var server =
        FlarelinkServer.start(
            new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            McpOptions.READ_ONLY)) {
      save(server, sim, "dns", "zone-dns-read-only", "[\"inventory\"]");
      save(server, sim, "people", "account-token", "[\"identity\"]");
      var client = McpClients.http(server.url(), KEY);
      try {
        var review = call(client, "access_review", Map.of("connection", "people"));
        assertThat(review.isError()).isFalse();
        assertThat(text(review)).contains("No identity scan yet");
        var reviewed = McpClients.JSON.valueToTree(review.structuredContent());
        assertThat(reviewed.path("coverage").path("state").asText()).isEqualTo("not_scanned");

        var scan =
            call(
                client,
                "scan_connection",
                Map.of("connection", "dns", "kind", "inventory", "wait_seconds", 60));
        assertThat(text(scan)).contains("partial", "Zone → Zone Settings → Read");
        var scanned = McpClients.JSON.valueToTree(scan.structuredContent());
        assertThat(scanned.path("state").asText()).isEqualTo("succeeded");
        assertThat(scanned.path("partial").asBoolean()).isTrue();

        var listed = ok(client, "list_connections", Map.of());
        var states = new TreeMap<String, String>();
        for (JsonNode c : listed.path("connections")) {
          states.put(c.path("name").asText(), c.path("status").path("state").asText());
        }
        assertThat(states).containsEntry("dns", "partial").containsEntry("people", "not_scanned");
        var zones = call(client, "search_zones", Map.of("connection", "dns"));
        assertThat(text(zones)).contains("could not read everything");
        var zone = sim.state().read(s -> s.zones().getFirst().name());
        var detail = call(client, "get_zone", Map.of("connection", "dns", "zone", zone));
        assertThat(text(detail)).contains("Zone → Zone Settings → Read");
      } finally {
        client.closeGracefully();
      }
    }
  }
}
