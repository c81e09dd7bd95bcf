package dev.flarelink.app.mcp;

import static dev.flarelink.app.mcp.McpClients.error;
import static dev.flarelink.app.mcp.McpClients.rest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.app.service.FlarelinkServer;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.wiring.ServerSettings;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A server started without writes offers no action tools and refuses a call of one. */
class McpReadOnlyTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final String KEY = "flk_mcpReadOnlyTestKey_0123456789abcdefghijklm";

  @TempDir Path dir;

  @Test
  void aReadOnlyServer_offersNoWriteTools_evenForAConnectionThatEnablesWrites(
      CloudflareSimulator sim) throws Exception {
    try (var server =
        FlarelinkServer.start(
            new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            McpOptions.READ_ONLY)) {
      rest(
          server.url(),
          KEY,
          "POST",
          "/api/v1/connections",
          "{\"name\":\"w\",\"account_id\":\""
              + sim.accountId()
              + "\",\"token\":\""
              + sim.secret("dns-write")
              + "\",\"enabled_services\":[\"inventory\",\"dns_write\",\"cache_purge\"]}");
      // Saving tests the connection, whose cache purge probe (of nothing) is a POST.
      var postsBefore = posts(sim);
      var client = McpClients.http(server.url(), KEY);
      try {
        var tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        assertThat(tools)
            .contains("search_zones", "search_dns_records", "explain")
            .doesNotContain("dns_create", "dns_delete", "cache_purge")
            .as("the connection does not enable identity")
            .doesNotContain("list_members");
        assertThat(client.listTools().tools())
            .allSatisfy(t -> assertThat(t.annotations().readOnlyHint()).isTrue());
        var zone = sim.state().read(s -> s.zones().getFirst().name());
        var refused =
            error(
                client,
                "dns_create",
                Map.of("zone", zone, "type", "TXT", "name", "x", "content", "y", "confirm", true));
        assertThat(refused.path("error").asText()).isEqualTo("tool_unavailable");
        assertThat(refused.path("cause").asText()).contains("read-only");
        assertThat(posts(sim)).as("no write reached Cloudflare").isEqualTo(postsBefore);
      } finally {
        client.closeGracefully();
      }
    }
  }

  private static long posts(CloudflareSimulator sim) {
    return sim.counters().entrySet().stream()
        .filter(e -> e.getKey().startsWith("POST"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
