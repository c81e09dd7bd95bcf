package dev.flarelink.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.mcp.tool.Listing;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The official SDK's client against a Flarelink MCP server, and what tests check of answers. */
final class McpClients {

  static final ObjectMapper JSON = new ObjectMapper();

  private McpClients() {}

  /** An initialised client of the service's {@code /mcp}, sending this API key. */
  static McpSyncClient http(String baseUrl, String key) {
    var transport =
        HttpClientStreamableHttpTransport.builder(baseUrl)
            .endpoint("/mcp")
            .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key))
            .build();
    var client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(150)).build();
    client.initialize();
    return client;
  }

  /** Calls a tool and returns its result. */
  static McpSchema.CallToolResult call(
      McpSyncClient client, String tool, Map<String, Object> arguments) {
    var result =
        client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    var text = ((McpSchema.TextContent) result.content().getFirst()).text();
    assertThat(text.length())
        .as("the text of %s stays within the bound", tool)
        .isLessThanOrEqualTo(Listing.MAX_CHARS + 8_000);
    return result;
  }

  /** A successful call's structured result. */
  static JsonNode ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
    var result = call(client, tool, arguments);
    var content = JSON.valueToTree(result.structuredContent());
    assertThat(result.isError()).as("%s: %s", tool, content).isFalse();
    return content;
  }

  /** A failed call's structured error. */
  static JsonNode error(McpSyncClient client, String tool, Map<String, Object> arguments) {
    var result = call(client, tool, arguments);
    var content = JSON.valueToTree(result.structuredContent());
    assertThat(result.isError()).as("%s: %s", tool, content).isTrue();
    assertThat(content.path("cause").asText()).isNotBlank();
    assertThat(content.path("fix").asText()).isNotBlank();
    return content;
  }

  /** A REST call with a key, answering status and JSON. */
  static JsonNode rest(String baseUrl, String key, String method, String path, String body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try (var http = HttpClient.newHttpClient()) {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isLessThan(300);
      return JSON.readTree(response.body());
    }
  }
}
