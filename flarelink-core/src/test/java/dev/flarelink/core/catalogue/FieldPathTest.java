package dev.flarelink.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldPathTest {

  private static final JsonNode POOL =
      json(
          """
      {"name": "web", "enabled": true, "port": 443, "meta": {"a": 1},
       "origins": [{"address": "10.0.0.1", "enabled": true}, {"address": "10.0.0.2", "enabled": false}],
       "certificates": [{"expires_on": "2027-03-01T00:00:00Z", "issuer": "LE"},
                        {"expires_on": "2026-12-20T00:00:00Z", "issuer": "LE"}],
       "health": {"pop_health": {"Amsterdam, NL": {"origins": [{"10.0.0.1": {"healthy": true}}]},
                                 "Tokyo, JP": {"origins": [{"10.0.0.1": {"healthy": false}}]}}}}
      """);

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String read(String expression) {
    return FieldPath.parse(expression).read(POOL);
  }

  @Test
  void readsValuesOfEveryKind() {
    assertThat(read("name")).isEqualTo("web");
    assertThat(read("enabled")).isEqualTo("true");
    assertThat(read("port")).isEqualTo("443");
    assertThat(read("meta")).isEqualTo("{\"a\":1}");
    assertThat(read("missing")).isNull();
    assertThat(read("meta.missing.deeper")).isNull();
  }

  @Test
  void mapsOverArraysAndObjectValues() {
    assertThat(read("origins[].address")).isEqualTo("10.0.0.1, 10.0.0.2");
    assertThat(read("distinct(certificates[].issuer)")).isEqualTo("LE");
    assertThat(read("health.pop_health.*.origins[].*.healthy")).isEqualTo("true, false");
  }

  @Test
  void aggregates() {
    assertThat(read("count(origins)")).isEqualTo("2");
    assertThat(read("count(missing)")).isEqualTo("0");
    assertThat(read("countif(origins[].enabled, false)")).isEqualTo("1");
    assertThat(read("countif(health.pop_health.*.origins[].*.healthy, false)")).isEqualTo("1");
    assertThat(read("min(certificates[].expires_on)")).isEqualTo("2026-12-20T00:00:00Z");
    assertThat(read("max(certificates[].expires_on)")).isEqualTo("2027-03-01T00:00:00Z");
    assertThat(read("min(missing[].x)")).isNull();
  }

  @Test
  void takesTheFirstAlternativeWithAValue() {
    assertThat(read("description | name")).isEqualTo("web");
    assertThat(read("name | port")).isEqualTo("web");
  }

  @Test
  void refusesMalformedDeclarations() {
    assertThatThrownBy(() -> FieldPath.parse("count(origins"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldPath.parse("countif(origins)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldPath.parse("a..b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldPath.parse("nosuch(a)"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
