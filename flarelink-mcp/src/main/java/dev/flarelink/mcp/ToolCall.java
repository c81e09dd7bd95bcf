package dev.flarelink.mcp;

import dev.flarelink.core.action.Caller;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionNotFoundException;
import dev.flarelink.core.connection.InvalidInputException;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.server.Wiring;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One call of a tool: the service's use cases, the caller's workspace and identity, and the
 * arguments, and whom to tell of a connection test the call ran. Connections are resolved here, by
 * name or id, only within the caller's workspace.
 */
public record ToolCall(
    Wiring wiring,
    String workspace,
    Caller caller,
    McpOptions options,
    Args args,
    BiConsumer<String, TestReport> tested) {

  /** Tells the server of a connection test this call ran, so the tools are decided anew. */
  public void tested(String connectionId, TestReport report) {
    tested.accept(connectionId, report);
  }

  /** The connection the {@code connection} argument names, or the only one there is. */
  public Connection connection() {
    var given = args.string("connection");
    var bound = options.boundConnection();
    if (bound != null) {
      var connection = wiring.connections().get(workspace, bound);
      if (given != null && !given.equals(connection.id()) && !given.equals(connection.name())) {
        throw InvalidInputException.of(
            "connection",
            "this server serves only the connection \""
                + connection.name()
                + "\"; leave connection out or pass that name");
      }
      return connection;
    }
    var all = wiring.connections().list(workspace);
    if (given == null) {
      if (all.size() == 1) {
        return all.getFirst();
      }
      throw InvalidInputException.of(
          "connection",
          all.isEmpty()
              ? "there are no saved connections in this workspace; a person must add one"
              : "is required when there are several; one of " + names(all));
    }
    return all.stream()
        .filter(c -> c.id().equals(given) || c.name().equals(given))
        .findFirst()
        .orElseThrow(() -> new ConnectionNotFoundException("named \"" + given + "\""));
  }

  private static String names(List<Connection> connections) {
    return String.join(", ", connections.stream().map(c -> "\"" + c.name() + "\"").toList());
  }
}
