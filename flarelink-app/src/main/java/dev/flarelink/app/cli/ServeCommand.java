package dev.flarelink.app.cli;

import dev.flarelink.app.service.FlarelinkServer;
import dev.flarelink.app.service.Storages;
import dev.flarelink.cli.EnvironmentCommand;
import dev.flarelink.cli.StorageLocation;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.wiring.ServerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flarelink serve}: runs the HTTP service until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Flarelink service: the REST API, the web UI and MCP over HTTP.",
      "The REST API is under /api/v1 (described at /api/openapi.yaml), the web UI at /ui and MCP at /mcp. It creates the database and the master key on first start. Settings from the environment: FLARELINK_DB_URL, FLARELINK_MASTER_KEY, FLARELINK_ADMIN_KEY, FLARELINK_SCAN_INTERVAL, CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4)."
    })
public final class ServeCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "jdbc:postgresql://host/db for PostgreSQL (default: FLARELINK_DB_URL, else SQLite in the data directory).")
  String database;

  @Option(
      names = "--data-dir",
      description =
          "Where the embedded database and the master key file live (default: ~/.flarelink).")
  Path dataDir;

  @Option(
      names = "--scan-interval",
      paramLabel = "INTERVAL",
      description =
          "How often each connection's members are scanned: 30m, 6h, 1d, or off (default:"
              + " FLARELINK_SCAN_INTERVAL, else 6h).")
  String scanInterval;

  @Option(
      names = "--mcp-allow-writes",
      description =
          "Offer the action tools (DNS changes, cache purge, ...) on /mcp; each still needs its"
              + " service enabled on the connection and the agent's confirmation.")
  boolean mcpAllowWrites;

  @Override
  public Integer call() throws Exception {
    var settings = settings(host, port, database, dataDir, scanInterval, environment);
    var server =
        FlarelinkServer.start(
            settings, environment, Clock.systemUTC(), new McpOptions(mcpAllowWrites, null));
    var out = spec.commandLine().getOut();
    out.println(server.url());
    server
        .generatedAdminKey()
        .ifPresent(key -> out.println("Admin API key (shown once, stored only as a hash): " + key));
    out.flush();
    untilStopped(server::close);
    return 0;
  }

  static ServerSettings settings(
      String host,
      int port,
      String database,
      Path dataDir,
      String scanInterval,
      Map<String, String> environment) {
    var interval =
        ServerSettings.scanInterval(
            scanInterval != null ? scanInterval : environment.get("FLARELINK_SCAN_INTERVAL"));
    return Storages.settings(
        StorageLocation.of(database, dataDir, environment), host, port, interval);
  }
}
