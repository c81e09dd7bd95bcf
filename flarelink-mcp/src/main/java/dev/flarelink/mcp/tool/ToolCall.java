package dev.flarelink.mcp.tool;

import dev.flarelink.core.UseCases;
import dev.flarelink.core.action.Caller;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.error.ConnectionNotFoundException;
import dev.flarelink.core.error.InvalidInputException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One call of a tool: the service's use cases, the caller's workspace and identity, and the
 * arguments, and whom to tell of a connection test the call ran. Connections are resolved here, by
 * name or id, only within the caller's workspace, and looked up once per call: the check whether
 * the tool is offered, the tool itself and the audit of the read share what was found.
 */
public final class ToolCall {

  private final UseCases useCases;
  private final String workspace;
  private final Caller caller;
  private final McpOptions options;
  private final Args args;
  private final BiConsumer<String, TestReport> tested;
  private List<Connection> usable;

  /** A call in {@code workspace}, telling {@code tested} of a connection test it runs. */
  public ToolCall(
      UseCases useCases,
      String workspace,
      Caller caller,
      McpOptions options,
      Args args,
      BiConsumer<String, TestReport> tested) {
    this.useCases = useCases;
    this.workspace = workspace;
    this.caller = caller;
    this.options = options;
    this.args = args;
    this.tested = tested;
  }

  /** The service's use cases. */
  public UseCases useCases() {
    return useCases;
  }

  /** The caller's workspace. */
  public String workspace() {
    return workspace;
  }

  /** Who calls, for the audit trail. */
  public Caller caller() {
    return caller;
  }

  /** How the server was started. */
  public McpOptions options() {
    return options;
  }

  /** The call's arguments. */
  public Args args() {
    return args;
  }

  /** Tells the server of a connection test this call ran, so the tools are decided anew. */
  public void tested(String connectionId, TestReport report) {
    tested.accept(connectionId, report);
  }

  /**
   * The connections this call may use: the one the server is bound to, or every connection of the
   * workspace; read from the store at the first need and kept for the rest of the call.
   */
  public synchronized List<Connection> usableConnections() {
    if (usable == null) {
      var bound = options.boundConnection();
      usable =
          bound == null
              ? useCases.connections().list(workspace)
              : List.of(useCases.connections().get(workspace, bound));
    }
    return usable;
  }

  /** The connection the {@code connection} argument names, or the only one there is. */
  public Connection connection() {
    var given = args.string("connection");
    var all = usableConnections();
    if (options.boundConnection() != null) {
      var connection = all.getFirst();
      if (given != null && !given.equals(connection.id()) && !given.equals(connection.name())) {
        throw InvalidInputException.of(
            "connection",
            "this server serves only the connection \""
                + connection.name()
                + "\"; leave connection out or pass that name");
      }
      return connection;
    }
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
