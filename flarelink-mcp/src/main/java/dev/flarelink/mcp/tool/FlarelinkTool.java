package dev.flarelink.mcp.tool;

import dev.flarelink.core.connection.Service;
import java.util.List;
import java.util.Map;

/**
 * One tool an agent can call: its name, what it is for, its input schema, the connection services
 * it serves, whether it changes anything, and how it answers.
 *
 * @param services the connection services it serves: a connection that enables one of them may use
 *     it (most tools serve one; the resource catalogue's tools serve each service of its types);
 *     empty when it needs none
 * @param writes whether the tool can change the Cloudflare account (offered only with writes
 *     allowed)
 */
public record FlarelinkTool(
    String name,
    String title,
    String description,
    Map<String, Object> inputSchema,
    List<Service> services,
    boolean writes,
    Handler handler) {

  public FlarelinkTool {
    services = List.copyOf(services);
  }

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

  /** A read-only tool of one service, or of none when {@code service} is {@code null}. */
  public static FlarelinkTool read(
      String name,
      String title,
      String description,
      Schema schema,
      Service service,
      Handler handler) {
    return readAny(
        name, title, description, schema, service == null ? List.of() : List.of(service), handler);
  }

  /** A read-only tool that a connection enabling any of {@code services} may use. */
  public static FlarelinkTool readAny(
      String name,
      String title,
      String description,
      Schema schema,
      List<Service> services,
      Handler handler) {
    return new FlarelinkTool(name, title, description, schema.build(), services, false, handler);
  }

  /** The permission groups its services need, as the dashboard names them, once each. */
  public List<String> permissions() {
    return services.stream().flatMap(s -> s.permissions().stream()).distinct().toList();
  }
}
