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
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.wiring.ServerSettings;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP server over streamable HTTP, driven by the official SDK client against the simulator: an
 * account of 6 zones with 500 DNS records each, scanned through the scan tool, then every tool
 * compared with the simulator's ground truth.
 */
class McpHttpTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(11, 40, 4, 1, 6, 500, 30)));

  private static final String KEY = "flk_mcpHttpTestKey_0123456789abcdefghijklmno";

  @TempDir static Path dir;

  private static FlarelinkServer server;
  private static McpSyncClient client;
  private static String connectionId;

  @BeforeAll
  static void start() throws Exception {
    var sim = cloudflare.simulator();
    server =
        FlarelinkServer.start(
            new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            new McpOptions(true, null));
    var key = sim.state().read(s -> s.credential("global-key"));
    connectionId =
        rest(
                server.url(),
                KEY,
                "POST",
                "/api/v1/connections",
                "{\"name\":\"main\",\"account_id\":\""
                    + sim.accountId()
                    + "\",\"key\":\""
                    + key.secret()
                    + "\",\"email\":\""
                    + key.email()
                    + "\",\"enabled_services\":[\"identity\",\"inventory\",\"alerts\","
                    + "\"dns_analytics\",\"graphql_analytics\",\"dns_write\"]}")
            .path("id")
            .asText();
    client = McpClients.http(server.url(), KEY);
    for (var kind : List.of("identity", "inventory")) {
      var scan = ok(client, "scan_connection", Map.of("kind", kind, "wait_seconds", 120));
      assertThat(scan.path("state").asText()).as(scan.toString()).isEqualTo("succeeded");
    }
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

  private static List<Entities.Zone> zones(CloudflareSimulator sim) {
    return sim.state()
        .read(s -> s.zones().stream().filter(z -> z.accountId().equals(sim.accountId())).toList());
  }

  @Test
  void listsItsToolsWithSchemas_andTheConnection() {
    var tools = client.listTools().tools();
    assertThat(tools)
        .extracting(McpSchema.Tool::name)
        .contains(
            "list_connections",
            "test_connection",
            "search_zones",
            "get_zone",
            "search_dns_records",
            "list_members",
            "access_review",
            "alert_history",
            "dns_analytics",
            "graphql_analytics",
            "graphql_query",
            "explain",
            "dns_create",
            "dns_delete")
        .as("no connection enables cache purge or IP access rules")
        .doesNotContain("cache_purge", "ip_rule_create");
    assertThat(tools).allSatisfy(t -> assertThat(t.description()).isNotBlank());
    assertThat(tools).allSatisfy(t -> assertThat(t.inputSchema().get("type")).isEqualTo("object"));
    var test = ok(client, "test_connection", Map.of("connection", "main"));
    assertThat(test.path("ok").asBoolean()).as(test.toString()).isTrue();
    var roles = ok(client, "list_roles", Map.of()).path("roles");
    assertThat(roles.size())
        .isEqualTo(
            cloudflare
                .simulator()
                .state()
                .read(s -> s.roles(cloudflare.simulator().accountId()).size()));
    var connections = ok(client, "list_connections", Map.of()).path("connections");
    assertThat(connections).hasSize(1);
    assertThat(connections.get(0).path("name").asText()).isEqualTo("main");
    assertThat(connections.get(0).path("last_scans").path("inventory").path("state").asText())
        .isEqualTo("succeeded");
    assertThat(connections.get(0).toString())
        .doesNotContain(cloudflare.simulator().secret("global-key"));
  }

  @Test
  void zonesAndZoneDetails_matchTheSimulator(CloudflareSimulator sim) {
    var truth = zones(sim);
    var found = ok(client, "search_zones", Map.of("limit", 100));
    assertThat(found.path("total").asInt()).isEqualTo(truth.size());
    assertThat(names(found.path("zones"), "name"))
        .isEqualTo(truth.stream().map(Entities.Zone::name).collect(Collectors.toSet()));
    var one = truth.getFirst();
    var contains =
        ok(client, "search_zones", Map.of("name", "contains:" + one.name().substring(0, 4)));
    assertThat(names(contains.path("zones"), "name")).contains(one.name());
    var detail = ok(client, "get_zone", Map.of("zone", one.name()));
    assertThat(detail.toString()).contains(one.id(), "ssl");
    var missing = error(client, "get_zone", Map.of("zone", "nope.example"));
    assertThat(missing.path("error").asText()).isEqualTo("zone_not_found");
  }

  @Test
  void thousandsOfDnsRecords_pageThroughCursors_withoutLossOrRepeat(CloudflareSimulator sim) {
    var truth = new HashSet<String>();
    for (var zone : zones(sim)) {
      sim.state().read(s -> s.records(zone.id())).forEach(r -> truth.add(r.id()));
    }
    assertThat(truth).hasSizeGreaterThan(2_000);
    var seen = new HashSet<String>();
    String cursor = null;
    var calls = 0;
    do {
      var args = new HashMap<String, Object>(Map.of("limit", 100, "fields", List.of("id", "type")));
      if (cursor != null) {
        args.put("cursor", cursor);
      }
      var page = ok(client, "search_dns_records", args);
      assertThat(page.path("total").asInt()).isEqualTo(truth.size());
      assertThat(page.path("dns_records").size()).isLessThanOrEqualTo(100);
      page.path("dns_records")
          .forEach(
              r -> {
                assertThat(r.size()).as("only the fields asked for").isEqualTo(2);
                assertThat(seen.add(r.path("id").asText())).as("no repeats").isTrue();
              });
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      calls++;
    } while (cursor != null && calls < 100);
    assertThat(seen).isEqualTo(truth);

    var zone = zones(sim).getFirst();
    long mx =
        sim.state().read(s -> s.records(zone.id())).stream()
            .filter(r -> r.type().equals("MX"))
            .count();
    var filtered =
        ok(client, "search_dns_records", Map.of("zone", zone.name(), "type", "MX", "limit", 5));
    assertThat(filtered.path("total").asLong()).isEqualTo(mx);
    var full = ok(client, "search_dns_records", Map.of());
    assertThat(full.path("dns_records").size()).as("the default limit is small").isEqualTo(25);
    var wrongField = error(client, "search_dns_records", Map.of("fields", List.of("colour")));
    assertThat(wrongField.path("cause").asText()).contains("colour", "content");
    var badCursor = error(client, "search_dns_records", Map.of("cursor", "garbage!"));
    assertThat(badCursor.path("error").asText()).isEqualTo("invalid_arguments");
    var notEqual = error(client, "search_dns_records", Map.of("name", "not_equal:www.example"));
    assertThat(notEqual.path("error").asText()).isEqualTo("invalid_arguments");
    assertThat(notEqual.toString())
        .contains("use one of exact (or equal), contains, starts_with, ends_with");
  }

  @Test
  void membersAndTheAccessReview_matchTheSimulator(CloudflareSimulator sim) {
    long withoutTwoFactor =
        sim.state()
            .read(
                s ->
                    s.members(sim.accountId()).stream()
                        .filter(m -> m.status().equals("accepted"))
                        .filter(m -> !s.user(m.userId()).orElseThrow().twoFactor())
                        .count());
    var members = ok(client, "list_members", Map.of("two_factor", false, "limit", 100));
    assertThat(members.path("total").asLong()).isEqualTo(withoutTwoFactor);
    var review = ok(client, "access_review", Map.of());
    assertThat(review.path("active_without_two_factor").path("count").asLong())
        .isEqualTo(withoutTwoFactor);
    var listed =
        ok(client, "access_review", Map.of("finding", "active_without_two_factor", "limit", 3));
    assertThat(listed.path("total").asLong()).isEqualTo(withoutTwoFactor);
    assertThat(listed.path("members").size()).isEqualTo((int) Math.min(3, withoutTwoFactor));
  }

  @Test
  void alertsAndAnalytics_answer(CloudflareSimulator sim) {
    var alerts = ok(client, "alert_history", Map.of("since", "2000-01-01", "limit", 5));
    assertThat(alerts.path("total").asInt())
        .isEqualTo(sim.state().read(s -> s.alerts(sim.accountId()).size()));
    var zone = zones(sim).getFirst().name();
    assertThat(ok(client, "dns_analytics", Map.of("zone", zone)).path("rows").size()).isPositive();
    assertThat(
            ok(client, "graphql_analytics", Map.of("question", "traffic", "zones", List.of(zone)))
                .path("rows")
                .size())
        .isPositive();
    var raw =
        ok(
            client,
            "graphql_query",
            Map.of(
                "query",
                "query { viewer { zones(filter: {zoneTag: \""
                    + zones(sim).getFirst().id()
                    + "\"}) { httpRequests1dGroups(limit: 2, filter: {date_geq: \""
                    + LocalDate.now(ZoneOffset.UTC).minusDays(6)
                    + "\", date_leq: \""
                    + LocalDate.now(ZoneOffset.UTC)
                    + "\"}) {"
                    + " dimensions { date } sum { requests } } } } }"));
    assertThat(raw.path("data").toString()).contains("httpRequests1dGroups");
    var refused = error(client, "graphql_query", Map.of("query", "query { nonsense }"));
    assertThat(refused.path("error").asText()).isIn("graphql_refused", "cloudflare_failed");
  }

  @Test
  void explain_turnsCodesAndToolsIntoCauseAndFix() {
    var denied =
        ok(
            client,
            "explain",
            Map.of("code", 10000, "status", 403, "method", "GET", "path", "/zones"));
    assertThat(denied.path("kind").asText()).isEqualTo("permission_denied");
    assertThat(denied.path("explanation").asText()).contains("permission");
    var limited = ok(client, "explain", Map.of("status", 429));
    assertThat(limited.path("retryable").asBoolean()).isTrue();
    var members = ok(client, "explain", Map.of("tool", "list_members"));
    assertThat(members.path("permissions").toString()).contains("Account Settings");
    var dnsEdit = ok(client, "explain", Map.of("permission", "DNS Write"));
    assertThat(names(dnsEdit.path("tools"), "tool")).contains("dns_create", "dns_delete");
  }

  @Test
  void aWrite_returnsItsPlanFirst_andAppliesOnlyWhenConfirmed_andIsAudited(CloudflareSimulator sim)
      throws Exception {
    var zone = zones(sim).getFirst();
    int before = count(sim, zone.id());
    ok(client, "get_zone", Map.of("zone", zone.name()));
    var args =
        new HashMap<String, Object>(
            Map.of("zone", zone.name(), "type", "TXT", "name", "mcp", "content", "v=agent"));
    var plan = ok(client, "dns_create", args);
    assertThat(plan.path("confirmed").asBoolean()).isFalse();
    assertThat(plan.path("plan").path("changes").toString()).contains("TXT");
    assertThat(count(sim, zone.id())).as("nothing changes without confirmation").isEqualTo(before);
    args.put("confirm", true);
    var applied = ok(client, "dns_create", args);
    assertThat(applied.path("status").asText()).isEqualTo("succeeded");
    assertThat(count(sim, zone.id())).isEqualTo(before + 1);
    var id = applied.path("result").path("id").asText();
    ok(client, "dns_delete", Map.of("zone", zone.id(), "id", id, "confirm", true));
    assertThat(count(sim, zone.id())).isEqualTo(before);
    var audit =
        rest(
                server.url(),
                KEY,
                "GET",
                "/api/v1/connections/" + connectionId + "/audit?limit=1000",
                null)
            .path("runs");
    var writes = new ArrayList<JsonNode>();
    audit.forEach(
        run -> {
          assertThat(run.path("face").asText()).isEqualTo("mcp");
          if (run.path("action").asText().startsWith("dns.")) {
            writes.add(run);
          }
        });
    assertThat(writes).hasSize(3);
    assertThat(audit.toString()).contains("\"action\":\"read.get_zone\",\"status\":\"read\"");
  }

  @Test
  void failures_areToolErrorsWithCauseAndFix() {
    var unknown = error(client, "search_zones", Map.of("connection", "nope"));
    assertThat(unknown.path("error").asText()).isEqualTo("connection_not_found");
    var badLimit = error(client, "list_members", Map.of("limit", 0));
    assertThat(badLimit.path("error").asText()).isEqualTo("invalid_arguments");
    var badTime = error(client, "alert_history", Map.of("since", "yesterday-ish"));
    assertThat(badTime.path("cause").asText()).contains("since");
  }

  @Test
  void aServiceNotEnabled_saysWhichFaceCanEnableIt() throws Exception {
    var sim = cloudflare.simulator();
    var id =
        rest(
                server.url(),
                KEY,
                "POST",
                "/api/v1/connections",
                "{\"name\":\"members only\",\"account_id\":\""
                    + sim.accountId()
                    + "\",\"token\":\""
                    + sim.secret("account-token")
                    + "\",\"enabled_services\":[\"identity\"]}")
            .path("id")
            .asText();
    try {
      var off = error(client, "search_zones", Map.of("connection", "members only"));
      assertThat(off.path("error").asText()).isEqualTo("service_not_enabled");
      assertThat(off.path("fix").asText())
          .contains("an agent cannot")
          .contains("./flarelink connections edit " + id + " --services identity,inventory")
          .contains("PATCH /api/v1/connections/" + id)
          .contains("Edit page");
    } finally {
      rest(server.url(), KEY, "DELETE", "/api/v1/connections/" + id, null);
    }
  }

  @Test
  void anotherWorkspacesKey_seesNothing_andNoKeyIsRefused() throws Exception {
    var other = rest(server.url(), KEY, "POST", "/api/v1/workspaces", "{\"name\":\"other\"}");
    var stranger = McpClients.http(server.url(), other.path("api_key").asText());
    try {
      assertThat(ok(stranger, "list_connections", Map.of()).path("connections")).isEmpty();
      assertThat(stranger.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .doesNotContain("search_zones", "dns_create");
      var refused = error(stranger, "search_zones", Map.of("connection", "main"));
      assertThat(refused.path("error").asText()).isEqualTo("tool_unavailable");
      var unknown = error(stranger, "list_connections", Map.of("nothing", 1));
      assertThat(unknown.path("cause").asText()).contains("nothing", "takes none");
    } finally {
      stranger.closeGracefully();
    }
    try (var http = HttpClient.newHttpClient()) {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/mcp"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("Authorization: Bearer");
    }
  }

  @Test
  void theBearerScheme_isAcceptedInAnyCase() throws Exception {
    try (var http = HttpClient.newHttpClient()) {
      for (var scheme : List.of("bearer", "BEARER")) {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/mcp"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("Authorization", scheme + " " + KEY)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                                + "\"params\":{\"protocolVersion\":\"2025-03-26\","
                                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\","
                                + "\"version\":\"1\"}}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(scheme + ": " + response.body()).isEqualTo(200);
        assertThat(response.body()).contains("serverInfo");
      }
    }
  }

  private static int count(CloudflareSimulator sim, String zoneId) {
    return sim.state().read(s -> s.records(zoneId).size());
  }

  private static Set<String> names(JsonNode items, String field) {
    var names = new HashSet<String>();
    items.forEach(i -> names.add(i.path(field).asText()));
    return names;
  }
}
