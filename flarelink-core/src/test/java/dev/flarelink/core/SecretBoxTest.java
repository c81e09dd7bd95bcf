package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.auth.ApiToken;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.MasterKeys;
import dev.flarelink.core.secret.PrivateFiles;
import dev.flarelink.core.secret.SecretBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  void aCredential_isSealedAndOpenedAsItsKind_inTheStoredFormatOfBefore() {
    var box = new SecretBox(MasterKey.generate(), List.of());
    var token = Credential.apiToken(SECRET);
    var sealedToken = box.seal(token, "c");
    assertThat(box.open(sealedToken, "c", null)).isInstanceOf(ApiToken.class).isEqualTo(token);
    var key = Credential.globalApiKey("0123456789abcdef0123456789abcdef01234", "a@example.com");
    var sealedKey = box.seal(key, "c");
    assertThat(new String(sealedKey, StandardCharsets.ISO_8859_1)).doesNotContain("example");
    assertThat(box.open(sealedKey, "c", "a@example.com"))
        .isInstanceOf(GlobalApiKey.class)
        .isEqualTo(key);
    assertThat(box.open(sealedToken, "c"))
        .as("what a database holds: the secret alone, as it was sealed before")
        .isEqualTo(SECRET);
    assertThat(box.open(box.seal(SECRET, "c"), "c", null)).isEqualTo(token);

    var next = new SecretBox(MasterKey.generate(), List.of());
    var resealed = box.resealWith(next, sealedKey, "c");
    assertThat(SecretBox.keyIdOf(resealed)).isEqualTo(next.currentKey().id());
    assertThat(next.open(resealed, "c", "a@example.com")).isEqualTo(key);
  }

  @Test
  void afterRotation_oldSecretsStillOpen_newOnesUseTheNewKey() {
    var first = MasterKeys.load(Map.of(), dir);
    var firstKey = first.currentKey();
    var sealed = first.seal(SECRET, "c");
    var rotated = MasterKeys.rotateFile(dir);
    var second = MasterKeys.load(Map.of(), dir);
    assertThat(second.currentKey()).isEqualTo(rotated).isNotEqualTo(firstKey);
    assertThat(second.open(sealed, "c")).isEqualTo(SECRET);
    assertThat(SecretBox.keyIdOf(second.seal(SECRET, "c"))).isEqualTo(rotated.id());
    var stranger = new SecretBox(MasterKey.generate(), List.of());
    assertThatThrownBy(() -> stranger.open(sealed, "c"))
        .hasMessageContaining("not configured")
        .hasMessageContaining(firstKey.id());
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

  @Test
  void aRunningBox_sealsWithTheKeyARotationWrote_withoutARestart() {
    var running = MasterKeys.load(Map.of(), dir);
    var before = running.currentKey();
    var rotated = MasterKeys.rotateFile(dir);
    var sealed = running.seal(SECRET, "c");
    assertThat(SecretBox.keyIdOf(sealed)).isEqualTo(rotated.id()).isNotEqualTo(before.id());
    assertThat(running.open(sealed, "c")).isEqualTo(SECRET);
  }

  @Test
  void retiringOldKeys_dropsThoseNoSecretUses_andKeepsTheRest() {
    var first = MasterKeys.load(Map.of(), dir).currentKey();
    var second = MasterKeys.rotateFile(dir);
    var third = MasterKeys.rotateFile(dir);
    assertThat(MasterKeys.retireOldKeys(dir, Set.of(second.id(), third.id())))
        .containsExactly(first.id());
    var box = MasterKeys.load(Map.of(), dir);
    assertThat(box.missing(List.of(first.id()))).containsExactly(first.id());
    assertThat(box.missing(List.of(second.id(), third.id()))).isEmpty();
    assertThat(MasterKeys.retireOldKeys(dir, Set.of(third.id()))).containsExactly(second.id());
    assertThat(dir.resolve(MasterKeys.OLD_KEY_FILE)).doesNotExist();
    assertThat(MasterKeys.retireOldKeys(dir, Set.of(third.id()))).isEmpty();
  }

  @Test
  void aDatabaseWithSecrets_getsNoNewKeyBesideThem_andAMissingKeyIsNamed() throws Exception {
    var other = dir.resolve("other");
    assertThatThrownBy(() -> MasterKeys.load(Map.of(), other, Set.of("0a1b2c3d")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0a1b2c3d")
        .hasMessageContaining("no new key was created");
    assertThat(other.resolve(MasterKeys.KEY_FILE)).doesNotExist();

    var own = MasterKeys.load(Map.of(), dir).currentKey();
    assertThatThrownBy(() -> MasterKeys.load(Map.of(), dir, Set.of(own.id(), "0a1b2c3d")))
        .hasMessageContaining("master key 0a1b2c3d")
        .hasMessageContaining("its key is " + own.id())
        .hasMessageNotContaining(own.toBase64());
    assertThat(MasterKeys.load(Map.of(), dir, Set.of(own.id())).currentKey()).isEqualTo(own);
    var fromEnvironment = Map.of("FLARELINK_MASTER_KEY", MasterKey.generate().toBase64());
    assertThatThrownBy(() -> MasterKeys.load(fromEnvironment, other, Set.of(own.id())))
        .hasMessageContaining(own.id());
  }

  @Test
  void theDataDirectoryIsCreatedOwnerOnly() throws Exception {
    var data = dir.resolve("new-data");
    MasterKeys.load(Map.of(), data);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    var loose = dir.resolve("loose.db");
    Files.writeString(loose, "x");
    Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-r--r--"));
    PrivateFiles.file(loose);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(loose)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(loose)).isEqualTo("x");
  }
}
