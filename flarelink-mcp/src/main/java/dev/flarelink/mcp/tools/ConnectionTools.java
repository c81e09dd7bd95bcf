package dev.flarelink.mcp.tools;

import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.view.ConnectionList;
import dev.flarelink.core.view.ConnectionOverview;
import dev.flarelink.core.view.ConnectionView;
import dev.flarelink.core.view.ScanViews;
import dev.flarelink.core.view.TestReportView;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.Schema;
import dev.flarelink.mcp.tool.ToolCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/** The connections an agent may use, their health, and fresh scans. */
final class ConnectionTools {

  private ConnectionTools() {}

  static List<FlarelinkTool> all() {
    var kinds = Arrays.stream(ScanKind.values()).map(ScanKind::id).toList();
    return List.of(
        FlarelinkTool.read(
            "list_connections",
            "List connections",
            "The saved Cloudflare connections this caller may use: name, account, credential kind,"
                + " the services enabled, each scan kind's last result, and a status (working,"
                + " partial, not_scanned, untested or failing) with its reasons. Start here.",
            Schema.object(),
            null,
            ConnectionTools::list),
        FlarelinkTool.read(
            "test_connection",
            "Test a connection",
            "Checks the connection's credential against Cloudflare now, service by service: what"
                + " works, what does not and why, with the permission to add.",
            Schema.object().connection(),
            null,
            call -> {
              var connection = call.connection();
              var report = call.useCases().connections().test(call.workspace(), connection.id());
              call.tested(connection.id(), report);
              var failing =
                  report.checks().stream()
                      .filter(c -> !c.status().id().equals("pass"))
                      .map(c -> c.id() + " " + c.status().id())
                      .toList();
              return new Answer(
                  "Connection test: "
                      + (failing.isEmpty() ? "every check passed" : String.join(", ", failing)),
                  TestReportView.of(report));
            }),
        FlarelinkTool.read(
            "scan_connection",
            "Scan now",
            "Refreshes what Flarelink knows (members, or zones and DNS records) and waits up to"
                + " wait_seconds for it. Scans respect Cloudflare's rate limit, so a large account"
                + " takes minutes; call again to see the progress of a scan still running.",
            Schema.object()
                .connection()
                .choice("kind", "What to scan.", kinds)
                .integer("wait_seconds", "How long to wait (default 30).", 0, 120)
                .require("kind"),
            null,
            ConnectionTools::scan));
  }

  private static Answer list(ToolCall call) {
    var connections = new ArrayList<ConnectionOverview>();
    var bound = call.options().boundConnection();
    for (var connection : call.useCases().connections().list(call.workspace())) {
      if (bound != null && !bound.equals(connection.id())) {
        continue;
      }
      var scans = new LinkedHashMap<String, Object>();
      for (var kind : ScanKind.values()) {
        if (connection.services().contains(kind.service())) {
          call.useCases().scans().scans(call.workspace(), connection.id(), 20).stream()
              .filter(s -> s.kind() == kind)
              .findFirst()
              .ifPresentOrElse(
                  s -> scans.put(kind.id(), ScanViews.brief(s)),
                  () -> scans.put(kind.id(), "never scanned"));
        }
      }
      connections.add(
          new ConnectionOverview(
              ConnectionView.of(connection, call.useCases().scans().status(connection)), scans));
    }
    var states =
        connections.stream()
            .map(c -> c.connection().name() + " " + c.connection().status().state())
            .toList();
    return new Answer(
        connections.size()
            + " connections"
            + (states.isEmpty() ? "" : ": " + String.join(", ", states)),
        new ConnectionList<>(List.copyOf(connections)));
  }

  private static Answer scan(ToolCall call) {
    var args = call.args();
    var kind = ScanKind.named("kind", args.required("kind"));
    var scans = call.useCases().scans();
    var requested = scans.request(call.workspace(), call.connection().id(), kind, ScanCause.MCP);
    var deadline =
        call.useCases()
            .clock()
            .instant()
            .plus(Duration.ofSeconds(args.integer("wait_seconds", 30, 0, 120)));
    var last =
        scans.watch(requested.id(), state -> call.useCases().clock().instant().isBefore(deadline));
    var view = ScanViews.scan(last);
    var notes = ScanViews.notes(last);
    return new Answer(
        kind.id()
            + " scan "
            + last.describe()
            + (last.finished() ? "" : " (still running)")
            + (notes.isEmpty() ? "" : ". " + String.join(" ", notes)),
        view);
  }
}
