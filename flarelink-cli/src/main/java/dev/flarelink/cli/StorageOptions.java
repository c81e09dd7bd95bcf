package dev.flarelink.cli;

import dev.flarelink.core.UseCases;
import dev.flarelink.core.access.AccessService;
import java.nio.file.Path;
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

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "jdbc:postgresql://host/db (default: FLARELINK_DB_URL, else SQLite in the data directory).")
  String database;

  @Option(names = "--data-dir", description = "The data directory (default: ~/.flarelink).")
  Path dataDir;

  @Option(names = "--workspace", description = "The workspace (default: ${DEFAULT-VALUE}).")
  String workspace = AccessService.DEFAULT_WORKSPACE;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Set by a command that makes a database of its own for this process. */
  boolean mayCreate;

  /** The workspace the command works in. */
  public String workspace() {
    return workspace;
  }

  /** Lets this command create the database (for a process that makes its own). */
  public void allowCreating() {
    this.mayCreate = true;
  }

  /** Whether neither --db nor --data-dir was given. */
  public boolean usesDefaults() {
    return database == null && dataDir == null;
  }

  /** Whether --db was given. */
  public boolean namesDatabase() {
    return database != null;
  }

  /** Uses this data directory, whatever --data-dir said. */
  public void useDataDir(Path directory) {
    this.dataDir = directory;
  }

  /** The location these options name, with the defaults. */
  public StorageLocation location(Map<String, String> environment) {
    return StorageLocation.of(database, dataDir, environment);
  }

  /** Opens the storage; refuses (exit 2) when there is no database and this command makes none. */
  public UseCases open(Map<String, String> environment) {
    var location = location(environment);
    var storage = FlarelinkCommand.storageOf(command);
    if (mayCreate) {
      return storage.open(location, environment);
    }
    if (!createsDatabase()) {
      location.requireDatabase();
      return storage.open(location, environment);
    }
    var isNew = !location.exists();
    var useCases = storage.open(location, environment);
    if (isNew) {
      // Never silently: a mistyped --data-dir shows here, not as a missing connection later.
      var err = command.commandLine().getErr();
      err.println("flarelink: created a new Flarelink database in " + location.describe());
      err.flush();
    }
    return useCases;
  }

  /** Whether the database these options name exists (a PostgreSQL one is taken to). */
  public boolean hasDatabase(Map<String, String> environment) {
    return location(environment).exists();
  }

  /** Only {@code connections add} creates the database on first use, as {@code serve} does. */
  private boolean createsDatabase() {
    return command != null && command.userObject() instanceof ConnectionAddCommand;
  }
}
