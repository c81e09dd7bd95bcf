package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.testkit.ServedSpec;
import dev.flarelink.testkit.TestHttp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The response check the API tests rely on refuses what the description does not allow. */
class ServedSpecTest {

  private static ServedSpec spec;

  @BeforeAll
  static void load() throws Exception {
    try (var in = ServedSpecTest.class.getResourceAsStream("/openapi.yaml")) {
      spec = new ServedSpec(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static TestHttp.Reply json(int status, String body) {
    return new TestHttp.Reply(status, "application/json", body);
  }

  @Test
  void aConformingAnswer_passes() {
    assertThat(spec.checkResponse("GET", "/health/ready", json(200, "{\"status\":\"ready\"}")))
        .isEmpty();
    assertThat(
            spec.checkResponse(
                "GET",
                "/api/v1/connections/abc/status?x=1",
                json(200, "{\"state\":\"working\",\"reasons\":[]}")))
        .isEmpty();
  }

  @Test
  void aWrongType_aMissingField_anUnknownStatusAndAWrongContentType_areReported() {
    assertThat(
            spec.checkResponse(
                "GET",
                "/api/v1/connections/abc/status",
                json(200, "{\"state\":\"working\",\"reasons\":\"none\"}")))
        .isNotEmpty();
    assertThat(
            spec.checkResponse(
                "GET", "/api/v1/workspaces", json(200, "{\"spaces\":[{\"id\":\"a\"}]}")))
        .as("workspaces is required")
        .isNotEmpty();
    assertThat(spec.checkResponse("GET", "/api/v1/connections", json(418, "{}"))).isNotEmpty();
    assertThat(
            spec.checkResponse(
                "GET",
                "/api/v1/connections/abc/zones/x",
                new TestHttp.Reply(400, "text/html;charset=iso-8859-1", "<html></html>")))
        .as("errors are problem+json, never an HTML page")
        .isNotEmpty();
  }

  @Test
  void aPathNotDescribed_mayOnlyAnswerNotFound() {
    var problem =
        new TestHttp.Reply(
            404,
            "application/problem+json",
            "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"x\"}");
    assertThat(spec.checkResponse("GET", "/api/v1/nothing", problem)).isEmpty();
    assertThat(spec.checkResponse("GET", "/api/v1/nothing", json(200, "{}"))).isNotEmpty();
  }
}
