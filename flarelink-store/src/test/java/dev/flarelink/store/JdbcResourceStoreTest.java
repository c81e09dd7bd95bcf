package dev.flarelink.store;

import static dev.flarelink.store.ResourceFixtures.NOW;
import static dev.flarelink.store.ResourceFixtures.added;
import static dev.flarelink.store.ResourceFixtures.change;
import static dev.flarelink.store.ResourceFixtures.connections;
import static dev.flarelink.store.ResourceFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.inventory.ResourceQuery;
import dev.flarelink.core.inventory.ResourceStore.ResourceDelta;
import dev.flarelink.core.inventory.ResourceStore.TypeRead;
import dev.flarelink.core.inventory.ZoneEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The resource store's writes on both databases, with the same expectations. */
class JdbcResourceStoreTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void savesUpsertsAndRemovals_inOneCall_recordingTheChanges(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c");
      var store = new JdbcResourceStore(database);
      var fields = new LinkedHashMap<String, String>();
      fields.put("zeta", "1");
      fields.put("alpha", "2");
      var pools =
          List.of(
              resource("pools", "", "p1", "Pool one", fields),
              resource("pools", "", "p2", "Pool two", Map.of()),
              resource("pools", "", "p3", "Pool three", Map.of()));
      var rules = List.of(resource("page_rules", "z1", "r1", "www.z1.example/*", Map.of()));
      store.save(
          "c",
          List.of(
              added(pools),
              added(rules),
              new ResourceDelta("monitors", "", List.of(), List.of(), List.of())),
          NOW);

      var stored = store.stored("c", "pools", "");
      assertThat(stored).containsOnlyKeys("p1", "p2", "p3");
      assertThat(stored.get("p1")).isEqualTo(pools.get(0));
      assertThat(stored.get("p1").fields().keySet())
          .as("fields keep their order")
          .containsExactly("zeta", "alpha");
      assertThat(store.stored("c", "page_rules", "z1")).containsOnlyKeys("r1");
      assertThat(store.stored("c", "page_rules", "")).as("another place").isEmpty();

      var later = NOW.plusSeconds(3600);
      var renamed = resource("pools", "", "p2", "Pool 2", Map.of("enabled", "false"));
      store.save(
          "c",
          List.of(
              new ResourceDelta(
                  "pools",
                  "",
                  List.of(renamed),
                  List.of("p3"),
                  List.of(
                      change(renamed, "changed", "name: Pool two → Pool 2"),
                      change(pools.get(2), "removed", null)))),
          later);

      assertThat(store.stored("c", "pools", "")).containsOnlyKeys("p1", "p2");
      assertThat(store.stored("c", "pools", "").get("p2")).isEqualTo(renamed);
      assertThat(seen(database, "p2"))
          .as("first seen kept, changed at moved")
          .containsExactly(NOW.toEpochMilli(), later.toEpochMilli());
      var changes =
          new JdbcInventoryStore(database)
              .changes("c", null, null, 100).stream()
                  .map(c -> tuple(c.subject(), c.subjectId(), c.zoneId(), c.change(), c.detail()))
                  .toList();
      assertThat(changes)
          .containsExactlyInAnyOrder(
              tuple("pools", "p1", "", "added", null),
              tuple("pools", "p2", "", "added", null),
              tuple("pools", "p3", "", "added", null),
              tuple("page_rules", "r1", "z1", "added", null),
              tuple("pools", "p2", "", "changed", "name: Pool two → Pool 2"),
              tuple("pools", "p3", "", "removed", null));
      assertThat(store.totals("c"))
          .containsExactly(Map.entry("page_rules", 1), Map.entry("pools", 2));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aDeltaHoldingAnotherPlacesResource_isRefused_andNothingIsWritten(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c");
      var store = new JdbcResourceStore(database);
      var stray = resource("pools", "z1", "p1", "Pool", Map.of());
      var delta = new ResourceDelta("pools", "", List.of(stray), List.of(), List.of());
      assertThatThrownBy(() -> store.save("c", List.of(delta), NOW))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pools/z1/p1");
      assertThat(store.totals("c")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void deltasNamingOneResourceTwice_applyAsIfInTurn(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c");
      var store = new JdbcResourceStore(database);
      var kept = resource("pools", "", "kept", "old", Map.of());
      var gone = resource("pools", "", "gone", "Gone", Map.of());
      store.save("c", List.of(added(List.of(kept, gone))), NOW);
      var renamed = resource("pools", "", "kept", "new", Map.of());
      var back = resource("pools", "", "back", "Back", Map.of());
      store.save(
          "c",
          List.of(
              upserting(kept, gone),
              upserting(renamed, back),
              new ResourceDelta("pools", "", List.of(), List.of("gone", "back"), List.of()),
              upserting(back)),
          NOW);
      assertThat(store.stored("c", "pools", ""))
          .containsOnlyKeys("kept", "back")
          .containsEntry("kept", renamed);
    }
  }

  private static ResourceDelta upserting(ResourceEntry... entries) {
    return new ResourceDelta("pools", "", List.of(entries), List.of(), List.of());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void reads_areReplacedPerType(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c", "d");
      var store = new JdbcResourceStore(database);
      assertThat(store.reads("c")).isEmpty();
      store.noteReads(
          "c",
          List.of(
              new TypeRead("rulesets", NOW, false, "Cloudflare refused", "Zone → Zone WAF → Read"),
              new TypeRead("pools", NOW, true, null, null)));
      var later = NOW.plusSeconds(60);
      store.noteReads("c", List.of(new TypeRead("rulesets", later, true, null, null)));
      store.noteReads("d", List.of(new TypeRead("pools", later, false, "no", null)));
      assertThat(store.reads("c"))
          .containsExactly(
              new TypeRead("pools", NOW, true, null, null),
              new TypeRead("rulesets", later, true, null, null));
      assertThat(store.reads("d")).containsExactly(new TypeRead("pools", later, false, "no", null));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aZoneRemovedFromTheInventory_takesItsResources(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c");
      var inventory = new JdbcInventoryStore(database);
      inventory.saveZones("c", List.of(zone("z1"), zone("z2")), List.of(), List.of(), NOW);
      var store = new JdbcResourceStore(database);
      store.save(
          "c",
          List.of(
              added(List.of(resource("page_rules", "z1", "r1", "one", Map.of()))),
              added(List.of(resource("page_rules", "z2", "r2", "two", Map.of()))),
              added(List.of(resource("rulesets", "z1", "s1", "zone set", Map.of()))),
              added(List.of(resource("rulesets", "", "s2", "account set", Map.of())))),
          NOW);

      inventory.saveZones("c", List.of(), List.of("z1"), List.of(), NOW);

      assertThat(store.stored("c", "page_rules", "z1")).isEmpty();
      assertThat(store.stored("c", "rulesets", "z1")).isEmpty();
      assertThat(store.stored("c", "page_rules", "z2")).containsOnlyKeys("r2");
      assertThat(store.stored("c", "rulesets", "")).containsOnlyKeys("s2");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void deletingAConnection_deletesItsResourcesAndReads(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c", "d");
      var store = new JdbcResourceStore(database);
      for (var connection : List.of("c", "d")) {
        store.save(
            connection, List.of(added(List.of(resource("pools", "", "p", "P", Map.of())))), NOW);
        store.noteReads(connection, List.of(new TypeRead("pools", NOW, true, null, null)));
      }

      assertThat(new JdbcConnectionStore(database).delete("w", "c")).isTrue();

      assertThat(rows(database, "resources", "c")).isZero();
      assertThat(rows(database, "resource_reads", "c")).isZero();
      assertThat(store.totals("d")).containsExactly(Map.entry("pools", 1));
      assertThat(store.reads("d")).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aDocumentWithUnicodeAndAnEscapedNul_readsBackUnchanged(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c");
      var store = new JdbcResourceStore(database);
      // JSON text escapes U+0000 as \u0000: six characters, no NUL, which PostgreSQL's text takes.
      var document =
          "{\"name\":\"café ☃ \uD834\uDD1E 日本\",\"note\":\"a\\u0000b\",\"quote\":\"\\\"\"}";
      var parts = "{\"health\":{\"pop\":\"\\u0000\"}}";
      var entry =
          new ResourceEntry(
              "pools",
              "p1",
              "",
              "",
              "café ☃ \uD834\uDD1E",
              null,
              Map.of("note", "a\uFFFDb"),
              document,
              parts,
              "f");
      store.save("c", List.of(added(List.of(entry))), NOW);

      var stored = store.stored("c", "pools", "").get("p1");
      assertThat(stored).isEqualTo(entry);
      assertThat(stored.document()).isEqualTo(document).doesNotContain("\u0000");
      assertThat(stored.parts()).isEqualTo(parts);
      assertThat(store.find("c", "pools", "p1", "")).contains(entry);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void twentyThousandResources_saveInOneCall(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      connections(database, "c");
      var store = new JdbcResourceStore(database);
      var deltas = new ArrayList<ResourceDelta>();
      for (int zone = 0; zone < 100; zone++) {
        var entries = new ArrayList<ResourceEntry>();
        for (int i = 0; i < 200; i++) {
          var id = String.format("r%03d-%03d", zone, i);
          entries.add(
              resource(
                  "ip_access_rules",
                  "z" + zone,
                  id,
                  "198.51.100." + i,
                  Map.of("mode", i % 2 == 0 ? "block" : "challenge", "notes", "rule " + id)));
        }
        deltas.add(added(entries));
      }
      var started = System.nanoTime();
      store.save("c", deltas, NOW);
      var millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("%s: saved 20,000 resources in one call in %d ms%n", kind, millis);

      assertThat(store.totals("c")).containsExactly(Map.entry("ip_access_rules", 20_000));
      assertThat(store.stored("c", "ip_access_rules", "z42")).hasSize(200);
      var blocked =
          store.page("c", new ResourceQuery("ip_access_rules", null, "BLOCK rule", 2, 100));
      assertThat(blocked.total()).isEqualTo(10_000);
      assertThat(blocked.items()).hasSize(100);
      assertThat(rows(database, "inventory_changes", "c")).isEqualTo(20_000);
      if (kind == Database.Kind.POSTGRESQL) {
        assertThat(analyses(database, "resources"))
            .as("the planner's statistics follow a bulk write")
            .isEqualTo(1);
      }
    }
  }

  private static ZoneEntry zone(String id) {
    return new ZoneEntry(
        id,
        id + ".example",
        "active",
        "full",
        null,
        List.of(),
        false,
        null,
        null,
        null,
        null,
        null);
  }

  private static long rows(Database database, String table, String connectionId) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE connection_id = :c")
                    .bind("c", connectionId)
                    .mapTo(Long.class)
                    .one());
  }

  /** How often PostgreSQL analyzed a table by command. */
  private static long analyses(Database database, String table) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT analyze_count FROM pg_stat_user_tables"
                            + " WHERE relname = :table AND schemaname = current_schema()")
                    .bind("table", table)
                    .mapTo(Long.class)
                    .one());
  }

  private static List<Long> seen(Database database, String resourceId) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT first_seen, changed_at FROM resources WHERE resource_id = :r")
                    .bind("r", resourceId)
                    .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2)))
                    .one());
  }
}
