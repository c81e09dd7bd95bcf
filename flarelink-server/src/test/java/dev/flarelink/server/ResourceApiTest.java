package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource catalogue over REST: the types and how a connection has them, a type's resources
 * (stored by an inventory scan, or fresh from Cloudflare) by zone, words and page, as JSON or CSV,
 * one resource's whole document, and the answers to bad input, unknown things and a service that is
 * not enabled.
 */
class ResourceApiTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults()
              // 12 zones: the simulator's security and traffic configuration grows with the zones.
              .withSeed(new SeedSpec(11, 5, 0, 0, 12, 2, 0))
              .withRateLimit(100_000, Duration.ofMinutes(5)));

  private static final String KEY = "flk_resourceApiTestKey_0123456789abcdefghi";
  private static final List<String> EVERY_READ_SERVICE =
      List.of("identity", "inventory", "security_rules", "certificates", "load_balancing");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String path) throws Exception {
    return TestHttp.call(server.url(), KEY, "GET", path, null);
  }

  private String connect(CloudflareSimulator sim, String credential, List<String> services)
      throws Exception {
    return new TestApi(server.url(), KEY)
        .saveConnection(sim, credential + services, credential, services, true);
  }

  private void scan(String base) throws Exception {
    var started = TestHttp.call(server.url(), KEY, "POST", base + "/scans?kind=inventory", null);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    var scan = server.scans().await(started.json().path("id").asText(), s -> {});
    assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
    var shown = call(base + "/scans/" + scan.id()).json();
    var refused = new ArrayList<String>();
    shown
        .path("warnings")
        .forEach(
            w -> {
              if (w.hasNonNull("permission")) {
                refused.add(w.toString());
              }
            });
    assertThat(refused).as("a read-everything token may read every type").isEmpty();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theTypes_sayWhatEachNeeds_andWhyItIsNotThereYet(CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var enabled = connect(sim, "account-token", EVERY_READ_SERVICE);
      var types = call("/api/v1/connections/" + enabled + "/resources").json().path("types");
      assertThat(types.findValuesAsText("type"))
          .containsExactlyElementsOf(
              ResourceCatalogue.types().stream().map(ResourceType::name).toList());
      for (var type : types) {
        var declared = ResourceCatalogue.find(type.path("type").asText()).orElseThrow();
        assertThat(type.path("service").asText()).isEqualTo(declared.service().id());
        assertThat(type.path("scope").asText()).isEqualTo(declared.scopes());
        assertThat(type.path("permission").asText()).contains(declared.permissions().getFirst());
        assertThat(type.path("enabled").asBoolean()).isTrue();
        assertThat(type.path("total").asInt()).isZero();
        assertThat(type.path("scanned_at").isNull()).isTrue();
        assertThat(type.path("available").asBoolean()).isFalse();
        assertThat(type.path("reason").asText()).contains("run an inventory scan");
        assertThat(type.path("fields").findValuesAsText("name"))
            .containsExactlyElementsOf(declared.fields().stream().map(f -> f.name()).toList());
      }

      var defaults = connect(sim, "account-token", null);
      var off = call("/api/v1/connections/" + defaults + "/resources").json().path("types");
      for (var type : off) {
        assertThat(type.path("enabled").asBoolean()).isFalse();
        assertThat(type.path("reason").asText())
            .contains(type.path("service").asText())
            .contains(type.path("permission").asText().split(", ", -1)[0]);
      }
      var refused = call("/api/v1/connections/" + defaults + "/resources/certificate_packs");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().path("detail").asText())
          .contains("does not enable the certificates service", "SSL and Certificates → Read");
      assertThat(refused.json().path("errors").get(0).path("message").asText())
          .isEqualTo("not enabled: certificates");
      assertThat(
              call("/api/v1/connections/" + defaults + "/resources/rulesets/x?fresh=true").status())
          .isEqualTo(409);
    }
  }

  @Test
  void anInventoryScan_storesEveryType_thatPagesSearchesExportsAndShowsWhole(
      CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id = connect(sim, "account-token", EVERY_READ_SERVICE);
      var base = "/api/v1/connections/" + id;
      var before = call(base + "/resources/load_balancer_pools").json();
      assertThat(before.path("items")).isEmpty();
      assertThat(before.path("source").asText()).isEqualTo("inventory");
      scan(base);

      var types = call(base + "/resources").json().path("types");
      var seen = new ArrayList<String>();
      for (var type : types) {
        var name = type.path("type").asText();
        assertThat(type.path("available").asBoolean()).as(name).isTrue();
        assertThat(type.has("reason")).as(name).isFalse();
        assertThat(type.path("scanned_at").isTextual()).as(name).isTrue();
        // What the scan stored is what Cloudflare has now.
        var stored = call(base + "/resources/" + name + "?per_page=1000").json();
        var fresh = call(base + "/resources/" + name + "?per_page=1000&fresh=true").json();
        assertThat(fresh.path("source").asText()).isEqualTo("cloudflare");
        assertThat(stored.path("paging").path("total").asInt())
            .as(name)
            .isEqualTo(type.path("total").asInt())
            .isEqualTo(fresh.path("paging").path("total").asInt());
        assertThat(keys(stored)).as(name).isEqualTo(keys(fresh));
        if (type.path("total").asInt() > 0) {
          seen.add(name);
        }
      }
      var truth = JSON.readTree(sim.stateJson()).path("resources");
      for (var type : types) {
        assertThat(type.path("total").asInt())
            .as("what the simulator holds of " + type.path("type").asText())
            .isEqualTo(truth.path(type.path("type").asText()).asInt());
      }
      assertThat(seen)
          .as("the simulator seeds every type at this size")
          .containsExactlyElementsOf(
              ResourceCatalogue.types().stream().map(ResourceType::name).toList());

      for (var name : seen) {
        var all = call(base + "/resources/" + name + "?per_page=1000").json();
        var total = all.path("paging").path("total").asInt();
        var first = all.path("items").get(0);

        var one = call(base + "/resources/" + name + "?per_page=1&page=" + total).json();
        assertThat(one.path("items")).hasSize(1);
        assertThat(one.path("items").get(0)).isEqualTo(all.path("items").get(total - 1));
        assertThat(one.path("paging").path("total_pages").asInt()).isEqualTo(total);
        assertThat(call(base + "/resources/" + name + "?page=" + (total + 1)).json().path("items"))
            .isEmpty();

        var csv = call(base + "/resources/" + name + "?format=csv&per_page=2");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var lines = csv.body().lines().toList();
        assertThat(lines).as("the page's rows under a header").hasSize(1 + Math.min(2, total));
        assertThat(lines.get(0)).startsWith("id,name");
        assertThat(lines.get(1)).startsWith(first.path("id").asText() + ",");

        var words = call(base + "/resources/" + name + "?q=" + encode(first.path("id").asText()));
        assertThat(words.json().path("items").findValuesAsText("id"))
            .containsExactly(first.path("id").asText());
        assertThat(
                call(base + "/resources/" + name + "?q=no-such-words-anywhere")
                    .json()
                    .path("items"))
            .isEmpty();

        var zone = first.path("zone_id").asText(null);
        var path = base + "/resources/" + name + "/" + encode(first.path("id").asText());
        var document = call(path + (zone == null ? "" : "?zone=" + zone)).json();
        assertThat(document.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(document.path("fields")).isEqualTo(first.path("fields"));
        assertThat(document.path("document").path("id").asText())
            .as("Cloudflare's whole document")
            .isEqualTo(first.path("id").asText());
        assertThat(document.path("source").asText()).isEqualTo("inventory");
        if (!name.equals("ip_access_rules")) {
          var freshReply = call(path + "?fresh=true" + (zone == null ? "" : "&zone=" + zone));
          assertThat(freshReply.status()).as(name + " " + freshReply.body()).isEqualTo(200);
          var freshDocument = freshReply.json();
          assertThat(freshDocument.path("source").asText()).isEqualTo("cloudflare");
          assertThat(freshDocument.path("document").path("id"))
              .isEqualTo(document.path("document").path("id"));
        }

        if (zone != null) {
          var zoneName = first.path("zone_name").asText();
          var byName = call(base + "/resources/" + name + "?per_page=1000&zone=" + zoneName).json();
          var byId = call(base + "/resources/" + name + "?per_page=1000&zone=" + zone).json();
          assertThat(byName).isEqualTo(byId);
          assertThat(byName.path("items").findValuesAsText("zone_id")).containsOnly(zone);
          var freshZone =
              call(base + "/resources/" + name + "?per_page=1000&fresh=true&zone=" + zoneName)
                  .json();
          assertThat(keys(freshZone)).isEqualTo(keys(byId));
        }
      }

      var changes = call(base + "/inventory-changes?limit=10000").json().path("changes");
      var subjects = new TreeSet<String>();
      changes.forEach(c -> subjects.add(c.path("subject").asText()));
      assertThat(subjects).as("each resource added appears as a change").containsAll(seen);
    }
  }

  @Test
  void badInput_isA400NamingTheField_andUnknownThingsA404(CloudflareSimulator sim)
      throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id = connect(sim, "account-token", EVERY_READ_SERVICE);
      var base = "/api/v1/connections/" + id + "/resources";
      for (var bad :
          Map.of(
                  "/rulesets?page=0", "page",
                  "/rulesets?page=x", "page",
                  "/rulesets?per_page=0", "per_page",
                  "/rulesets?per_page=1001", "per_page",
                  "/rulesets?zone=no.such.zone", "zone",
                  "/health_checks?zone=no.such.zone&fresh=true", "zone",
                  "/rulesets?format=xml", "format",
                  "/rulesets?fresh=perhaps", "fresh",
                  "/rulesets?q=%00", "q",
                  "/rulesets/abc?zone=no.such.zone", "zone")
              .entrySet()) {
        var reply = call(base + bad.getKey());
        assertThat(reply.status()).as(bad.getKey() + " " + reply.body()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("field").asText())
            .as(bad.getKey())
            .isEqualTo(bad.getValue());
      }
      var unknownType = call(base + "/dns_things");
      assertThat(unknownType.status()).isEqualTo(404);
      assertThat(unknownType.json().path("detail").asText())
          .contains("dns_things", "certificate_packs");
      assertThat(call(base + "/dns_things/abc").status()).isEqualTo(404);
      var unknownResource = call(base + "/page_rules/0123456789abcdef");
      assertThat(unknownResource.status()).isEqualTo(404);
      assertThat(unknownResource.json().path("detail").asText())
          .contains("page_rules", "0123456789abcdef");
      for (var type : ResourceCatalogue.types()) {
        var gone = call(base + "/" + type.name() + "/0123456789abcdef0123456789abcdef?fresh=true");
        assertThat(gone.status()).as(type.name() + " " + gone.body()).isEqualTo(404);
        assertThat(gone.json().path("detail").asText()).contains("in Cloudflare");
      }
      assertThat(call("/api/v1/connections/no-such-connection/resources").status()).isEqualTo(404);
      assertThat(call("/api/v1/connections/no-such-connection/resources/rulesets").status())
          .isEqualTo(404);
    }
  }

  /** The items' type, zone and id, as a set (the order is checked elsewhere). */
  private static Set<String> keys(JsonNode page) {
    var keys = new TreeSet<String>();
    page.path("items")
        .forEach(
            item ->
                keys.add(
                    item.path("type").asText()
                        + "/"
                        + item.path("zone_id").asText("")
                        + "/"
                        + item.path("id").asText()));
    return keys;
  }
}
