package dev.flarelink.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.UseCases;
import dev.flarelink.core.action.Caller;
import dev.flarelink.mcp.tool.Args;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.mcp.tool.ToolCall;
import dev.flarelink.mcp.tools.Toolbox;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.function.Function;

/**
 * Flarelink's MCP tool server, over stdio for one workspace or over streamable HTTP at {@code /mcp}
 * on the service, where each API key sees only its workspace. The tools call the same use cases as
 * the REST API.
 */
public final class FlarelinkMcp {

  private static final String INSTRUCTIONS =
      "Flarelink answers questions about Cloudflare accounts through saved connections. Start with"
          + " list_connections. Members, zones, DNS records and the other resources (rulesets,"
          + " IP access rules, Page Rules, certificates, load balancing: list_resource_types,"
          + " search_resources, get_resource) come from Flarelink's last scan (see last_scans;"
          + " scan_connection refreshes); alerts and analytics are read live."
          + " Lists are bounded: pass next_cursor to continue. Failures say their cause and fix;"
          + " explain turns a Cloudflare error or permission into words. Actions, when offered,"
          + " first return a plan and apply it only when called again with confirm: true.";

  private FlarelinkMcp() {}

  /** Who is calling: their workspace, and the identity the audit trail records. */
  record Scope(String workspace, String identity) {}

  /** Serves MCP on these streams for one workspace until the input closes. */
  public static McpSyncServer stdio(
      UseCases useCases, McpOptions options, String workspace, InputStream in, OutputStream out) {
    var transport = new StdioServerTransportProvider(mapper(), in, out);
    var scope = new Scope(workspace, "stdio");
    return build(McpServer.sync(transport), useCases, options, context -> scope);
  }

  /**
   * MCP over streamable HTTP, to mount at {@code /mcp/*}: the servlet, the API key check that must
   * pass first, and what to close when the service stops.
   */
  public record HttpEndpoint(Servlet servlet, Filter apiKeyCheck, Runnable close) {}

  /** The MCP endpoint over streamable HTTP, on these use cases. */
  public static HttpEndpoint http(UseCases useCases, McpOptions options) {
    var transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(mapper())
            .mcpEndpoint("/mcp")
            .contextExtractor(
                request -> {
                  var values = new HashMap<String, Object>();
                  values.put(ApiKeyFilter.WORKSPACE, request.getAttribute(ApiKeyFilter.WORKSPACE));
                  values.put(ApiKeyFilter.KEY_ID, request.getAttribute(ApiKeyFilter.KEY_ID));
                  return McpTransportContext.create(values);
                })
            .build();
    var server =
        build(
            McpServer.sync(transport),
            useCases,
            options,
            context ->
                new Scope(
                    (String) context.get(ApiKeyFilter.WORKSPACE),
                    "key " + context.get(ApiKeyFilter.KEY_ID)));
    return new HttpEndpoint(
        transport, new ApiKeyFilter(useCases.access()), server::closeGracefully);
  }

  private static McpSyncServer build(
      McpServer.SyncSpecification<?> spec,
      UseCases useCases,
      McpOptions options,
      Function<McpTransportContext, Scope> scopes) {
    var tools = Toolbox.all(useCases.actions().registry());
    var visibility = new Visibility(useCases, options);
    var byName = new HashMap<String, FlarelinkTool>();
    tools.forEach(t -> byName.put(t.name(), t));
    spec.serverInfo("flarelink", version())
        .instructions(INSTRUCTIONS)
        // Arguments are checked by the tools, so a wrong one is a tool error with its cause and
        // fix in the same shape as every other failure.
        .validateToolInputs(false)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
        .addToolFilter(
            (context, tool) ->
                visibility.visible(byName.get(tool.name()), scopes.apply(context).workspace()));
    for (var tool : tools) {
      spec.tools(
          SyncToolSpecification.builder()
              .tool(
                  McpSchema.Tool.builder(tool.name(), tool.inputSchema())
                      .title(tool.title())
                      .description(tool.description())
                      .annotations(
                          new McpSchema.ToolAnnotations(
                              tool.title(), !tool.writes(), tool.writes(), false, true, null))
                      .build())
              .callHandler(
                  (exchange, request) -> {
                    var scope = scopes.apply(exchange.transportContext());
                    return ToolResults.call(
                        tool,
                        visibility,
                        new ToolCall(
                            useCases,
                            scope.workspace(),
                            new Caller("mcp", scope.identity()),
                            options,
                            new Args(request.arguments()),
                            (connectionId, report) ->
                                visibility.tested(scope.workspace(), connectionId, report)));
                  })
              .build());
    }
    var server = spec.build();
    visibility.onChange(server::notifyToolsListChanged);
    return server;
  }

  static JacksonMcpJsonMapper mapper() {
    return new JacksonMcpJsonMapper(new ObjectMapper());
  }

  private static String version() {
    var version = FlarelinkMcp.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
