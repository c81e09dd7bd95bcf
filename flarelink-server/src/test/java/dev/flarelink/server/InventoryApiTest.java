package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Inventory scans, zones, settings and DNS records over the REST API. */
class InventoryApiTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(5, 5, 0, 0, 6, 12, 0)));

  private static final String KEY = "flk_inventoryTestKey_0123456789abcdefghijk";

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String method, String path) throws Exception {
    return TestHttp.call(server.url(), KEY, method, path, null);
  }

  private String connect(CloudflareSimulator sim, String credential, List<String> services)
      throws Exception {
    // Partly permitted tokens are kept on purpose: their answers say what is missing.
    return new TestApi(server.url(), KEY)
        .saveConnection(sim, credential, credential, services, true);
  }

  @Test
  void anInventoryScan_fillsZonesAndRecords_thatQueriesReturn(CloudflareSimulator sim)
      throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id = connect(sim, "account-token", null);
      var base = "/api/v1/connections/" + id;

      var before = call("GET", base + "/dns-records").json();
      assertThat(before.path("dns_records")).isEmpty();
      assertThat(before.path("note").asText()).contains("No inventory scan has completed");

      var started202 = call("POST", base + "/scans?kind=inventory");
      assertThat(started202.status()).as(started202.body()).isEqualTo(202);
      assertThat(started202.json().path("kind").asText()).isEqualTo("inventory");
      var scanId = started202.json().path("id").asText();
      var scan = server.scans().await(scanId, s -> {});
      assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
      var shown = call("GET", base + "/scans/" + scanId).json();
      assertThat(shown.path("counts").path("zones").asInt()).isEqualTo(6);
      assertThat(shown.path("counts").path("dns_records").asInt()).isEqualTo(72);

      var zones = call("GET", base + "/zones?per_page=4").json();
      assertThat(zones.path("paging").path("total").asInt()).isEqualTo(6);
      assertThat(zones.path("zones")).hasSize(4);
      assertThat(zones.path("source").asText()).isEqualTo("inventory");
      assertThat(zones.path("scanned_at").isTextual()).isTrue();
      var zone = zones.path("zones").get(0);
      var name = zone.path("name").asText();

      var detail = call("GET", base + "/zones/" + name.toUpperCase(Locale.ROOT)).json();
      assertThat(detail.path("id").asText()).isEqualTo(zone.path("id").asText());
      assertThat(detail.path("dns_records").asInt()).isEqualTo(12);
      var truthSsl =
          sim.state()
              .read(s -> s.zone(zone.path("id").asText()).orElseThrow().settings().get("ssl"));
      assertThat(detail.path("security").path("ssl").asText()).isEqualTo(truthSsl);
      var fresh = call("GET", base + "/zones/" + zone.path("id").asText() + "?fresh=true").json();
      assertThat(fresh.path("source").asText()).isEqualTo("cloudflare");
      assertThat(fresh.path("security")).isEqualTo(detail.path("security"));

      var settings = call("GET", base + "/zones/" + name + "/settings").json();
      assertThat(settings.path("settings").findValuesAsText("id"))
          .contains("ssl", "min_tls_version", "always_use_https", "tls_1_3", "security_level");

      var a = call("GET", base + "/dns-records?type=A&zone=" + name).json();
      var truthA =
          sim.state()
              .read(
                  s ->
                      s.records(zone.path("id").asText()).stream()
                          .filter(r -> r.type().equals("A"))
                          .count());
      assertThat(a.path("paging").path("total").asLong()).isEqualTo(truthA);
      var dotted = call("GET", base + "/dns-records?name.ends_with=" + name).json();
      var colon = call("GET", base + "/dns-records?name=ends_with:" + name).json();
      assertThat(dotted.path("paging").path("total").asInt())
          .isEqualTo(colon.path("paging").path("total").asInt())
          .isEqualTo(12);

      var csv = call("GET", base + "/dns-records?format=csv&per_page=5");
      assertThat(csv.contentType()).startsWith("text/csv");
      assertThat(csv.body().split("\r\n")).as("CSV holds every match, not one page").hasSize(73);

      var changes = call("GET", base + "/inventory-changes?limit=1000").json().path("changes");
      assertThat(changes)
          .as("6 zones, 72 records and every zone's 54 settings added")
          .hasSize(6 + 72 + 6 * 54);

      assertThat(call("GET", base + "/dns-records?type=BOGUS").status()).isEqualTo(400);
      assertThat(call("GET", base + "/dns-records?proxied=maybe").status()).isEqualTo(400);
      assertThat(call("GET", base + "/dns-records?per_page=0").status()).isEqualTo(400);
      assertThat(call("GET", base + "/zones?status=asleep").status()).isEqualTo(400);
      // An operator the filters do not take is refused, not ignored (which answered everything).
      for (var unknown : List.of("/dns-records?name.not_equal=x", "/zones?name.like=x")) {
        var reply = call("GET", base + unknown);
        assertThat(reply.status()).as(unknown).isEqualTo(400);
        assertThat(reply.json().path("detail").asText())
            .as(unknown)
            .contains("use one of exact (or equal), contains, starts_with, ends_with");
      }
      for (var list : List.of("/inventory-changes", "/scans", "/audit")) {
        for (var limit : List.of("-1", "0", "10001", "99999999999")) {
          var reply = call("GET", base + list + "?limit=" + limit);
          assertThat(reply.status()).as(list + " limit " + limit).isEqualTo(400);
          assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("limit");
        }
      }
      for (var nul :
          Map.of(
                  "/dns-records?content=%00", "content",
                  "/dns-records?name=contains:%00", "name",
                  "/dns-records?comment=x%00", "comment",
                  "/dns-records?tag=%00", "tag",
                  "/dns-records?zone=%00", "zone",
                  "/zones?name=%00", "name")
              .entrySet()) {
        var reply = call("GET", base + nul.getKey());
        assertThat(reply.status()).as(nul.getKey()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("field").asText())
            .as(nul.getKey())
            .isEqualTo(nul.getValue());
      }
      // Jetty refuses a NUL in the path itself, before any route (its own 400 page).
      assertThat(call("GET", base + "/zones/a%00b").status()).isEqualTo(400);
      assertThat(call("GET", base + "/zones/no.such.zone").status()).isEqualTo(404);
      assertThat(call("GET", base + "/zones/no.such.zone?fresh=true").status()).isEqualTo(404);
      assertThat(call("POST", base + "/scans?kind=everything").status()).isEqualTo(400);
    }
  }

  @Test
  void withoutTheService_orThePermission_theAnswerSaysWhy(CloudflareSimulator sim)
      throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var identityOnly = connect(sim, "account-token", List.of("identity"));
      var refused = call("GET", "/api/v1/connections/" + identityOnly + "/zones");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().path("detail").asText()).contains("does not enable the inventory");
      var noScan = call("POST", "/api/v1/connections/" + identityOnly + "/scans?kind=inventory");
      assertThat(noScan.status()).isEqualTo(409);

      var narrow = connect(sim, "zone-dns-read-only", null);
      var denied =
          call("GET", "/api/v1/connections/" + narrow + "/zones/" + firstZone(sim) + "?fresh=true");
      assertThat(denied.status()).as(denied.body()).isEqualTo(424);
      assertThat(denied.json().path("detail").asText()).containsIgnoringCase("Zone Settings");
    }
  }

  private static String firstZone(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .findFirst()
                    .orElseThrow()
                    .id());
  }
}
