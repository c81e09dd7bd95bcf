package dev.flarelink.mcp.tools;

import dev.flarelink.core.action.Action;
import dev.flarelink.core.action.ActionRegistry;
import dev.flarelink.core.view.ActionViews;
import dev.flarelink.core.view.ActionViews.ToolOutcome;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.ToolCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action registry's actions as tools, offered only when writes are allowed. A call without
 * {@code confirm: true} returns the plan and changes nothing; only a second call with confirmation
 * applies it. Every call goes to the audit trail with the interface {@code mcp}.
 */
final class ActionTools {

  private ActionTools() {}

  /** The tool name of an action: {@code dns.create} becomes {@code dns_create}. */
  static String toolName(Action action) {
    return action.name().replace('.', '_');
  }

  static List<FlarelinkTool> all(ActionRegistry registry) {
    return registry.all().stream().map(ActionTools::tool).toList();
  }

  private static FlarelinkTool tool(Action action) {
    var schema = new LinkedHashMap<String, Object>(ActionViews.schema(action));
    @SuppressWarnings("unchecked")
    var properties =
        new LinkedHashMap<String, Object>((Map<String, Object>) schema.get("properties"));
    properties.put(
        "connection",
        Map.of(
            "type",
            "string",
            "description",
            "The saved connection's name or id; may be left out when there is only one."));
    properties.put(
        "confirm",
        Map.of(
            "type",
            "boolean",
            "description",
            "Leave out first: the answer is the plan, and nothing changes. Call again with true,"
                + " after the person agreed to the plan, to apply it."));
    schema.put("properties", properties);
    return new FlarelinkTool(
        toolName(action),
        action.description(),
        action.description()
            + ". First call returns the plan (a dry run); a second call with confirm: true"
            + " applies it. Needs the connection's \""
            + action.service().id()
            + "\" service and the token permissions "
            + String.join(", ", action.service().permissions())
            + ".",
        Map.copyOf(schema),
        List.of(action.service()),
        true,
        call -> run(call, action));
  }

  private static Answer run(ToolCall call, Action action) {
    var args = call.args();
    var confirm = Boolean.TRUE.equals(args.bool("confirm"));
    var input = new LinkedHashMap<String, Object>(args.values());
    input.remove("connection");
    input.remove("confirm");
    var outcome =
        call.useCases()
            .actions()
            .run(
                call.workspace(),
                call.connection().id(),
                action.name(),
                input,
                !confirm,
                confirm,
                call.caller());
    var out =
        new ToolOutcome(
            ActionViews.outcome(outcome),
            confirm,
            confirm
                ? null
                : "Nothing changed. Show this plan to the person; to apply it, call "
                    + toolName(action)
                    + " again with the same arguments and confirm: true.");
    var plan = outcome.plan().changes();
    return new Answer(
        (confirm ? "Applied: " : "Plan (nothing changed yet): ") + String.join("; ", plan), out);
  }
}
