package dev.flarelink.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.ToolErrorView;
import dev.flarelink.mcp.tool.Args;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.ToolCall;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a tool call and shapes its answer: structured JSON plus a text summary followed by the same
 * JSON (for clients that read only text); a failure becomes a tool error the agent can act on.
 */
final class ToolResults {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ToolResults() {}

  static CallToolResult call(FlarelinkTool tool, Visibility visibility, ToolCall call) {
    var hidden = visibility.hiddenBecause(tool, call);
    if (hidden != null) {
      return error(
          new ToolErrorView(
              "tool_unavailable",
              hidden,
              "Use the tools this server lists; a person can change what it offers",
              false,
              null));
    }
    var started = call.useCases().clock().instant();
    try {
      unknownArguments(tool, call.args());
      var answer = tool.handler().call(call);
      audit(tool, call, ActionStatus.READ, answer.summary(), started);
      return CallToolResult.builder()
          .structuredContent(object(answer.content()))
          .addTextContent(answer.summary() + "\n" + json(answer.content()))
          .isError(false)
          .build();
    } catch (RuntimeException e) {
      var error = ToolErrors.of(tool.name(), e);
      audit(tool, call, ActionStatus.FAILED, String.valueOf(error.cause()), started);
      return error(error);
    }
  }

  /**
   * Records a read of a connection in its audit trail with the interface {@code mcp}; actions
   * record themselves, and a call naming no usable connection has no trail to go to.
   */
  private static void audit(
      FlarelinkTool tool, ToolCall call, ActionStatus status, String detail, Instant started) {
    @SuppressWarnings("unchecked")
    var properties = (Map<String, Object>) tool.inputSchema().get("properties");
    if (tool.writes() || !properties.containsKey("connection")) {
      return;
    }
    String connectionId;
    try {
      connectionId = call.connection().id();
    } catch (RuntimeException noConnection) {
      return;
    }
    call.useCases()
        .actions()
        .recordRead(
            call.workspace(),
            connectionId,
            "read." + tool.name(),
            call.caller(),
            call.args().values(),
            status,
            detail.length() > 500 ? detail.substring(0, 500) + "…" : detail,
            started);
  }

  /** An argument the schema does not name is a mistake worth saying, not ignoring. */
  private static void unknownArguments(FlarelinkTool tool, Args args) {
    @SuppressWarnings("unchecked")
    var known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
    for (var name : args.values().keySet()) {
      if (!known.contains(name)) {
        throw InvalidInputException.of(
            name,
            "is not an argument of "
                + tool.name()
                + (known.isEmpty()
                    ? ", which takes none"
                    : "; it takes " + String.join(", ", known)));
      }
    }
  }

  private static CallToolResult error(ToolErrorView error) {
    return CallToolResult.builder()
        .structuredContent(object(error))
        .addTextContent(error.cause() + "\nFix: " + error.fix() + "\n" + json(error))
        .isError(true)
        .build();
  }

  /**
   * A representation (a record of {@code core.view}, or a map) as the JSON object it serializes to,
   * with the property names and order this server's own mapper gives it.
   */
  private static Map<String, Object> object(Object content) {
    return JSON.convertValue(content, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tool answer is not JSON: " + e.getMessage(), e);
    }
  }
}
