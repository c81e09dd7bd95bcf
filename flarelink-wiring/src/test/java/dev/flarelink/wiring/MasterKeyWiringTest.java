package dev.flarelink.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.secret.MasterKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every process on one database uses the same master key: one without it refuses to start, naming
 * the key it lacks, instead of making a new key its scans then cannot use; and a rotation takes
 * effect in a process that is already running.
 */
class MasterKeyWiringTest {

  @TempDir Path dir;

  private static final String TOKEN = "cfat_" + "A1b2C3d4".repeat(5);

  private ServerSettings settings(String databaseUrl, Path dataDir) {
    return new ServerSettings(
        "127.0.0.1", 0, databaseUrl, dataDir, "http://127.0.0.1:9/client/v4", null);
  }

  /** Saved on purpose: nothing answers at the base URL, and these tests are about the key. */
  private static ConnectionInput connection(String name) {
    return new ConnectionInput(
        name, "0123456789abcdef0123456789abcdef", null, null, TOKEN, null, null, null);
  }

  @Test
  void aSecondProcessWithoutTheKey_refusesToStart_andCreatesNoKey() {
    var first = dir.resolve("first");
    var databaseUrl = "jdbc:sqlite:" + first.resolve("flarelink.db");
    String keyId;
    try (var wiring = Wiring.open(settings(null, first), Map.of(), Clock.systemUTC())) {
      wiring.connections().create(Wiring.DEFAULT_WORKSPACE, connection("Production"), true);
      keyId = wiring.secretBox().currentKey().id();
      assertThat(wiring.keyIdsInUse()).containsExactly(keyId);
    }
    var second = dir.resolve("second");
    assertThatThrownBy(
            () -> Wiring.open(settings(databaseUrl, second), Map.of(), Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("master key " + keyId);
    assertThat(second.resolve(MasterKeys.KEY_FILE)).doesNotExist();

    // The same process with the key opens, and its secrets open too.
    try (var wiring = Wiring.open(settings(databaseUrl, first), Map.of(), Clock.systemUTC())) {
      var saved = wiring.connections().list(Wiring.DEFAULT_WORKSPACE).getFirst();
      assertThat(wiring.connections().credential(saved)).isNotNull();
    }
  }

  @Test
  void aRotationByAnotherProcess_sealsTheRunningProcessesNewSecretsWithTheNewKey() {
    try (var running = Wiring.open(settings(null, dir), Map.of(), Clock.systemUTC())) {
      running.connections().create(Wiring.DEFAULT_WORKSPACE, connection("Before"), true);
      var rotated = MasterKeys.rotateFile(dir);
      running.connections().reseal(MasterKeys.load(Map.of(), dir));
      running.connections().create(Wiring.DEFAULT_WORKSPACE, connection("After"), true);
      assertThat(running.keyIdsInUse()).containsExactly(rotated.id());
      assertThat(MasterKeys.retireOldKeys(dir, running.keyIdsInUse())).hasSize(1);
      for (var saved : running.connections().list(Wiring.DEFAULT_WORKSPACE)) {
        assertThat(running.connections().credential(saved)).isNotNull();
      }
    }
  }
}
