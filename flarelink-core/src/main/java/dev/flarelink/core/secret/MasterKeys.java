package dev.flarelink.core.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
   * a key it does not know, and seals with the key file as it is at each seal, so a rotation by
   * another process needs no restart.
   */
  public static SecretBox load(Map<String, String> environment, Path dataDir) {
    return load(environment, dataDir, Set.of());
  }

  /**
   * The secret box for this environment and data directory, for a database whose stored secrets
   * were sealed with the keys {@code keyIdsInUse}. Every node on one database must have the same
   * keys: without any key configured, a database that holds secrets gets no new key beside them;
   * and a box that cannot open some of them is refused, naming the key ids it lacks.
   *
   * @throws IllegalStateException when a key that sealed a stored secret is missing
   */
  public static SecretBox load(
      Map<String, String> environment, Path dataDir, Set<String> keyIdsInUse) {
    var fromEnvironment = environment.get("FLARELINK_MASTER_KEY");
    var file = dataDir.resolve(KEY_FILE);
    SecretBox box;
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      var key = MasterKey.fromBase64(fromEnvironment);
      box =
          new SecretBox(key, oldKeys(environment, dataDir), () -> knownKeys(environment, dataDir));
    } else {
      if (!Files.exists(file) && !keyIdsInUse.isEmpty()) {
        throw new IllegalStateException(
            "The database holds secrets sealed with master key "
                + String.join(", ", new TreeSet<>(keyIdsInUse))
                + ", and this process has no master key: set FLARELINK_MASTER_KEY to that key, or"
                + " copy master.key (and master.key.old) from the data directory of the process"
                + " that saved them into "
                + dataDir.toAbsolutePath()
                + ". Every process on one database needs the same key; no new key was created.");
      }
      var current = new KeyFile(file, fromFile(file));
      box =
          new SecretBox(
              current, oldKeys(environment, dataDir), () -> knownKeys(environment, dataDir));
    }
    var missing = box.missing(keyIdsInUse);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "The database holds secrets sealed with master key "
              + String.join(", ", missing)
              + ", which this process does not have (its key is "
              + box.currentKey().id()
              + "): give it the same FLARELINK_MASTER_KEY or master.key as the process that saved"
              + " them, and list retired keys in FLARELINK_OLD_MASTER_KEYS or master.key.old.");
    }
    return box;
  }

  /**
   * Drops from the old-keys file every key no stored secret was sealed with (after {@code keys
   * rotate} re-sealed them all), so a leaked key can be retired; returns the ids dropped. Keys
   * still in use stay.
   */
  public static List<String> retireOldKeys(Path dataDir, Set<String> keyIdsInUse) {
    var oldFile = dataDir.resolve(OLD_KEY_FILE);
    if (!Files.exists(oldFile)) {
      return List.of();
    }
    var kept = new ArrayList<String>();
    var retired = new ArrayList<String>();
    for (var key : oldKeys(Map.of(), dataDir)) {
      if (keyIdsInUse.contains(key.id())) {
        kept.add(key.toBase64());
      } else {
        retired.add(key.id());
      }
    }
    try {
      if (kept.isEmpty()) {
        Files.delete(oldFile);
      } else {
        writePrivate(oldFile, String.join("\n", kept) + "\n");
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot rewrite " + oldFile + ": " + e.getMessage(), e);
    }
    return retired;
  }

  /**
   * The key file's key as the file is now: re-read when the file changes (a rotation by another
   * process), checked by its modification time and size at each use, which costs one stat.
   */
  private static final class KeyFile implements Supplier<MasterKey> {
    private final Path file;
    private MasterKey key;
    private @Nullable Object stamp;

    KeyFile(Path file, MasterKey key) {
      this.file = file;
      this.key = key;
      this.stamp = stamp(file);
    }

    @Override
    public synchronized MasterKey get() {
      var now = stamp(file);
      if (now != null && !now.equals(stamp)) {
        try {
          key = MasterKey.fromBase64(Files.readString(file));
          stamp = now;
        } catch (IOException | IllegalArgumentException halfWritten) {
          // The file is replaced atomically; a read that fails keeps the key it had.
        }
      }
      return key;
    }

    private static @Nullable Object stamp(Path file) {
      try {
        var attributes = Files.readAttributes(file, BasicFileAttributes.class);
        // The inode changes with each atomic replacement, even within the clock's resolution.
        return Arrays.asList(
            attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
      } catch (IOException gone) {
        return null;
      }
    }
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
      for (var part : oldText.split(",", -1)) {
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
      PrivateFiles.directory(
          Objects.requireNonNull(file.toAbsolutePath().getParent(), "a key file has a directory"));
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
    PrivateFiles.file(temp);
    Files.writeString(temp, text);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
