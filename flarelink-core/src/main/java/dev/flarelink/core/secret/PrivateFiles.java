package dev.flarelink.core.secret;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read: the data directory (member emails, audit rows, key hashes and
 * sealed secrets live there) is created {@code rwx------} and its files {@code rw-------}. On file
 * systems without POSIX permissions the defaults stay.
 */
public final class PrivateFiles {

  private PrivateFiles() {}

  /**
   * Creates {@code dir} (and missing parents) readable by its owner only; a directory that exists
   * keeps its permissions, since it may be one the person chose for other things too.
   *
   * @throws IOException when it cannot be created
   */
  public static void directory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createDirectories(dir);
    }
  }

  /**
   * Makes {@code file} readable and writable by its owner only: created empty when missing,
   * tightened when it exists (an older version left it readable by everyone).
   *
   * @throws IOException when it cannot be created or changed
   */
  public static void file(Path file) throws IOException {
    try {
      var ownerOnly = PosixFilePermissions.fromString("rw-------");
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
      } catch (FileAlreadyExistsException exists) {
        if (!Files.getPosixFilePermissions(file).equals(ownerOnly)) {
          Files.setPosixFilePermissions(file, ownerOnly);
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
    }
  }
}
