package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.access.Workspace;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.DuplicateNameException;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The connection store on both databases, with the same expectations. */
class ConnectionStoreTest {

  private static final String SECRET = "cfat_TopSecretTokenValue_0123456789abcdefghij";
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @TempDir Path dir;

  private static Connection connection(String id, String workspace, String name) {
    return new Connection(
        id,
        workspace,
        name,
        "0123456789abcdef0123456789abcdef",
        CredentialKind.ACCOUNT_TOKEN,
        null,
        "account_token …ghij",
        null,
        List.of(Service.IDENTITY, Service.INVENTORY),
        NOW,
        NOW,
        null,
        null,
        null);
  }

  private static void workspaces(Database database) {
    var workspaces = new JdbcWorkspaceStore(database);
    workspaces.create("w1", "First", NOW);
    workspaces.create("w2", "Second", NOW);
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void saveReadUpdateDelete_scopedToTheWorkspace(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      workspaces(database);
      var store = new JdbcConnectionStore(database);
      var box = new SecretBox(MasterKey.generate(), List.of());
      store.insert(connection("c1", "w1", "Production"), box.seal(SECRET, "c1"));
      store.insert(connection("c2", "w1", "Staging"), box.seal(SECRET, "c2"));
      assertThat(store.list("w1"))
          .extracting(Connection::name)
          .containsExactly("Production", "Staging");
      assertThat(store.list("w2")).isEmpty();
      assertThat(store.find("w2", "c1")).isEmpty();
      assertThat(store.find("w1", "c1")).contains(connection("c1", "w1", "Production"));
      assertThat(box.open(store.sealedSecret("w1", "c1").orElseThrow(), "c1")).isEqualTo(SECRET);
      assertThat(store.sealedSecret("w2", "c1")).isEmpty();

      var renamed =
          new Connection(
              "c1",
              "w1",
              "Prod",
              "0123456789abcdef0123456789abcdef",
              CredentialKind.USER_TOKEN,
              CredentialKind.USER_TOKEN,
              "user_token …ghij",
              null,
              List.of(Service.ALERTS),
              NOW,
              NOW.plus(1, ChronoUnit.HOURS),
              null,
              null,
              "service.identity: refused");
      assertThat(store.update(renamed, null)).isTrue();
      assertThat(store.find("w1", "c1")).contains(renamed);
      assertThat(box.open(store.sealedSecret("w1", "c1").orElseThrow(), "c1")).isEqualTo(SECRET);
      assertThat(
              store.update(
                  new Connection(
                      "c1",
                      "w2",
                      "Hijack",
                      "0123456789abcdef0123456789abcdef",
                      null,
                      null,
                      "x",
                      null,
                      List.of(Service.ALERTS),
                      NOW,
                      NOW,
                      null,
                      null,
                      null),
                  null))
          .isFalse();

      store.recordTest("c1", NOW.plusSeconds(5), false);
      assertThat(store.find("w1", "c1").orElseThrow().lastTestOk()).isFalse();
      assertThat(store.find("w1", "c1").orElseThrow().lastTestedAt()).isEqualTo(NOW.plusSeconds(5));

      assertThat(store.delete("w2", "c1")).isFalse();
      assertThat(store.delete("w1", "c1")).isTrue();
      assertThat(store.find("w1", "c1")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void namesAreUniquePerWorkspace(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      workspaces(opened.database());
      var store = new JdbcConnectionStore(opened.database());
      store.insert(connection("c1", "w1", "Production"), new byte[] {1});
      assertThatThrownBy(() -> store.insert(connection("c2", "w1", "Production"), new byte[] {1}))
          .isInstanceOf(DuplicateNameException.class)
          .hasMessageContaining("\"Production\" already exists");
      store.insert(connection("c3", "w2", "Production"), new byte[] {1});
      store.insert(connection("c4", "w1", "Other"), new byte[] {1});
      assertThatThrownBy(() -> store.update(connection("c4", "w1", "Production"), null))
          .isInstanceOf(DuplicateNameException.class);
      assertThat(store.find("w1", "c4").orElseThrow().name()).isEqualTo("Other");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void rotation_reSealsEverySecret(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      workspaces(opened.database());
      var store = new JdbcConnectionStore(opened.database());
      var old = new SecretBox(MasterKey.generate(), List.of());
      store.insert(connection("c1", "w1", "A"), old.seal(SECRET, "c1"));
      store.insert(connection("c2", "w2", "B"), old.seal(SECRET + "2", "c2"));
      var next = new SecretBox(MasterKey.generate(), List.of(old.currentKey()));
      for (var sealed : store.sealedSecrets()) {
        store.replaceSecret(
            sealed.connectionId(),
            next.seal(next.open(sealed.sealed(), sealed.connectionId()), sealed.connectionId()));
      }
      var onlyNew = new SecretBox(next.currentKey(), List.of());
      assertThat(onlyNew.open(store.sealedSecret("w1", "c1").orElseThrow(), "c1"))
          .isEqualTo(SECRET);
      assertThat(onlyNew.open(store.sealedSecret("w2", "c2").orElseThrow(), "c2"))
          .isEqualTo(SECRET + "2");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void migrationsRunOnce_andReopenCleanly(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      workspaces(opened.database());
      var count =
          opened
              .database()
              .jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM workspaces").mapTo(Integer.class).one());
      assertThat(count).isEqualTo(2);
    }
    if (kind == Database.Kind.SQLITE) {
      try (var again = Database.sqlite(dir)) {
        assertThat(new JdbcWorkspaceStore(again).list())
            .extracting(Workspace::name)
            .containsExactly("First", "Second");
      }
    }
  }

  @Test
  void theSqliteFile_neverHoldsTheSecretInPlainText() throws Exception {
    try (var database = Database.sqlite(dir)) {
      workspaces(database);
      var box = new SecretBox(MasterKey.generate(), List.of());
      new JdbcConnectionStore(database)
          .insert(connection("c1", "w1", "Production"), box.seal(SECRET, "c1"));
    }
    var bytes = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (var file : files.toList()) {
        bytes.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(bytes.toString()).contains("Production").doesNotContain("TopSecretTokenValue");
  }
}
