package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
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
 * Over REST: a partial scan is shown as succeeded with warnings, a connection's status tells the
 * truth, and answers from a service that is not enabled or never scanned say so.
 */
class ScanTruthApiTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(5, 10, 2, 2, 4, 3, 0)));

  private static final String KEY = "flk_scanTruthTestKey_0123456789abcdefghij";

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String method, String path) throws Exception {
    return TestHttp.call(server.url(), KEY, method, path, null);
  }

  private String connect(CloudflareSimulator sim, String credential, List<String> services)
      throws Exception {
    return new TestApi(server.url(), KEY)
        .saveConnection(sim, credential, credential, services, false);
  }

  /** Starts a scan and follows its events to the end; returns the end event's scan. */
  private JsonNode scanToEnd(String base, String kind) throws Exception {
    var started = call("POST", base + "/scans?kind=" + kind);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    var scanId = started.json().path("id").asText();
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
    var end = events.body().substring(events.body().indexOf("event: end"));
    assertThat(end).contains("\"warnings\"");
    return call("GET", base + "/scans/" + scanId).json();
  }

  private FlarelinkServer start(CloudflareSimulator sim) {
    return FlarelinkServer.start(sim, dir, null, KEY);
  }

  @Test
  void aDnsOnlyToken_scansPartially_andTheStatusIsPartialNotWorking(CloudflareSimulator sim)
      throws Exception {
    try (var started = start(sim)) {
      server = started;
      var id = connect(sim, "zone-dns-read-only", List.of("inventory"));
      var base = "/api/v1/connections/" + id;
      assertThat(call("POST", base + "/test").status()).isEqualTo(200);

      var scan = scanToEnd(base, "inventory");

      assertThat(scan.path("state").asText()).isEqualTo("succeeded");
      assertThat(scan.path("partial").asBoolean()).isTrue();
      int records =
          sim.state()
              .read(
                  s ->
                      s.zones().stream()
                          .filter(z -> z.accountId().equals(sim.accountId()))
                          .mapToInt(z -> s.records(z.id()).size())
                          .sum());
      assertThat(records).isPositive();
      assertThat(scan.path("counts").path("dns_records").asInt())
          .as("every DNS record imported")
          .isEqualTo(records);
      var warning = scan.path("warnings").get(0);
      assertThat(warning.path("part").asText()).isEqualTo("zone_settings");
      assertThat(warning.path("permission").asText()).isEqualTo("Zone → Zone Settings → Read");
      assertThat(warning.path("reason").asText()).isNotBlank();

      var status = call("GET", base + "/status").json();
      assertThat(status.path("state").asText()).isEqualTo("partial");
      assertThat(status.path("reasons").get(0).asText()).contains("Zone → Zone Settings → Read");

      var zones = call("GET", base + "/zones").json();
      assertThat(zones.path("coverage").path("state").asText()).isEqualTo("partial");
      assertThat(zones.path("coverage").path("warnings").get(0).path("part").asText())
          .isEqualTo("zone_settings");

      var members = call("GET", base + "/members");
      assertThat(members.status()).isEqualTo(409);
      assertThat(members.body()).contains("does not enable the identity service");
      assertThat(call("GET", base + "/access-review").status()).isEqualTo(409);
      assertThat(call("GET", base + "/changes").status()).isEqualTo(409);
    }
  }

  @Test
  void beforeTheFirstScan_theReviewSaysNoScanYet_andTheStatusIsNotScanned(CloudflareSimulator sim)
      throws Exception {
    try (var started = start(sim)) {
      server = started;
      var id = connect(sim, "account-token", List.of("identity", "inventory"));
      var base = "/api/v1/connections/" + id;
      assertThat(call("POST", base + "/test").status()).isEqualTo(200);

      var review = call("GET", base + "/access-review");
      assertThat(review.status()).isEqualTo(200);
      assertThat(review.json().path("coverage").path("state").asText()).isEqualTo("not_scanned");
      assertThat(review.json().path("coverage").path("message").asText())
          .startsWith("No identity scan yet");
      var members = call("GET", base + "/members").json();
      assertThat(members.path("coverage").path("state").asText()).isEqualTo("not_scanned");
      var changes = call("GET", base + "/inventory-changes").json();
      assertThat(changes.path("coverage").path("state").asText()).isEqualTo("not_scanned");

      var status = call("GET", base + "/status").json();
      assertThat(status.path("state").asText()).isEqualTo("not_scanned");
      assertThat(status.path("reasons"))
          .extracting(JsonNode::asText)
          .containsExactly("No identity scan yet.", "No inventory scan yet.");

      var scan = scanToEnd(base, "identity");
      assertThat(scan.path("partial").asBoolean()).isFalse();
      assertThat(scan.path("counts").path("declined_invitations_skipped").asInt()).isEqualTo(2);
      assertThat(scan.path("counts").path("members").asInt()).isEqualTo(12);
      assertThat(
              call("GET", base + "/access-review").json().path("coverage").path("state").asText())
          .isEqualTo("complete");
    }
  }
}
