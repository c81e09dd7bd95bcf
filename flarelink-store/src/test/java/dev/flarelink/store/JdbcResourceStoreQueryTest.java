package dev.flarelink.store;

import static dev.flarelink.store.ResourceFixtures.NOW;
import static dev.flarelink.store.ResourceFixtures.added;
import static dev.flarelink.store.ResourceFixtures.connections;
import static dev.flarelink.store.ResourceFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.inventory.ResourceQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The resource store's queries on both databases, with the same expectations. */
class JdbcResourceStoreQueryTest {

  @TempDir Path dir;

  /** Resources in the account and in two zones, and one of another connection. */
  private static JdbcResourceStore filled(Database database) {
    connections(database, "c", "other");
    var store = new JdbcResourceStore(database);
    store.save(
        "c",
        List.of(
            added(
                List.of(
                    resource("rules", "", "a1", "Block Bad Bots", Map.of("mode", "block")),
                    resource("rules", "", "a2", "allow office", Map.of("mode", "whitelist")),
                    resource("rules", "", "a3", "100% sure", Map.of("notes", "under_score")))),
            added(
                List.of(
                    resource("rules", "zb", "b1", "Block admin", Map.of("mode", "block")),
                    resource("rules", "zb", "b2", "challenge login", Map.of("mode", "challenge")))),
            added(
                List.of(
                    resource("rules", "za", "c1", "Block api", Map.of("mode", "block")),
                    resource("rules", "za", "c2", "1000 sure", Map.of("notes", "underXscore")))),
            added(List.of(resource("pools", "", "p1", "origin pool", Map.of("mode", "block"))))),
        NOW);
    store.save(
        "other",
        List.of(added(List.of(resource("rules", "", "x1", "Block other", Map.of())))),
        NOW);
    return store;
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void pages_inZoneNameThenNameOrder_withTheTotal(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var store = filled(opened.database());
      var first = store.page("c", new ResourceQuery(null, null, null, 1, 3));
      assertThat(ids(first.items())).containsExactly("a3", "a1", "a2");
      assertThat(first.total()).isEqualTo(8);
      var second = store.page("c", new ResourceQuery(null, null, null, 2, 3));
      assertThat(ids(second.items()))
          .as("account, then za, then zb")
          .containsExactly("p1", "c2", "c1");
      var last = store.page("c", new ResourceQuery(null, null, null, 3, 3));
      assertThat(ids(last.items())).containsExactly("b1", "b2");
      assertThat(last.total()).isEqualTo(8);
      var past = store.page("c", new ResourceQuery(null, null, null, 5, 3));
      assertThat(past.items()).isEmpty();
      assertThat(past.total()).isEqualTo(8);

      var rules = store.page("c", new ResourceQuery("rules", null, null, 1, 100));
      assertThat(rules.total()).isEqualTo(7);
      var zone = store.page("c", new ResourceQuery(null, "zb", null, 1, 100));
      assertThat(ids(zone.items())).containsExactly("b1", "b2");
      assertThat(store.page("c", new ResourceQuery("pools", "zb", null, 1, 100)).total()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void text_matchesEveryWord_inAnyCase_inNameIdOrFields(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var store = filled(opened.database());
      assertThat(search(store, null, null, "block")).containsExactly("a1", "p1", "c1", "b1");
      assertThat(search(store, "rules", null, "BLOCK")).containsExactly("a1", "c1", "b1");
      assertThat(search(store, "rules", null, "  bLoCk   ADMIN ")).containsExactly("b1");
      assertThat(search(store, null, "za", "block")).containsExactly("c1");
      assertThat(search(store, null, null, "b2")).as("by identifier").containsExactly("b2");
      assertThat(search(store, null, null, "whitelist office")).containsExactly("a2");
      assertThat(search(store, null, null, "block whitelist")).as("every word").isEmpty();
      assertThat(search(store, null, null, "bots")).containsExactly("a1");
      assertThat(search(store, null, null, "botsa1")).as("not across name and id").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void likeWildcardsInTheText_matchOnlyThemselves(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var store = filled(opened.database());
      assertThat(search(store, null, null, "100%")).containsExactly("a3");
      assertThat(search(store, null, null, "%")).containsExactly("a3");
      assertThat(search(store, null, null, "under_score")).containsExactly("a3");
      assertThat(search(store, null, null, "_")).containsExactly("a3");
      assertThat(search(store, null, null, "!")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void find_inAZone_orInAnyPlace_theAccountsFirst(Database.Kind kind) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var database = opened.database();
      var store = filled(database);
      store.save(
          "c",
          List.of(
              added(List.of(resource("shared", "zb", "s", "in zb", Map.of()))),
              added(List.of(resource("shared", "za", "s", "in za", Map.of())))),
          NOW);
      assertThat(store.find("c", "rules", "b1", "").map(ResourceEntry::zoneId)).contains("zb");
      assertThat(store.find("c", "rules", "b1", "zb").map(ResourceEntry::name))
          .contains("Block admin");
      assertThat(store.find("c", "rules", "b1", "za")).isEmpty();
      assertThat(store.find("c", "pools", "b1", "")).as("another type").isEmpty();
      assertThat(store.find("other", "rules", "b1", "")).as("another connection").isEmpty();
      assertThat(store.find("c", "shared", "s", "").map(ResourceEntry::name))
          .as("several places: the lowest zone id")
          .contains("in za");
      assertThat(store.find("c", "shared", "s", "zb").map(ResourceEntry::name)).contains("in zb");

      store.save(
          "c", List.of(added(List.of(resource("shared", "", "s", "account", Map.of())))), NOW);
      assertThat(store.find("c", "shared", "s", "").map(ResourceEntry::name)).contains("account");
    }
  }

  private static List<String> search(
      JdbcResourceStore store, String type, String zoneId, String text) {
    return ids(store.page("c", new ResourceQuery(type, zoneId, text, 1, 100)).items());
  }

  private static List<String> ids(List<ResourceEntry> entries) {
    return entries.stream().map(ResourceEntry::resourceId).toList();
  }
}
