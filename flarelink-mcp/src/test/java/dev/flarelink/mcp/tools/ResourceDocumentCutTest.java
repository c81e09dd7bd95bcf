package dev.flarelink.mcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.mcp.tool.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A resource's document is cut to one answer: members in order while they fit, a long array to the
 * elements that fit, with a note that says how to read the rest; asked for by member and offset,
 * the rest comes whole and nothing is lost or repeated.
 */
class ResourceDocumentCutTest {

  private static final int BUDGET = 2_000;

  /** A ruleset with {@code rules} rules of about 100 characters each. */
  private static ObjectNode ruleset(int rules) {
    var document = JsonNodeFactory.instance.objectNode();
    document.put("id", "rs1");
    document.put("phase", "http_request_firewall_custom");
    var array = document.putArray("rules");
    for (int i = 0; i < rules; i++) {
      var rule = array.addObject();
      rule.put("id", "rule-" + i);
      rule.put("expression", "(ip.src eq 192.0.2." + i + ") and http.host eq \"example.com\"");
      rule.put("action", "block");
    }
    document.put("version", "7");
    return document;
  }

  @Test
  void aSmallDocument_comesWhole_withoutANote() {
    var document = ruleset(3);
    var health = JsonNodeFactory.instance.objectNode().put("healthy", true);
    var cut = DocumentCut.of(document, Map.of("health", health), List.of(), 0, BUDGET);
    assertThat((JsonNode) cut.document()).isEqualTo(document);
    assertThat(cut.parts()).containsEntry("health", health);
    assertThat(cut.cut()).isNull();
  }

  @Test
  void aLongArray_isCutToWhatFits_andTheRestIsReadByOffset_withoutLossOrRepeat() {
    var document = ruleset(100);
    var first = DocumentCut.of(document, Map.of(), List.of(), 0, BUDGET);
    assertThat(Listing.length(first.document())).isLessThanOrEqualTo(BUDGET);
    assertThat(first.document().path("id").asText()).isEqualTo("rs1");
    assertThat(first.document().path("version").asText())
        .as("a small member after it")
        .isEqualTo("7");
    var kept = first.document().path("rules").size();
    assertThat(kept).isBetween(1, 99);
    var note = (String) first.cut().get("note");
    assertThat(note)
        .contains("rules: elements 0 to " + (kept - 1) + " of 100")
        .contains("fields: [\"rules\"], offset: " + kept);

    var ids = new ArrayList<String>();
    first.document().path("rules").forEach(r -> ids.add(r.path("id").asText()));
    var offset = kept;
    while (offset < 100) {
      var next = DocumentCut.of(document, Map.of(), List.of("rules"), offset, BUDGET);
      assertThat(next.document().properties())
          .extracting(Map.Entry::getKey)
          .containsExactly("rules");
      var rules = next.document().path("rules");
      assertThat(rules.size()).isPositive();
      rules.forEach(r -> ids.add(r.path("id").asText()));
      offset += rules.size();
    }
    assertThat(ids).hasSize(100).doesNotHaveDuplicates();
    assertThat(ids.getLast()).isEqualTo("rule-99");
  }

  @Test
  void aLargeMemberThatIsNoArray_isLeftOut_andNamed() {
    var document = JsonNodeFactory.instance.objectNode();
    document.put("id", "pool-1");
    document.put("description", "x".repeat(BUDGET * 2));
    document.put("enabled", true);
    var cut = DocumentCut.of(document, Map.of(), List.of(), 0, BUDGET);
    assertThat(cut.document().has("description")).isFalse();
    assertThat(cut.document().path("enabled").asBoolean()).isTrue();
    assertThat(cut.cut().get("left_out")).isEqualTo(List.of("description"));
    assertThat((String) cut.cut().get("note")).contains("fields: [\"description\"]");
  }

  @Test
  void fieldsNameMembersAndParts_andAWrongOneNamesThoseThereAre() {
    var document = ruleset(2);
    var health = JsonNodeFactory.instance.objectNode().put("healthy", false);
    var cut =
        DocumentCut.of(document, Map.of("health", health), List.of("phase", "health"), 0, BUDGET);
    assertThat(cut.document().properties()).extracting(Map.Entry::getKey).containsExactly("phase");
    assertThat(cut.parts()).containsOnlyKeys("health");

    assertThatThrownBy(() -> DocumentCut.of(document, Map.of(), List.of("rulez"), 0, BUDGET))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rulez")
        .hasMessageContaining("id, phase, rules, version");
    assertThatThrownBy(() -> DocumentCut.of(document, Map.of(), List.of(), 5, BUDGET))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("offset");
  }
}
