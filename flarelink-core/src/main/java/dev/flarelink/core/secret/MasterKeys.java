package dev.flarelink.core.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the master key comes from: {@code FLARELINK_MASTER_KEY} (base64), else a key file in the
 * data directory, created with owner-only permissions on first use. Never the database. Old keys
 * for reading what was sealed before a rotation: {@code FLARELINK_OLD_MASTER_KEYS} (comma
 * separated) or {@code master.key.old} lines.
 */
public final class MasterKeys {

  /** The key file's name in the data directory. */
  public static final String KEY_FILE = "master.key";

  /** Old keys, one per line, kept after a rotation. */
  public static final String OLD_KEY_FILE = "master.key.old";

  private MasterKeys() {}

  /**
   * The secret box for this environment and data directory. It re-reads the key files when it meets
   * a key it does not know, so a rotation by another process needs no restart.
   */
  public static SecretBox load(Map<String, String> environment, Path dataDir) {
    var current = environment.get("FLARELINK_MASTER_KEY");
    var key =
        current != null && !current.isBlank()
            ? MasterKey.fromBase64(current)
            : fromFile(dataDir.resolve(KEY_FILE));
    return new SecretBox(key, oldKeys(environment, dataDir), () -> knownKeys(environment, dataDir));
  }

  private static List<MasterKey> knownKeys(Map<String, String> environment, Path dataDir) {
    var keys = new ArrayList<MasterKey>();
    var file = dataDir.resolve(KEY_FILE);
    if (Files.exists(file)) {
      keys.add(fromFile(file));
    }
    keys.addAll(oldKeys(environment, dataDir));
    return keys;
  }

  private static List<MasterKey> oldKeys(Map<String, String> environment, Path dataDir) {
    var old = new ArrayList<MasterKey>();
    var oldText = environment.get("FLARELINK_OLD_MASTER_KEYS");
    if (oldText != null) {
      for (var part : oldText.split(",")) {
        if (!part.isBlank()) {
          old.add(MasterKey.fromBase64(part));
        }
      }
    }
    var oldFile = dataDir.resolve(OLD_KEY_FILE);
    if (Files.exists(oldFile)) {
      try {
        for (var line : Files.readAllLines(oldFile)) {
          if (!line.isBlank()) {
            old.add(MasterKey.fromBase64(line));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + oldFile + ": " + e.getMessage(), e);
      }
    }
    return old;
  }

  /** Writes a new current key to the key file, keeping the previous one in the old-keys file. */
  public static MasterKey rotateFile(Path dataDir) {
    var file = dataDir.resolve(KEY_FILE);
    var previous = fromFile(file);
    var next = MasterKey.generate();
    try {
      var old = dataDir.resolve(OLD_KEY_FILE);
      var lines =
          Files.exists(old) ? new ArrayList<>(Files.readAllLines(old)) : new ArrayList<String>();
      lines.add(previous.toBase64());
      writePrivate(old, String.join("\n", lines) + "\n");
      writePrivate(file, next.toBase64() + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot write the key file in " + dataDir + ": " + e.getMessage(), e);
    }
    return next;
  }

  private static MasterKey fromFile(Path file) {
    try {
      if (Files.exists(file)) {
        return MasterKey.fromBase64(Files.readString(file));
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      var key = MasterKey.generate();
      writePrivate(file, key.toBase64() + "\n");
      return key;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read or create the master key file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writePrivate(Path file, String text) throws IOException {
    var temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    try {
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(temp);
    }
    Files.writeString(temp, text);
    Files.move(
        temp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
