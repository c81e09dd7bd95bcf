package dev.flarelink.mcp.tool;

import dev.flarelink.core.connection.Service;
import java.util.Map;

/**
 * One tool an agent can call: its name, what it is for, its input schema, the connection service it
 * needs ({@code null} for none), whether it changes anything, and how it answers.
 *
 * @param writes whether the tool can change the Cloudflare account (offered only with writes
 *     allowed)
 */
public record FlarelinkTool(
    String name,
    String title,
    String description,
    Map<String, Object> inputSchema,
    Service service,
    boolean writes,
    Handler handler) {

  /** Answers a call. Failures are thrown; the server turns them into tool errors. */
  @FunctionalInterface
  public interface Handler {
    Answer call(ToolCall call);
  }

  /**
   * A tool's answer: a one-line summary for people and the structured result for programs (a
   * representation of {@code core.view}, or a map where the shape is open), a JSON object.
   */
  public record Answer(String summary, Object content) {}

  /** A read-only tool. */
  public static FlarelinkTool read(
      String name,
      String title,
      String description,
      Schema schema,
      Service service,
      Handler handler) {
    return new FlarelinkTool(name, title, description, schema.build(), service, false, handler);
  }
}
