package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.Caller;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.identity.IdentityStore.RoleRecord;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.identity.MemberRecord;
import dev.flarelink.core.identity.MemberView;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lists and named values as the store keeps them, on both databases: a list holds any text, its
 * former separators included; a value the store does not know fails loudly, naming its column.
 */
class StoredValuesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @TempDir Path dir;

  private static void connection(Database database) {
    new JdbcWorkspaceStore(database).create("w", "W", NOW);
    new JdbcConnectionStore(database)
        .insert(
            new Connection(
                "c",
                "w",
                "C",
                "0123456789abcdef0123456789abcdef",
                CredentialKind.ACCOUNT_TOKEN,
                null,
                "hint",
                null,
                List.of(Service.INVENTORY, Service.IDENTITY),
                NOW,
                NOW,
                null,
                null,
                null),
            new SecretBox(MasterKey.generate(), List.of()).seal("secret", "c"));
  }

  private static MemberRecord member(String id, List<String> roleIds) {
    return new MemberRecord(id, "u-" + id, id + "@example.com", id, "active", true, roleIds, "[]");
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void roleIdsHoldingCommasAndQuotes_readBack_andAreFoundWhole(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connection(database);
      assertThat(new JdbcConnectionStore(database).find("w", "c").orElseThrow().services())
          .containsExactly(Service.INVENTORY, Service.IDENTITY);
      var store = new JdbcIdentityStore(database);
      var odd = List.of("admin,billing", "say \"hi\"", "back\\slash", "line\nbreak");
      store.saveRoles(
          "c",
          List.of(
              new RoleRecord("admin,billing", "Odd one", null, ""),
              new RoleRecord("admin", "Admin", null, ""),
              new RoleRecord("billing", "Billing", null, "")));
      store.savePage(
          "no-scan",
          "c",
          List.of(
              member("m1", odd),
              member("m2", List.of("admin", "billing")),
              member("m3", List.of())),
          List.of(),
          2,
          3,
          NOW);
      var stored = store.members("c", List.of("m1", "m2", "m3"));
      assertThat(stored.get("m1").roleIds()).isEqualTo(odd);
      assertThat(stored.get("m2").roleIds()).containsExactly("admin", "billing");
      assertThat(stored.get("m3").roleIds()).isEmpty();

      assertThat(emails(store, "admin,billing")).containsExactly("m1@example.com");
      assertThat(emails(store, "Admin")).containsExactly("m2@example.com");
      assertThat(emails(store, "billing")).containsExactly("m2@example.com");
    }
  }

  private static List<String> emails(JdbcIdentityStore store, String role) {
    return store.members("c", new MemberQuery(null, role, null, null, 1, 100)).members().stream()
        .map(MemberView::member)
        .map(MemberRecord::email)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anUnknownStoredValue_failsLoudly_namingItsColumn(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connection(database);
      var scans = new JdbcScanStore(database);
      var scan = scans.claim("c", ScanKind.IDENTITY, "me", ScanCause.SCHEDULE, "s1", NOW, NOW);
      assertThat(scans.scan("s1").orElseThrow().cause()).isEqualTo(ScanCause.SCHEDULE);
      var audit = new JdbcActionAuditStore(database);
      audit.record(
          new ActionRun(
              "r1",
              "w",
              "c",
              "read.search",
              new Caller("mcp", "agent"),
              Map.of(),
              false,
              ActionStatus.READ,
              List.of(),
              null,
              NOW,
              1));
      assertThat(audit.runs("c", 10))
          .extracting(ActionRun::status)
          .containsExactly(ActionStatus.READ);
      var raw =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT cause FROM scans WHERE id = 's1'")
                              .mapTo(String.class)
                              .one()
                          + " "
                          + h.createQuery("SELECT status FROM action_runs WHERE id = 'r1'")
                              .mapTo(String.class)
                              .one()
                          + " "
                          + h.createQuery("SELECT services FROM connections WHERE id = 'c'")
                              .mapTo(String.class)
                              .one());
      assertThat(raw)
          .as("stored by their wire names")
          .isEqualTo("schedule read [\"inventory\",\"identity\"]");

      database
          .jdbi()
          .useHandle(
              h -> {
                h.execute("UPDATE scans SET cause = 'cron' WHERE id = 's1'");
                h.execute("UPDATE action_runs SET status = 'applied' WHERE id = 'r1'");
                h.execute("UPDATE connections SET services = '[\"inventory\",\"mail\"]'");
              });
      assertThatThrownBy(() -> scans.scan(scan.scan().id()))
          .hasMessageContaining(
              "Column scans.cause holds \"cron\", which is none of manual, mcp, schedule");
      assertThatThrownBy(() -> audit.runs("c", 10))
          .hasMessageContaining("Column action_runs.status holds \"applied\"")
          .hasMessageContaining("planned, unchanged, succeeded, failed, refused, read");
      assertThatThrownBy(() -> new JdbcConnectionStore(database).find("w", "c"))
          .hasMessageContaining("Column connections.services holds the unknown service \"mail\"");
      database.jdbi().useHandle(h -> h.execute("UPDATE connections SET services = 'inventory'"));
      assertThatThrownBy(() -> new JdbcConnectionStore(database).find("w", "c"))
          .hasMessageContaining("Column connections.services holds no JSON array of texts");
    }
  }
}
