package dev.flarelink.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceReader;
import dev.flarelink.core.catalogue.ResourceReader.Owner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceDiffTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private static final Owner ZONE = Owner.zone("z1", "example.com");

  private static ResourceEntry rule(String id, String status, int priority, String note) {
    try {
      var document =
          new ObjectMapper()
              .readTree(
                  """
                  {"id": "%s", "status": "%s", "priority": %d, "note": "%s",
                   "targets": [{"target": "url", "constraint": {"operator": "matches",
                                "value": "example.com/%s/*"}}],
                   "actions": [{"id": "cache_level", "value": "bypass"}],
                   "modified_on": "2026-12-01T00:00:00Z"}
                  """
                      .formatted(id, status, priority, note, id));
      return ResourceReader.entry(
          ResourceCatalogue.PAGE_RULES, ZONE, id, document, JsonNodeFactory.instance.objectNode());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, ResourceEntry> byId(List<ResourceEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(ResourceEntry::resourceId, Function.identity()));
  }

  @Test
  void anEntryCarriesTheTypesFieldsAndName() {
    var entry = rule("a", "active", 1, "x");
    assertThat(entry.name()).isEqualTo("example.com/a/*");
    assertThat(entry.fields())
        .containsExactly(
            Map.entry("status", "active"),
            Map.entry("priority", "1"),
            Map.entry("actions", "cache_level"));
    assertThat(entry.modifiedOn()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(entry.zoneName()).isEqualTo("example.com");
  }

  @Test
  void findsAddedChangedAndRemovedWithTheFieldsThatChanged() {
    var stored =
        byId(
            List.of(
                rule("a", "active", 1, "x"),
                rule("b", "active", 2, "x"),
                rule("c", "active", 3, "x")));
    var read =
        List.of(
            rule("a", "active", 1, "x"),
            rule("b", "disabled", 2, "x"),
            rule("c", "active", 3, "note changed"),
            rule("d", "active", 4, "x"));

    var delta = ResourceDiff.delta("scan", "page_rules", "z1", "example.com", stored, read, NOW);

    assertThat(delta.upserts())
        .extracting(ResourceEntry::resourceId)
        .containsExactly("b", "c", "d");
    assertThat(delta.removed()).isEmpty();
    assertThat(delta.changes())
        .extracting(InventoryChange::subjectId, InventoryChange::change, InventoryChange::detail)
        .containsExactly(
            tuple("b", "changed", "status: active → disabled"),
            tuple("c", "changed", "changed in fields not shown in tables (see the document)"),
            tuple("d", "added", null));
    assertThat(delta.changes())
        .allMatch(c -> c.subject().equals("page_rules") && c.zoneName().equals("example.com"));

    var gone =
        ResourceDiff.delta("scan", "page_rules", "z1", "example.com", stored, List.of(), NOW);
    assertThat(gone.removed()).containsExactly("a", "b", "c");
    assertThat(gone.changes()).extracting(InventoryChange::change).containsOnly("removed");
  }

  @Test
  void nothingChangedIsAnEmptyDelta() {
    var stored = byId(List.of(rule("a", "active", 1, "x")));
    var delta =
        ResourceDiff.delta(
            "scan",
            "page_rules",
            "z1",
            "example.com",
            stored,
            List.of(rule("a", "active", 1, "x"), rule("a", "active", 1, "x")),
            NOW);
    assertThat(delta.isEmpty()).isTrue();
  }
}
