package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.action.Action;
import dev.flarelink.core.action.actions.StandardActions;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.connection.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The served description names every action, service and resource type the code has: a new one that
 * the spec leaves out would make a valid call look invalid to every generated client.
 */
class SpecEnumsTest {

  private static String spec() throws IOException {
    try (var in = SpecEnumsTest.class.getResourceAsStream("/openapi.yaml")) {
      return new String(
          Objects.requireNonNull(in, "openapi.yaml").readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The values of the first {@code enum: [...]} on a line matching {@code anchor}. */
  private static List<String> enumOn(String spec, String anchor) {
    var line =
        spec.lines()
            .filter(l -> l.contains(anchor) && l.contains("enum: ["))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no enum on a line with " + anchor));
    var matcher = Pattern.compile("enum: \\[([^\\]]*)]").matcher(line);
    assertThat(matcher.find()).isTrue();
    return Arrays.stream(matcher.group(1).split(",", -1)).map(String::strip).toList();
  }

  @Test
  void everyActionServiceAndTypeIsInTheSpec() throws IOException {
    var spec = spec();
    assertThat(enumOn(spec, "name: action, in: path"))
        .containsExactlyInAnyOrderElementsOf(
            StandardActions.registry().all().stream().map(Action::name).toList());
    assertThat(enumOn(spec, "items: {type: string, enum: [identity"))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Service.values()).map(Service::id).toList());
    assertThat(spec).contains(ResourceCatalogue.types().stream().map(ResourceType::name).toList());
  }
}
