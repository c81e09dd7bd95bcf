package dev.flarelink.mcp.tools;

import dev.flarelink.cloudflare.internal.ErrorMapper;
import dev.flarelink.cloudflare.model.ApiMessage;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.ExplainViews.ErrorExplanation;
import dev.flarelink.core.view.ExplainViews.ToolNeeds;
import dev.flarelink.core.view.ExplainViews.ToolNeedsList;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.Schema;
import dev.flarelink.mcp.tool.ToolCall;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a Cloudflare error (code, HTTP status, message) or a missing permission into its cause and
 * fix, through the client's own error mapping, and says which permissions each tool needs.
 */
final class ExplainTool {

  /** The services whose answers the scans keep (the others are read from Cloudflare live). */
  private static final Set<Service> SCANNED =
      EnumSet.of(
          Service.IDENTITY,
          Service.INVENTORY,
          Service.SECURITY_RULES,
          Service.CERTIFICATES,
          Service.LOAD_BALANCING);

  private ExplainTool() {}

  static FlarelinkTool of(List<FlarelinkTool> tools) {
    return FlarelinkTool.read(
        "explain",
        "Explain an error or a permission",
        "Explains a Cloudflare error (give code and/or status, and the message and endpoint if"
            + " known) as cause and fix; or which permissions a tool needs (tool); or which tools a"
            + " permission unlocks (permission). With nothing, lists every tool's permissions.",
        Schema.object()
            .integer("code", "A Cloudflare error code, such as 10000 or 9109.", 0, 99_999_999)
            .integer("status", "An HTTP status, such as 403 or 429.", 100, 599)
            .string("message", "The error message Cloudflare gave.")
            .string("method", "The request's method (GET, POST, ...).")
            .string("path", "The request's path, such as /zones/{zone_id}/dns_records.")
            .string("tool", "A tool name, to see what it needs.")
            .string("permission", "A permission group, such as \"DNS Write\" or \"DNS → Edit\"."),
        null,
        call -> explain(call, tools));
  }

  private static Answer explain(ToolCall call, List<FlarelinkTool> tools) {
    var args = call.args();
    var code = args.values().containsKey("code") ? args.integer("code", 0, 0, 99_999_999) : null;
    var status = args.values().containsKey("status") ? args.integer("status", 0, 100, 599) : null;
    if (code != null || status != null) {
      var message = args.string("message");
      var error =
          ErrorMapper.map(
              orElse(args.string("method"), "GET").toUpperCase(Locale.ROOT),
              orElse(args.string("path"), "/"),
              status != null ? status : 400,
              null,
              code == null ? List.of() : List.of(ApiMessage.of(code, orElse(message, ""))),
              null,
              false);
      return new Answer(
          error.explanation(),
          new ErrorExplanation(
              kind(error.getClass().getSimpleName()), error.explanation(), error.isRetryable()));
    }
    var tool = args.string("tool");
    if (tool != null) {
      var found =
          tools.stream()
              .filter(t -> t.name().equals(tool))
              .findFirst()
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "tool",
                          "no tool "
                              + tool
                              + "; the tools are "
                              + String.join(
                                  ", ", tools.stream().map(FlarelinkTool::name).toList())));
      var view = needs(found);
      return new Answer(found.name() + " needs " + view.permissions(), view);
    }
    var permission = args.string("permission");
    if (permission != null) {
      var wanted = normalize(permission);
      var unlocks = new ArrayList<ToolNeeds>();
      for (var t : tools) {
        if (t.permissions().stream().anyMatch(p -> normalize(p).contains(wanted))) {
          unlocks.add(needs(t));
        }
      }
      return new Answer(
          unlocks.size() + " tools need a permission matching \"" + permission + "\"",
          new ToolNeedsList(unlocks));
    }
    return new Answer(
        "What each tool needs", new ToolNeedsList(tools.stream().map(ExplainTool::needs).toList()));
  }

  private static ToolNeeds needs(FlarelinkTool tool) {
    var services = tool.services();
    return new ToolNeeds(
        tool.name(),
        services.isEmpty() ? null : String.join(", ", services.stream().map(Service::id).toList()),
        tool.permissions(),
        tool.writes(),
        services.isEmpty()
            ? "Needs only a saved connection."
            : "The connection must enable "
                + (services.size() == 1
                    ? "the service \"" + services.getFirst().id() + "\""
                    : "the service of each resource type asked for ("
                        + String.join(
                            ", ", services.stream().map(s -> "\"" + s.id() + "\"").toList())
                        + "; list_resource_types says which)")
                + " and its token hold "
                + (services.size() == 1 ? "these permissions" : "that service's permissions")
                + (services.stream().allMatch(SCANNED::contains)
                    ? "; answers come from the last scan"
                    : ""));
  }

  /** "DNS → Edit", "dns edit" and "Zone → DNS → Edit" compare alike. */
  private static String normalize(String permission) {
    return permission
        .toLowerCase(Locale.ROOT)
        .replace("write", "edit")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  private static String kind(String className) {
    return className
        .replace("Exception", "")
        .replaceAll("([a-z])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
