package dev.flarelink.app.cli;

import dev.flarelink.server.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where saved connections live: the same database and data directory as {@code serve}. */
public final class StorageOptions {

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "jdbc:postgresql://host/db (default: FLARELINK_DB_URL, else SQLite in the data directory).")
  String database;

  @Option(names = "--data-dir", description = "The data directory (default: ~/.flarelink).")
  Path dataDir;

  @Option(names = "--workspace", description = "The workspace (default: ${DEFAULT-VALUE}).")
  String workspace = Wiring.DEFAULT_WORKSPACE;

  Wiring open(Map<String, String> environment) {
    return Wiring.open(
        ServeCommand.settings("127.0.0.1", 0, database, dataDir, "off", environment),
        environment,
        Clock.systemUTC());
  }
}
