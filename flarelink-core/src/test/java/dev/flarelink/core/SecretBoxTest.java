package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.MasterKeys;
import dev.flarelink.core.secret.SecretBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

  private static final String SECRET = "cfat_SuperSecretTokenValue0123456789abcdefXYZ";

  @TempDir Path dir;

  @Test
  void sealsAndOpens_boundToItsOwner() {
    var box = new SecretBox(MasterKey.generate(), List.of());
    var sealed = box.seal(SECRET, "connection-1");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("SuperSecret");
    assertThat(box.open(sealed, "connection-1")).isEqualTo(SECRET);
    assertThat(box.seal(SECRET, "connection-1")).isNotEqualTo(sealed);
    assertThatThrownBy(() -> box.open(sealed, "connection-2"))
        .hasMessageContaining("belongs to another connection")
        .hasMessageNotContaining("Super");
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> box.open(sealed, "connection-1"))
        .isInstanceOf(SecretBox.SecretException.class);
  }

  @Test
  void afterRotation_oldSecretsStillOpen_newOnesUseTheNewKey() {
    var first = MasterKeys.load(Map.of(), dir);
    var sealed = first.seal(SECRET, "c");
    var rotated = MasterKeys.rotateFile(dir);
    var second = MasterKeys.load(Map.of(), dir);
    assertThat(second.currentKey()).isEqualTo(rotated).isNotEqualTo(first.currentKey());
    assertThat(second.open(sealed, "c")).isEqualTo(SECRET);
    assertThat(SecretBox.keyIdOf(second.seal(SECRET, "c"))).isEqualTo(rotated.id());
    var stranger = new SecretBox(MasterKey.generate(), List.of());
    assertThatThrownBy(() -> stranger.open(sealed, "c"))
        .hasMessageContaining("not configured")
        .hasMessageContaining(first.currentKey().id());
  }

  @Test
  void aRunningBox_opensSecretsSealedAfterARotationByAnotherProcess() {
    var running = MasterKeys.load(Map.of(), dir);
    MasterKeys.rotateFile(dir);
    var rotated = MasterKeys.load(Map.of(), dir);
    var sealedAfter = rotated.seal(SECRET, "c");
    assertThat(running.open(sealedAfter, "c")).isEqualTo(SECRET);
  }

  @Test
  void theKeyFile_isOwnerOnly_andTheEnvironmentWins() throws Exception {
    var box = MasterKeys.load(Map.of(), dir);
    var file = dir.resolve(MasterKeys.KEY_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(MasterKeys.load(Map.of(), dir).currentKey()).isEqualTo(box.currentKey());
    var fromEnvironment = MasterKey.generate();
    assertThat(
            MasterKeys.load(Map.of("FLARELINK_MASTER_KEY", fromEnvironment.toBase64()), dir)
                .currentKey())
        .isEqualTo(fromEnvironment);
    assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> MasterKey.fromBase64("%%%")).hasMessageContaining("not base64");
    assertThat(box.currentKey().toString()).doesNotContain(box.currentKey().toBase64());
  }
}
