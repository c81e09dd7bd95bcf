package dev.flarelink.mcp;

import dev.flarelink.core.UseCases;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.mcp.tool.ToolCall;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which tools a caller is shown and may call: write tools only when the server allows writes, and a
 * tool only when a connection the caller can use enables its service. A server bound to one
 * connection also hides the tools its credential cannot serve, by the connection test (run once,
 * when the tools are first listed).
 */
final class Visibility {

  /** How long a test that failed for a passing cause (a rate limit, an outage) is believed. */
  private static final Duration PASSING_CAUSE = Duration.ofSeconds(30);

  private record Tested(TestReport report, Instant at) {}

  private final UseCases useCases;
  private final McpOptions options;
  private final ConcurrentHashMap<String, Tested> reports = new ConcurrentHashMap<>();
  private volatile Runnable onChange = () -> {};

  Visibility(UseCases useCases, McpOptions options) {
    this.useCases = useCases;
    this.options = options;
  }

  /** Tells {@code listener} when the tools a caller may see change (a test decided anew). */
  void onChange(Runnable listener) {
    this.onChange = listener;
  }

  /**
   * Takes in a test of {@code connectionId} that a tool ran: on a server bound to that connection,
   * the tools are decided by it from now on, and callers are told when that changes what they see.
   */
  void tested(String workspace, String connectionId, TestReport report) {
    if (!connectionId.equals(options.boundConnection())) {
      return;
    }
    var before = hidden(workspace);
    reports.put(workspace, new Tested(report, useCases.clock().instant()));
    if (!hidden(workspace).equals(before)) {
      onChange.run();
    }
  }

  private Set<Service> hidden(String workspace) {
    var cached = reports.get(workspace);
    var hidden = new HashSet<Service>();
    if (cached != null) {
      cached
          .report()
          .services()
          .forEach(
              (service, verdict) -> {
                if (hides(verdict)) {
                  hidden.add(service);
                }
              });
    }
    return hidden;
  }

  /** Whether a verdict hides its service's tools: only one a check of the service made. */
  private static boolean hides(TestReport.Availability verdict) {
    return verdict != null && verdict.checked() && !verdict.available();
  }

  /**
   * The bound connection's test: run when first needed, and again once a test that failed for a
   * passing cause is older than {@link #PASSING_CAUSE}.
   */
  private TestReport report(String workspace) {
    var now = useCases.clock().instant();
    return reports
        .compute(
            workspace,
            (ws, cached) ->
                cached != null
                        && !(cached.report().failedForAWhile()
                            && cached.at().plus(PASSING_CAUSE).isBefore(now))
                    ? cached
                    : new Tested(useCases.connections().test(ws, options.boundConnection()), now))
        .report();
  }

  boolean visible(FlarelinkTool tool, String workspace) {
    return hiddenBecause(tool, workspace) == null;
  }

  /** Why the caller may not use the tool, with the fix; {@code null} when it may. */
  String hiddenBecause(FlarelinkTool tool, String workspace) {
    return hiddenBecause(tool, workspace, () -> connections(workspace));
  }

  /**
   * Why the caller may not make this call, as {@link #hiddenBecause(FlarelinkTool, String)}, with
   * the connections the call looked up (and goes on to use).
   */
  String hiddenBecause(FlarelinkTool tool, ToolCall call) {
    return hiddenBecause(tool, call.workspace(), call::usableConnections);
  }

  private String hiddenBecause(
      FlarelinkTool tool, String workspace, Supplier<List<Connection>> connections) {
    if (tool == null || workspace == null) {
      return "This tool is not offered here";
    }
    if (tool.writes() && !options.writesAllowed()) {
      return "This MCP server is read-only; a person must start it with writes allowed"
          + " (--allow-writes) to offer actions";
    }
    if (tool.services().isEmpty()) {
      return null;
    }
    var usable = connections.get();
    if (usable.stream().noneMatch(c -> tool.services().stream().anyMatch(c.services()::contains))) {
      return "No connection here enables "
          + (tool.services().size() == 1 ? "the service " : "any of the services ")
          + String.join(", ", tool.services().stream().map(s -> "\"" + s.id() + "\"").toList())
          + "; a person must enable it on the connection (./flarelink connections edit ID"
          + " --services ..., PATCH /api/v1/connections/{id} with enabled_services, or the web"
          + " UI's Edit page), with the permissions "
          + String.join(", ", tool.permissions());
    }
    if (options.boundConnection() != null) {
      // Only a check of the service itself hides its tools: one the test never reached (an
      // earlier check failed, perhaps for a moment) leaves them to answer with the real cause. A
      // tool of several services is hidden only when the test hides every one the connection
      // enables.
      var services = report(workspace).services();
      var enabled = usable.getFirst().services();
      var verdicts = tool.services().stream().filter(enabled::contains).map(services::get).toList();
      if (verdicts.stream().allMatch(Visibility::hides)) {
        return String.join(
            "; ", verdicts.stream().map(TestReport.Availability::reason).distinct().toList());
      }
    }
    return null;
  }

  private List<Connection> connections(String workspace) {
    var bound = options.boundConnection();
    return bound == null
        ? useCases.connections().list(workspace)
        : List.of(useCases.connections().get(workspace, bound));
  }
}
