package dev.flarelink.app.mcp;

import static dev.flarelink.app.mcp.McpClients.error;
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
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource catalogue through MCP: the tools are listed with their schemas, a search pages
 * through cursors without loss or repeat and returns the fields asked for, get_resource gives the
 * whole document, and explain names the catalogue's permissions; all checked against the simulator.
 */
class ResourceToolsTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(37, 4, 0, 0, 4, 4, 0)));

  private static final String KEY = "flk_resourceToolsTestKey_0123456789abcdefghijk";

  @TempDir static Path dir;

  private static FlarelinkServer server;
  private static McpSyncClient client;

  @BeforeAll
  static void start() throws Exception {
    var sim = cloudflare.simulator();
    server =
        FlarelinkServer.start(
            new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            McpOptions.READ_ONLY);
    save(sim, "sec", "[\"inventory\",\"security_rules\",\"certificates\"]");
    save(sim, "dns", "[\"inventory\"]");
    client = McpClients.http(server.url(), KEY);
  }

  private static void save(CloudflareSimulator sim, String name, String services) throws Exception {
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
            + sim.secret("account-token")
            + "\",\"enabled_services\":"
            + services
            + "}");
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
    }
    if (server != null) {
      server.close();
    }
  }

  private static synchronized void scanned() {
    var listed = ok(client, "list_resource_types", Map.of("connection", "sec"));
    var pageRules = type(listed, "page_rules");
    if (pageRules.path("scanned_at").isNull()) {
      var scan =
          ok(
              client,
              "scan_connection",
              Map.of("connection", "sec", "kind", "inventory", "wait_seconds", 120));
      assertThat(scan.path("state").asText()).as(scan.toString()).isEqualTo("succeeded");
    }
  }

  private static JsonNode type(JsonNode list, String name) {
    return list.path("types")
        .valueStream()
        .filter(t -> t.path("type").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The ids of every ruleset a full read lists: the account's and each zone's own, once each. */
  private static Set<String> rulesetIds(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s -> {
              var ids = new HashSet<String>();
              s.security().rulesets("account", sim.accountId()).forEach(r -> ids.add(r.id()));
              s.zones().stream()
                  .filter(z -> z.accountId().equals(sim.accountId()))
                  .forEach(
                      z -> s.security().rulesets("zone", z.id()).forEach(r -> ids.add(r.id())));
              return ids;
            });
  }

  @Test
  void theToolsAreListed_withTheirSchemas() {
    var tools = new HashMap<String, McpSchema.Tool>();
    client.listTools().tools().forEach(t -> tools.put(t.name(), t));
    assertThat(tools).containsKeys("list_resource_types", "search_resources", "get_resource");
    JsonNode search = McpClients.JSON.valueToTree(tools.get("search_resources").inputSchema());
    var names = new ArrayList<String>();
    search.path("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactlyInAnyOrder(
            "connection", "type", "zone", "query", "fields", "limit", "cursor", "fresh");
    assertThat(search.path("properties").path("type").path("enum").toString())
        .contains("page_rules", "waiting_rooms");
    JsonNode get = McpClients.JSON.valueToTree(tools.get("get_resource").inputSchema());
    assertThat(get.path("required").toString()).isEqualTo("[\"type\",\"id\"]");
    assertThat(tools.get("get_resource").annotations().readOnlyHint()).isTrue();
  }

  @Test
  void aTypeNoScanHasRead_isReadFromCloudflare_andSaysSo(CloudflareSimulator sim) {
    var result =
        McpClients.call(
            client,
            "search_resources",
            Map.of("connection", "sec", "type", "certificate_packs", "limit", 100));
    assertThat(result.isError()).isFalse();
    var content = McpClients.JSON.valueToTree(result.structuredContent());
    var truth =
        sim.state()
            .read(
                s ->
                    s.zones().stream()
                        .filter(z -> z.accountId().equals(sim.accountId()))
                        .mapToInt(z -> s.security().certificatePacks(z.id()).size())
                        .sum());
    assertThat(content.path("total").asInt()).isEqualTo(truth);
    if (content.path("source").asText().equals("cloudflare")) {
      assertThat(((McpSchema.TextContent) result.content().getFirst()).text())
          .startsWith("No scan has read certificate_packs yet");
    }
  }

  @Test
  void aSearch_pagesThroughCursors_withoutLossOrRepeat_andReturnsTheFieldsAskedFor(
      CloudflareSimulator sim) {
    scanned();
    var truth = rulesetIds(sim);
    assertThat(truth).hasSizeGreaterThan(3);
    var seen = new ArrayList<String>();
    String cursor = null;
    var calls = 0;
    do {
      var args = new HashMap<String, Object>();
      args.put("connection", "sec");
      args.put("type", "rulesets");
      args.put("limit", 2);
      args.put("fields", List.of("phase", "rules"));
      if (cursor != null) {
        args.put("cursor", cursor);
      }
      var page = ok(client, "search_resources", args);
      assertThat(page.path("total").asInt()).isEqualTo(truth.size());
      assertThat(page.path("source").asText()).isEqualTo("inventory");
      for (var item : page.path("items")) {
        seen.add(item.path("id").asText());
        assertThat(item.path("type").asText()).isEqualTo("rulesets");
        var fields = new ArrayList<String>();
        item.path("fields").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isSubsetOf("phase", "rules").contains("phase");
      }
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      calls++;
    } while (cursor != null && calls < 100);
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(truth);

    var wrong =
        error(
            client,
            "search_resources",
            Map.of("connection", "sec", "type", "rulesets", "fields", List.of("colour")));
    assertThat(wrong.path("error").asText()).isEqualTo("invalid_arguments");
    assertThat(wrong.path("cause").asText()).contains("colour", "phase", "disabled_rules");

    var everyType = ok(client, "search_resources", Map.of("connection", "sec", "limit", 100));
    assertThat(everyType.has("type")).isFalse();
    assertThat(everyType.path("items").valueStream().map(i -> i.path("type").asText()))
        .contains("rulesets", "page_rules");
    assertThat(everyType.path("note").asText())
        .contains("Not enabled on this connection", "load_balancers", "waiting_rooms")
        .doesNotContain("page_rules");
    var freshEverything =
        error(client, "search_resources", Map.of("connection", "sec", "fresh", true));
    assertThat(freshEverything.path("cause").asText()).contains("give type too");
  }

  @Test
  void getResource_givesTheWholeDocument(CloudflareSimulator sim) {
    scanned();
    var ruleset =
        sim.state()
            .read(
                s ->
                    s.zones().stream()
                        .filter(z -> z.accountId().equals(sim.accountId()))
                        .flatMap(z -> s.security().rulesets("zone", z.id()).stream())
                        .filter(r -> !r.rules().isEmpty())
                        .findFirst()
                        .orElseThrow());
    var got =
        ok(
            client,
            "get_resource",
            Map.of("connection", "sec", "type", "rulesets", "id", ruleset.id()));
    assertThat(got.path("id").asText()).isEqualTo(ruleset.id());
    assertThat(got.path("source").asText()).isEqualTo("inventory");
    assertThat(got.path("document").path("rules")).hasSize(ruleset.rules().size());
    assertThat(got.path("document").path("phase").asText()).isEqualTo(ruleset.phase());
    assertThat(got.has("cut")).as("a small document comes whole").isFalse();

    var rules =
        ok(
            client,
            "get_resource",
            Map.of(
                "connection",
                "sec",
                "type",
                "rulesets",
                "id",
                ruleset.id(),
                "fields",
                List.of("rules"),
                "offset",
                1));
    assertThat(rules.path("document").path("rules")).hasSize(ruleset.rules().size() - 1);
    assertThat(rules.path("document").has("phase")).isFalse();

    var fresh =
        ok(
            client,
            "get_resource",
            Map.of("connection", "sec", "type", "rulesets", "id", ruleset.id(), "fresh", true));
    assertThat(fresh.path("source").asText()).isEqualTo("cloudflare");
    assertThat(fresh.path("document").path("rules")).hasSize(ruleset.rules().size());

    var missing =
        error(
            client,
            "get_resource",
            Map.of("connection", "sec", "type", "rulesets", "id", "no-such-ruleset"));
    assertThat(missing.path("error").asText()).isEqualTo("not_found");
    var notEnabled =
        error(
            client,
            "get_resource",
            Map.of("connection", "dns", "type", "page_rules", "id", "anything"));
    assertThat(notEnabled.path("error").asText()).isEqualTo("service_not_enabled");
    assertThat(notEnabled.path("fix").asText()).contains("security_rules");
  }

  @Test
  void explain_namesTheCataloguesPermissions() {
    var needs = ok(client, "explain", Map.of("tool", "get_resource"));
    assertThat(needs.path("service").asText())
        .contains("security_rules", "certificates", "load_balancing");
    assertThat(needs.path("permissions").toString())
        .contains(
            "Zone → Page Rules → Read",
            "Zone → SSL and Certificates → Read",
            "Account → Load Balancing: Monitors and Pools → Read");
    assertThat(needs.path("note").asText()).contains("list_resource_types");
    var unlocks = ok(client, "explain", Map.of("permission", "Page Rules Read"));
    var tools = new HashSet<String>();
    unlocks.path("tools").forEach(t -> tools.add(t.path("tool").asText()));
    assertThat(tools).contains("list_resource_types", "search_resources", "get_resource");
  }
}
