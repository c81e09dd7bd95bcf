package dev.flarelink.mcp.tool;

/**
 * How an MCP server is set up.
 *
 * @param writesAllowed whether the action tools are offered (each still needs its service enabled
 *     on the connection, and confirmation)
 * @param boundConnection the id of the one connection a stdio server serves, or {@code null} to
 *     serve the workspace's connections by name
 */
public record McpOptions(boolean writesAllowed, String boundConnection) {

  /** Read-only, over the workspace's connections. */
  public static final McpOptions READ_ONLY = new McpOptions(false, null);
}
