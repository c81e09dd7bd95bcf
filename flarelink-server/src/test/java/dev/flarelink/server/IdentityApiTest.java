package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Scans, members, roles, changes and the access review over the REST API. */
class IdentityApiTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(11, 120, 12, 4, 2, 3, 5)));

  private static final String KEY = "flk_identityTestKey_0123456789abcdefghijkl";

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String method, String path) throws Exception {
    return TestHttp.call(server.url(), KEY, method, path, null);
  }

  private String connect(CloudflareSimulator sim, String credential) throws Exception {
    return new TestApi(server.url(), KEY).saveConnection(sim, credential, credential, null, false);
  }

  private FlarelinkServer start(CloudflareSimulator sim) {
    return FlarelinkServer.start(sim, dir, null, KEY);
  }

  @Test
  void aScan_isStartedJoinedStreamed_andItsFindingsQueried(CloudflareSimulator sim)
      throws Exception {
    try (var started = start(sim)) {
      server = started;
      var id = connect(sim, "account-token");
      var base = "/api/v1/connections/" + id;

      // Slow enough that the second request surely finds the first scan running.
      sim.setFaults(Faults.parse("latency=300"));
      var first = call("POST", base + "/scans");
      assertThat(first.status()).as(first.body()).isEqualTo(202);
      var scanId = first.json().path("id").asText();
      var second = call("POST", base + "/scans");
      assertThat(second.json().path("id").asText())
          .as("a second request joins the running scan")
          .isEqualTo(scanId);

      var events =
          TestHttp.checked(
              server.url(),
              "GET",
              base + "/scans/" + scanId + "/events",
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(
                              URI.create(server.url() + base + "/scans/" + scanId + "/events"))
                          .header("Authorization", "Bearer " + KEY)
                          .header("Accept", "text/event-stream")
                          .build(),
                      HttpResponse.BodyHandlers.ofString()));
      assertThat(events.headers().firstValue("content-type").orElse(""))
          .startsWith("text/event-stream");
      assertThat(events.body()).contains("event: progress").contains("event: end");
      sim.setFaults(Faults.NONE);
      assertThat(events.body().substring(events.body().indexOf("event: end")))
          .contains("\"state\":\"succeeded\"");

      var scan = call("GET", base + "/scans/" + scanId).json();
      assertThat(scan.path("state").asText()).isEqualTo("succeeded");
      assertThat(scan.path("items").asInt()).isEqualTo(132);
      assertThat(scan.path("requests").asInt())
          .as("account, roles, 3 member pages of 50, audit log")
          .isEqualTo(6);
      assertThat(scan.path("rate_budget").path("limit").asInt()).isEqualTo(1200);

      var members = call("GET", base + "/members?per_page=50&page=2").json();
      assertThat(members.path("paging").path("total").asInt()).isEqualTo(132);
      assertThat(members.path("paging").path("total_pages").asInt()).isEqualTo(3);
      assertThat(members.path("members")).hasSize(50);
      assertThat(members.path("note").asText()).contains("last logged in");

      var invited = call("GET", base + "/members?status=invited").json();
      assertThat(invited.path("paging").path("total").asInt()).isEqualTo(12);
      var withoutTwoFactor = call("GET", base + "/members?two_factor=false").json();
      long truthWithout = SimulatorTruth.activeWithoutTwoFactor(sim).size();
      assertThat(withoutTwoFactor.path("paging").path("total").asLong()).isEqualTo(truthWithout);

      var anyone = members.path("members").get(0);
      var search = anyone.path("email").asText().substring(0, 6).toUpperCase(Locale.ROOT);
      var found = call("GET", base + "/members?q=" + search).json();
      assertThat(found.path("members").findValuesAsText("email"))
          .contains(anyone.path("email").asText());

      var csv = call("GET", base + "/members?format=csv&status=active");
      assertThat(csv.contentType()).startsWith("text/csv");
      var lines = csv.body().split("\r\n");
      assertThat(lines).hasSize(121);
      assertThat(lines[0]).startsWith("member_id,user_id,email,name,status,two_factor,roles");

      var roles = call("GET", base + "/roles").json().path("roles");
      assertThat(roles).hasSize(8);
      var admins = call("GET", base + "/members?role=Administrator").json();
      assertThat(admins.path("paging").path("total").asInt()).isPositive();
      admins
          .path("members")
          .forEach(
              m -> assertThat(m.path("roles").findValuesAsText("name")).contains("Administrator"));

      var review = call("GET", base + "/access-review?pending_days=0").json();
      assertThat(review.path("super_administrators")).isNotEmpty();
      assertThat(review.path("active_without_two_factor")).hasSize((int) truthWithout);
      assertThat(review.path("invites_pending_longer")).hasSize(12);
      assertThat(review.path("enforce_two_factor").isBoolean()).isTrue();

      var changes = call("GET", base + "/changes?limit=1000").json().path("changes");
      assertThat(changes).hasSize(132);
      assertThat(call("GET", base + "/changes?format=csv").body()).startsWith("at,change,");
    }
  }

  @Test
  void badQueries_getProblems_namingTheParameter(CloudflareSimulator sim) throws Exception {
    try (var started = start(sim)) {
      server = started;
      var base = "/api/v1/connections/" + connect(sim, "account-token");
      for (var query :
          Map.of(
                  "/members?status=gone", "status",
                  "/members?per_page=5000", "per_page",
                  "/members?two_factor=maybe", "two_factor",
                  "/members?role=Nobody", "role",
                  "/members?format=xml", "format",
                  "/members?q=%00", "q",
                  "/members?q=a%00b&status=active", "q",
                  "/changes?since=yesterday", "since",
                  "/access-review?pending_days=-1", "pending_days")
              .entrySet()) {
        var reply = call("GET", base + query.getKey());
        assertThat(reply.status()).as(query.getKey()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("field").asText())
            .isEqualTo(query.getValue());
      }
      assertThat(call("GET", base + "/scans/nope").status()).isEqualTo(404);
      assertThat(call("POST", "/api/v1/connections/nope/scans").status()).isEqualTo(404);
    }
  }
}
