package dev.flarelink.app.cli;

import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where saved connections live: the same database and data directory as {@code serve}. Only {@code
 * serve}, {@code demo} and {@code connections add} create a database; every other command refuses a
 * data directory without one, so a mistyped {@code --data-dir} does not silently start an empty
 * database with a new master key.
 */
public final class StorageOptions {

  /** The embedded database's file in the data directory. */
  static final String DATABASE_FILE = "flarelink.db";

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

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Set by a command that makes a database of its own for this process. */
  boolean mayCreate;

  /** The settings these options give, with the data directory's default. */
  ServerSettings settings(Map<String, String> environment) {
    return ServeCommand.settings("127.0.0.1", 0, database, dataDir, "off", environment);
  }

  /** Opens the storage; refuses (exit 2) when there is no database and this command makes none. */
  Wiring open(Map<String, String> environment) {
    var settings = settings(environment);
    if (mayCreate) {
      return Wiring.open(settings, environment, Clock.systemUTC());
    }
    if (!createsDatabase()) {
      requireDatabase(settings);
      return Wiring.open(settings, environment, Clock.systemUTC());
    }
    var isNew = isMissing(settings);
    var wiring = Wiring.open(settings, environment, Clock.systemUTC());
    if (isNew) {
      // Never silently: a mistyped --data-dir shows here, not as a missing connection later.
      var err = command.commandLine().getErr();
      err.println("flarelink: created a new Flarelink database in " + where(settings));
      err.flush();
    }
    return wiring;
  }

  /** Whether the database these options name exists (a PostgreSQL one is taken to). */
  boolean hasDatabase(Map<String, String> environment) {
    return !isMissing(settings(environment));
  }

  private static boolean isMissing(ServerSettings settings) {
    try {
      requireDatabase(settings);
      return false;
    } catch (IllegalArgumentException missing) {
      return true;
    }
  }

  private static String where(ServerSettings settings) {
    return settings.databaseUrl() == null
        ? settings.dataDir().toString()
        : settings.databaseUrl().replaceFirst("^jdbc:sqlite:", "");
  }

  /** Only {@code connections add} creates the database on first use, as {@code serve} does. */
  private boolean createsDatabase() {
    return command != null && command.userObject() instanceof ConnectionAddCommand;
  }

  /**
   * Throws unless the embedded database the settings name exists. A PostgreSQL database is the
   * administrator's to create; Flarelink only adds its tables, so it is not checked here.
   */
  static void requireDatabase(ServerSettings settings) {
    Path file;
    String option;
    if (settings.databaseUrl() == null) {
      file = settings.dataDir().resolve(DATABASE_FILE);
      option = "--data-dir " + settings.dataDir();
    } else if (settings.databaseUrl().startsWith("jdbc:sqlite:")) {
      var path = settings.databaseUrl().substring("jdbc:sqlite:".length());
      var query = path.indexOf('?');
      file = Path.of(query < 0 ? path : path.substring(0, query));
      option = "--db " + settings.databaseUrl();
    } else {
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no Flarelink database in "
              + (settings.databaseUrl() == null ? settings.dataDir() : file)
              + "; run `./flarelink serve "
              + option
              + "` or `./flarelink connections add "
              + option
              + " ...` to create one, or pass the right --data-dir/--db");
    }
  }
}
