package dev.flarelink.mcp;

import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.server.Wiring;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tools a caller is shown and may call: write tools only when the server allows writes, and a
 * tool only when a connection the caller can use enables its service. A server bound to one
 * connection also hides the tools its credential cannot serve, by the connection test (run once,
 * when the tools are first listed).
 */
final class Visibility {

  private final Wiring wiring;
  private final McpOptions options;
  private final ConcurrentHashMap<String, TestReport> reports = new ConcurrentHashMap<>();

  Visibility(Wiring wiring, McpOptions options) {
    this.wiring = wiring;
    this.options = options;
  }

  boolean visible(FlarelinkTool tool, String workspace) {
    return hiddenBecause(tool, workspace) == null;
  }

  /** Why the caller may not use the tool, with the fix; {@code null} when it may. */
  String hiddenBecause(FlarelinkTool tool, String workspace) {
    if (tool == null || workspace == null) {
      return "This tool is not offered here";
    }
    if (tool.writes() && !options.writesAllowed()) {
      return "This MCP server is read-only; a person must start it with writes allowed"
          + " (--allow-writes) to offer actions";
    }
    if (tool.service() == null) {
      return null;
    }
    var usable = connections(workspace);
    if (usable.stream().noneMatch(c -> c.services().contains(tool.service()))) {
      return "No connection here enables the service \""
          + tool.service().id()
          + "\"; a person must enable it on the connection (./flarelink connections edit ID"
          + " --services ..., PATCH /api/v1/connections/{id} with enabled_services, or the web"
          + " UI's Edit page), with the permissions "
          + String.join(", ", tool.service().permissions());
    }
    if (options.boundConnection() != null) {
      var verdict =
          reports
              .computeIfAbsent(
                  workspace, ws -> wiring.connections().test(ws, options.boundConnection()))
              .services()
              .get(tool.service());
      if (verdict != null && !verdict.available()) {
        return verdict.reason();
      }
    }
    return null;
  }

  private List<Connection> connections(String workspace) {
    var bound = options.boundConnection();
    return bound == null
        ? wiring.connections().list(workspace)
        : List.of(wiring.connections().get(workspace, bound));
  }
}
