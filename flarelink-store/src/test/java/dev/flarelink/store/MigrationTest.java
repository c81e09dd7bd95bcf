package dev.flarelink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.ResourceStore.ResourceDelta;
import dev.flarelink.core.inventory.ResourceStore.TypeRead;
import dev.flarelink.core.inventory.TextMatches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two databases' migrations: the same versions, and data stored before one carried through. */
class MigrationTest {

  @TempDir Path dir;

  @Test
  void bothDatabasesMigrateThroughTheSameVersions() throws IOException {
    assertThat(versions("sqlite")).isNotEmpty().isEqualTo(versions("postgresql"));
  }

  /** The versions of a kind's migrations, SQL files and Java classes alike. */
  private static Set<String> versions(String kind) throws IOException {
    var found = new TreeSet<String>();
    for (var root :
        new Path[] {
          Path.of("src/main/resources/db/migration", kind),
          Path.of("src/main/java/db/migration", kind)
        }) {
      if (Files.isDirectory(root)) {
        try (var files = Files.list(root)) {
          found.addAll(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(n -> n.startsWith("V"))
                  .map(n -> n.substring(0, n.indexOf("__")))
                  .collect(Collectors.toSet()));
        }
      }
    }
    return found;
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void recordsStoredBeforeV9AndV10_areFoundByTheirEnding_andTheirTagsCountedOnce(Database.Kind kind)
      throws SQLException {
    try (var older = migratedTo(kind, "8")) {
      try (var connection = older.connect();
          var statement = connection.createStatement()) {
        statement.execute("INSERT INTO workspaces VALUES ('w', 'W', 0)");
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO connections (id, workspace_id, name, account_id, credential_hint,"
                    + " services, secret, created_at, updated_at) VALUES ('c', 'w', 'C', 'a', 'h',"
                    + " 'inventory', ?, 0, 0)")) {
          insert.setBytes(1, new byte[] {1});
          insert.execute();
        }
        statement.execute(
            "INSERT INTO zones (connection_id, zone_id, name, status, name_servers, fingerprint,"
                + " first_seen, changed_at) VALUES ('c', 'z', 'example.io', 'active', '', 'f', 0, 0)");
        for (var name : new String[] {"www.Example.IO", "api.example.io", "example.com.other"}) {
          statement.execute(
              "INSERT INTO dns_records (connection_id, zone_id, record_id, type, name, content, tags,"
                  + " fingerprint) VALUES ('c', 'z', '"
                  + name
                  + "', 'A', '"
                  + name
                  + "', '192.0.2.1', '', 'f')");
        }
        // Before V10 nothing kept a record from carrying the same tag twice.
        for (var tag : new String[] {"'prod'", "'prod'", "'dev'"}) {
          statement.execute(
              "INSERT INTO dns_record_tags (connection_id, record_id, tag_name, tag_value)"
                  + " VALUES ('c', 'api.example.io', 'env', "
                  + tag
                  + ")");
        }
      }
      try (var database = Database.open(older.url(), older.schema())) {
        var reversed =
            database
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT name_reversed FROM dns_records WHERE record_id = 'www.Example.IO'")
                            .mapTo(String.class)
                            .one());
        assertThat(reversed).isEqualTo("oi.elpmaxe.www");
        var page =
            new JdbcInventoryStore(database)
                .records(
                    "c",
                    new DnsQuery(
                        null,
                        null,
                        TextMatches.parse("ends_with:.EXAMPLE.io"),
                        null,
                        null,
                        null,
                        null,
                        1,
                        10));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.records())
            .extracting(r -> r.name())
            .containsExactly("api.example.io", "www.Example.IO");
        var store = new JdbcInventoryStore(database);
        for (var tag : new String[] {"env:prod", "env"}) {
          var tagged =
              store.records("c", new DnsQuery(null, null, null, null, null, null, tag, 1, 10));
          assertThat(tagged.total()).as(tag).isEqualTo(1);
          assertThat(tagged.records()).as(tag).hasSize(1);
        }
        var tagRows =
            database
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT COUNT(*) FROM dns_record_tags")
                            .mapTo(Long.class)
                            .one());
        assertThat(tagRows).as("the duplicate tag is gone").isEqualTo(2);
      }
    }
  }

  /** A database migrated only up to {@code target}, for writing rows in an older format. */
  private record Older(String url, String schema) implements AutoCloseable {
    Connection connect() throws SQLException {
      var connection = DriverManager.getConnection(url);
      if (schema != null) {
        try (var statement = connection.createStatement()) {
          statement.execute("SET search_path TO " + schema);
        }
      }
      return connection;
    }

    @Override
    public void close() throws SQLException {
      if (schema != null) {
        try (var connection = DriverManager.getConnection(url);
            var statement = connection.createStatement()) {
          statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  private Older migratedTo(Database.Kind kind, String target) {
    String url;
    String schema = null;
    if (kind == Database.Kind.SQLITE) {
      url = "jdbc:sqlite:" + dir.resolve("flarelink.db").toAbsolutePath();
    } else {
      url = TestDatabases.POSTGRES_URL;
      TestDatabases.assumePostgres();
      schema = TestDatabases.newSchemaName("flarelink_test_");
    }
    var flyway =
        Flyway.configure()
            .dataSource(url, null, null)
            .locations(
                "classpath:db/migration/"
                    + (kind == Database.Kind.SQLITE ? "sqlite" : "postgresql"))
            .target(target);
    if (schema != null) {
      flyway.schemas(schema).createSchemas(true);
    }
    flyway.load().migrate();
    return new Older(url, schema);
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void listsJoinedBeforeV13_readBackAsTheyWere(Database.Kind kind) throws SQLException {
    try (var older = migratedTo(kind, "12")) {
      try (var connection = older.connect();
          var statement = connection.createStatement()) {
        statement.execute("INSERT INTO workspaces VALUES ('w', 'W', 0)");
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO connections (id, workspace_id, name, account_id, credential_hint,"
                    + " services, secret, created_at, updated_at) VALUES (?, 'w', ?, 'a', 'h', ?,"
                    + " ?, 0, 0)")) {
          for (var row :
              new String[][] {{"c", "identity,inventory"}, {"d", "inventory"}, {"e", ""}}) {
            insert.setString(1, row[0]);
            insert.setString(2, row[0].toUpperCase(Locale.ROOT));
            insert.setString(3, row[1]);
            insert.setBytes(4, new byte[] {1});
            insert.execute();
          }
        }
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO members (connection_id, member_id, email, status, roles, policies,"
                    + " first_seen, last_seen, last_scan) VALUES ('c', ?, ?, 'active', ?, '[]', 0, 0,"
                    + " 's')")) {
          for (var row :
              new String[][] {
                {"m1", "r1,r2"}, {"m2", "r2"}, {"m3", ""}, {"m4", "say \"hi\",back\\slash"}
              }) {
            insert.setString(1, row[0]);
            insert.setString(2, row[0] + "@example.com");
            insert.setString(3, row[1]);
            insert.execute();
          }
        }
        statement.execute(
            "INSERT INTO zones (connection_id, zone_id, name, status, name_servers, fingerprint,"
                + " first_seen, changed_at) VALUES ('c', 'z', 'example.io', 'active', '', 'f', 0, 0)");
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO dns_records (connection_id, zone_id, record_id, type, name, content,"
                    + " tags, fingerprint) VALUES ('c', 'z', ?, 'A', ?, '192.0.2.1', ?, 'f')")) {
          for (var row :
              new String[][] {
                {"a.example.io", "env:prod\nteam:a,b\tc"},
                {"b.example.io", "one"},
                {"c.example.io", ""}
              }) {
            insert.setString(1, row[0]);
            insert.setString(2, row[0]);
            insert.setString(3, row[1]);
            insert.execute();
          }
        }
      }
      try (var database = Database.open(older.url(), older.schema())) {
        var connections = new JdbcConnectionStore(database);
        assertThat(connections.find("w", "c").orElseThrow().services())
            .containsExactly(Service.IDENTITY, Service.INVENTORY);
        assertThat(connections.find("w", "d").orElseThrow().services())
            .containsExactly(Service.INVENTORY);
        assertThat(connections.find("w", "e").orElseThrow().services()).isEmpty();

        var members = new JdbcIdentityStore(database).members("c", List.of("m1", "m2", "m3", "m4"));
        assertThat(members.get("m1").roleIds()).containsExactly("r1", "r2");
        assertThat(members.get("m2").roleIds()).containsExactly("r2");
        assertThat(members.get("m3").roleIds()).isEmpty();
        assertThat(members.get("m4").roleIds()).containsExactly("say \"hi\"", "back\\slash");

        var records = new JdbcInventoryStore(database).records("c", "z");
        assertThat(records.get("a.example.io").tags()).containsExactly("env:prod", "team:a,b\tc");
        assertThat(records.get("b.example.io").tags()).containsExactly("one");
        assertThat(records.get("c.example.io").tags()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aDatabaseFromBeforeV14_keepsResources_thatGoWithTheirZoneAndConnection(Database.Kind kind)
      throws SQLException {
    try (var older = migratedTo(kind, "13")) {
      try (var connection = older.connect();
          var statement = connection.createStatement()) {
        statement.execute("INSERT INTO workspaces VALUES ('w', 'W', 0)");
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO connections (id, workspace_id, name, account_id, credential_hint,"
                    + " services, secret, created_at, updated_at) VALUES ('c', 'w', 'C', 'a', 'h',"
                    + " '[\"inventory\"]', ?, 0, 0)")) {
          insert.setBytes(1, new byte[] {1});
          insert.execute();
        }
        for (var zone : new String[] {"z1", "z2"}) {
          statement.execute(
              "INSERT INTO zones (connection_id, zone_id, name, status, name_servers, fingerprint,"
                  + " first_seen, changed_at) VALUES ('c', '"
                  + zone
                  + "', '"
                  + zone
                  + ".example', 'active', '', 'f', 0, 0)");
        }
        statement.execute(
            "INSERT INTO inventory_changes (id, connection_id, scan_id, zone_id, zone_name,"
                + " subject, subject_id, change, at) VALUES ('i', 'c', 's', 'z1', 'z1.example',"
                + " 'zone', 'z1', 'added', 0)");
      }
      try (var database = Database.open(older.url(), older.schema())) {
        var store = new JdbcResourceStore(database);
        assertThat(store.totals("c")).isEmpty();
        assertThat(store.reads("c")).isEmpty();
        var now = Instant.ofEpochMilli(1_000);
        var entries = new ArrayList<ResourceEntry>();
        for (var zone : new String[] {"", "z1", "z2"}) {
          entries.add(
              new ResourceEntry(
                  "page_rules",
                  "r",
                  zone,
                  zone.isEmpty() ? "" : zone + ".example",
                  "rule in " + zone,
                  null,
                  Map.of("status", "active"),
                  "{}",
                  "{}",
                  "f"));
        }
        store.save(
            "c",
            entries.stream()
                .map(e -> new ResourceDelta(e.type(), e.zoneId(), List.of(e), List.of(), List.of()))
                .toList(),
            now);
        store.noteReads("c", List.of(new TypeRead("page_rules", now, true, null, null)));
        assertThat(store.totals("c")).containsExactly(Map.entry("page_rules", 3));

        var inventory = new JdbcInventoryStore(database);
        inventory.saveZones("c", List.of(), List.of("z1"), List.of(), now);
        assertThat(store.find("c", "page_rules", "r", "z1")).isEmpty();
        assertThat(store.totals("c")).containsExactly(Map.entry("page_rules", 2));
        assertThat(inventory.changes("c", null, null, 10))
            .extracting(InventoryChange::subjectId)
            .containsExactly("z1");

        new JdbcConnectionStore(database).delete("w", "c");
        assertThat(store.totals("c")).isEmpty();
        assertThat(store.reads("c")).isEmpty();
      }
    }
  }
}
