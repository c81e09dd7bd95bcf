package dev.flarelink.cli;

import dev.flarelink.cloudflare.CloudflareClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where saved connections live and which Cloudflare they talk to.
 *
 * @param databaseUrl a JDBC URL, or {@code null} for SQLite in the data directory
 * @param dataDir where the embedded database and the master key file live
 * @param cloudflareBaseUrl Cloudflare's API
 */
public record StorageLocation(String databaseUrl, Path dataDir, String cloudflareBaseUrl) {

  /** The embedded database's file in the data directory. */
  public static final String DATABASE_FILE = "flarelink.db";

  /**
   * The location these options name, with the defaults: FLARELINK_DB_URL, else SQLite in {@code
   * ~/.flarelink}; CLOUDFLARE_BASE_URL, else Cloudflare's API.
   */
  public static StorageLocation of(String database, Path dataDir, Map<String, String> environment) {
    var url = database != null ? database : environment.get("FLARELINK_DB_URL");
    var dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".flarelink");
    var cloudflare =
        environment.getOrDefault("CLOUDFLARE_BASE_URL", CloudflareClient.DEFAULT_BASE_URL);
    return new StorageLocation(url == null || url.isBlank() ? null : url, dir, cloudflare);
  }

  /** Whether the database exists (a PostgreSQL one is taken to: it is the administrator's). */
  public boolean exists() {
    try {
      requireDatabase();
      return true;
    } catch (IllegalArgumentException missing) {
      return false;
    }
  }

  /** Where the database is, as a person would name it. */
  public String describe() {
    return databaseUrl == null ? dataDir.toString() : databaseUrl.replaceFirst("^jdbc:sqlite:", "");
  }

  /**
   * Throws unless the embedded database exists. A PostgreSQL database is the administrator's to
   * create; Flarelink only adds its tables, so it is not checked here.
   */
  public void requireDatabase() {
    Path file;
    String option;
    if (databaseUrl == null) {
      file = dataDir.resolve(DATABASE_FILE);
      option = "--data-dir " + dataDir;
    } else if (databaseUrl.startsWith("jdbc:sqlite:")) {
      var path = databaseUrl.substring("jdbc:sqlite:".length());
      var query = path.indexOf('?');
      file = Path.of(query < 0 ? path : path.substring(0, query));
      option = "--db " + databaseUrl;
    } else {
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no Flarelink database in "
              + (databaseUrl == null ? dataDir : file)
              + "; run `./flarelink serve "
              + option
              + "` or `./flarelink connections add "
              + option
              + " ...` to create one, or pass the right --data-dir/--db");
    }
  }
}
