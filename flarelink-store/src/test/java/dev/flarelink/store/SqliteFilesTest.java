package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's files are readable by their owner only. */
class SqliteFilesTest {

  @TempDir Path dir;

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void aNewDataDirectory_isOwnerOnly_andSoAreTheDatabaseAndItsLog() throws Exception {
    var data = dir.resolve("data");
    try (var database = Database.sqlite(data)) {
      database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE probe (x INTEGER)"));
      database.jdbi().useHandle(handle -> handle.execute("INSERT INTO probe VALUES (1)"));
      assertThat(permissions(data)).isEqualTo("rwx------");
      try (var files = Files.list(data)) {
        var names = files.toList();
        assertThat(names).extracting(p -> p.getFileName().toString()).contains("flarelink.db");
        for (var file : names) {
          assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
        }
      }
    }
  }

  @Test
  void aDatabaseAnOlderVersionLeftReadable_isTightened_andKeepsItsData() throws Exception {
    try (var database = Database.sqlite(dir)) {
      database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE probe (x INTEGER)"));
      database.jdbi().useHandle(handle -> handle.execute("INSERT INTO probe VALUES (7)"));
    }
    var file = dir.resolve("flarelink.db");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    try (var database = Database.sqlite(dir)) {
      assertThat(permissions(file)).isEqualTo("rw-------");
      int kept =
          database
              .jdbi()
              .withHandle(
                  handle -> handle.createQuery("SELECT x FROM probe").mapTo(Integer.class).one());
      assertThat(kept).isEqualTo(7);
    }
  }
}
