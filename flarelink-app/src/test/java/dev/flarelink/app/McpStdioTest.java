package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flarelink mcp} as an agent runs it: a child process on standard input and output, driven
 * by the official SDK client, over a saved connection or the environment's credential.
 */
class McpStdioTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<String> command(String... args) {
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // As the test JVM does (see the parent pom): C1 only starts a short-lived JVM faster.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("mcp");
    command.addAll(List.of(args));
    return command;
  }

  private static McpSyncClient client(List<String> command, Map<String, String> env) {
    var parameters =
        ServerParameters.builder(command.getFirst())
            .args(command.subList(1, command.size()))
            .env(env)
            .build();
    var transport =
        new StdioClientTransport(parameters, new JacksonMcpJsonMapper(new ObjectMapper()));
    var client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
    return client;
  }

  private static JsonNode ok(McpSyncClient client, String tool, Map<String, Object> args) {
    var result = client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(args).build());
    var content = JSON.valueToTree(result.structuredContent());
    assertThat(result.isError()).as(content.toString()).isFalse();
    return content;
  }

  private static int zones(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                (int)
                    s.zones().stream().filter(z -> z.accountId().equals(sim.accountId())).count());
  }

  @Test
  void overASavedConnection_offersWhatItEnables_andAnswersFromTheScan(CloudflareSimulator sim)
      throws Exception {
    var data = dir.resolve("data");
    try (var wiring =
        Wiring.open(
            new ServerSettings("127.0.0.1", 0, null, data, sim.baseUrl(), null),
            Map.of(),
            Clock.systemUTC())) {
      var connection =
          wiring
              .connections()
              .create(
                  Wiring.DEFAULT_WORKSPACE,
                  new ConnectionInput(
                      "main",
                      sim.accountId(),
                      null,
                      null,
                      sim.secret("account-token"),
                      null,
                      null,
                      List.of("inventory")));
      var scans = wiring.scans();
      var scan =
          scans.await(
              scans
                  .request(
                      Wiring.DEFAULT_WORKSPACE,
                      connection.id(),
                      ScanKind.INVENTORY,
                      ScanCause.MANUAL)
                  .id(),
              s -> {});
      assertThat(scan.state()).isEqualTo("succeeded");
    }
    var command = command("--connection", "main", "--data-dir", data.toString());
    var client = client(command, Map.of("CLOUDFLARE_BASE_URL", sim.baseUrl()));
    try {
      var tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
      assertThat(tools)
          .contains("list_connections", "search_zones", "search_dns_records", "explain")
          .doesNotContain("list_members", "alert_history", "dns_create");
      assertThat(ok(client, "search_zones", Map.of()).path("total").asInt()).isEqualTo(zones(sim));
      assertThat(ok(client, "list_connections", Map.of()).path("connections")).hasSize(1);
    } finally {
      client.closeGracefully();
    }

    // An agent that closes standard input ends the server, with nothing on standard output but
    // protocol messages.
    var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    process.environment().put("CLOUDFLARE_BASE_URL", sim.baseUrl());
    var started = process.start();
    started
        .getOutputStream()
        .write(
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n")
                .getBytes(StandardCharsets.UTF_8));
    started.getOutputStream().flush();
    var reply =
        new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    assertThat(JSON.readTree(reply).path("result").path("serverInfo").path("name").asText())
        .as("the first line on standard output is the protocol's answer: %s", reply)
        .isEqualTo("flarelink");
    started.getOutputStream().close();
    assertThat(started.waitFor(20, TimeUnit.SECONDS)).as("exits when input closes").isTrue();
    assertThat(started.exitValue()).isZero();
  }

  @Test
  void fromTheEnvironment_withNoSavedConnection_readsLive(CloudflareSimulator sim) {
    var client =
        client(
            command(),
            Map.of(
                "CLOUDFLARE_BASE_URL", sim.baseUrl(),
                "CLOUDFLARE_API_TOKEN", sim.secret("account-token"),
                "CLOUDFLARE_ACCOUNT_ID", sim.accountId()));
    try {
      var connections = ok(client, "list_connections", Map.of()).path("connections");
      assertThat(connections.get(0).path("name").asText()).isEqualTo("environment");
      assertThat(connections.toString()).doesNotContain(sim.secret("account-token"));
      var zones = ok(client, "search_zones", Map.of("fresh", true));
      assertThat(zones.path("total").asInt()).isEqualTo(zones(sim));
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void aCredentialThatCannotReadMembers_isNotOfferedTheMemberTools(CloudflareSimulator sim) {
    var client =
        client(
            command(),
            Map.of(
                "CLOUDFLARE_BASE_URL", sim.baseUrl(),
                "CLOUDFLARE_API_TOKEN", sim.secret("no-account-settings"),
                "CLOUDFLARE_ACCOUNT_ID", sim.accountId()));
    try {
      var tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
      assertThat(tools)
          .contains("alert_history", "explain")
          .doesNotContain("list_members", "access_review");
      var result =
          client.callTool(
              McpSchema.CallToolRequest.builder("list_members").arguments(Map.of()).build());
      var error = JSON.valueToTree(result.structuredContent());
      assertThat(result.isError()).isTrue();
      assertThat(error.path("error").asText()).isEqualTo("tool_unavailable");
      assertThat(error.path("cause").asText()).contains("Account Settings");
    } finally {
      client.closeGracefully();
    }
  }
}
