package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.testkit.TestHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges of authentication found under attack (#19 item 5): the bearer scheme in any case, a scan's
 * events answer 404 for a scan the caller cannot see, a forged sign-in is refused with 403.
 */
class AuthEdgesApiTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final String KEY = "flk_authEdgesTestKey_0123456789abcdefghijk";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private FlarelinkServer start(CloudflareSimulator sim) {
    return FlarelinkServer.start(sim, dir, null, KEY);
  }

  private static HttpResponse<String> get(FlarelinkServer server, String path, String auth)
      throws Exception {
    return TestHttp.checked(
        server.url(),
        "GET",
        path,
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Authorization", auth)
                .header("Accept", "text/event-stream, application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void theBearerScheme_isAcceptedInAnyCase(CloudflareSimulator sim) throws Exception {
    try (var server = start(sim)) {
      for (var scheme : new String[] {"bearer", "BEARER", "bEaReR", "Bearer"}) {
        // A client of its own each time: Jetty may reuse a header line it saw on the same
        // connection, matching it in any case, which would hide a case-sensitive check.
        try (var fresh = HttpClient.newHttpClient()) {
          var reply =
              TestHttp.checked(
                  server.url(),
                  "GET",
                  "/api/v1/connections",
                  fresh.send(
                      HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/connections"))
                          .header("Authorization", scheme + " " + KEY)
                          .build(),
                      HttpResponse.BodyHandlers.ofString()));
          assertThat(reply.statusCode()).as(scheme + ": " + reply.body()).isEqualTo(200);
        }
      }
      assertThat(get(server, "/api/v1/connections", "Basic " + KEY).statusCode()).isEqualTo(401);
      assertThat(get(server, "/api/v1/connections", "Bearerx" + KEY).statusCode()).isEqualTo(401);
      assertThat(get(server, "/api/v1/connections", "bearer ").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theEventsOfAnotherWorkspacesOrAnUnknownScan_areA404Problem(CloudflareSimulator sim)
      throws Exception {
    try (var server = start(sim)) {
      var created =
          TestHttp.call(
              server.url(),
              KEY,
              "POST",
              "/api/v1/connections",
              "{\"name\":\"main\",\"account_id\":\""
                  + sim.accountId()
                  + "\",\"token\":\""
                  + sim.secret("account-token")
                  + "\",\"enabled_services\":[\"identity\"]}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      var base = "/api/v1/connections/" + created.json().path("id").asText();
      var scan = TestHttp.call(server.url(), KEY, "POST", base + "/scans?kind=identity", null);
      assertThat(scan.status()).as(scan.body()).isEqualTo(202);
      var events = base + "/scans/" + scan.json().path("id").asText() + "/events";
      var other =
          TestHttp.call(server.url(), KEY, "POST", "/api/v1/workspaces", "{\"name\":\"other\"}")
              .json()
              .path("api_key")
              .asText();

      var stranger = get(server, events, "Bearer " + other);
      var unknown = get(server, base + "/scans/nosuchscan/events", "Bearer " + KEY);

      for (var reply : List.of(stranger, unknown)) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(404);
        assertThat(reply.headers().firstValue("content-type").orElse(""))
            .startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("event:");
      }
      var own = get(server, events, "Bearer " + KEY);
      assertThat(own.statusCode()).isEqualTo(200);
      assertThat(own.body()).contains("event: end");
    }
  }

  @Test
  void aSignInWithoutTheAntiForgeryToken_isRefusedWith403(CloudflareSimulator sim)
      throws Exception {
    try (var server = start(sim)) {
      var reply =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/ui/sign-in"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("api_key=" + KEY + "&_csrf=forged"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).isEqualTo(403);
      assertThat(reply.body()).contains("came from another site");
      assertThat(reply.headers().allValues("set-cookie"))
          .as("no session is made")
          .noneMatch(c -> c.startsWith("flarelink_session="));
    }
  }
}
