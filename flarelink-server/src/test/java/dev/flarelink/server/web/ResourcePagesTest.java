package dev.flarelink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.server.FlarelinkServer;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource catalogue's pages as a signed-in person gets them over HTTP: the zone page's
 * sections, the Resources tab, a type's table with its filters and CSV, one resource's document;
 * and a type whose service is not enabled saying so with the permission to add.
 */
class ResourcePagesTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults()
              // 12 zones: the simulator's security and traffic configuration grows with the zones.
              .withSeed(new SeedSpec(13, 5, 0, 0, 12, 2, 0))
              .withRateLimit(100_000, Duration.ofMinutes(5)));

  private static final String KEY = "flk_resourcePagesTestKey_0123456789abcdefg";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TempDir Path dir;

  private FlarelinkServer server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private void signIn() throws Exception {
    var form = page("/ui/sign-in");
    var token = CSRF.matcher(form.body());
    assertThat(token.find()).isTrue();
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/ui/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "api_key=" + KEY + "&next=%2Fui&_csrf=" + token.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
  }

  private HttpResponse<String> page(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String html(String path) throws Exception {
    var page = page(path);
    assertThat(page.statusCode()).as(path + "\n" + page.body()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    return page.body();
  }

  private JsonNode api(String path) throws Exception {
    var reply = TestHttp.call(server.url(), KEY, "GET", path, null);
    assertThat(reply.status()).as(path + "\n" + reply.body()).isEqualTo(200);
    return reply.json();
  }

  private String connectAndScan(CloudflareSimulator sim, List<String> services) throws Exception {
    var api = new TestApi(server.url(), KEY);
    var id = api.saveConnection(sim, "resources " + services, "account-token", services, true);
    var started = api.call("POST", "/api/v1/connections/" + id + "/scans?kind=inventory", null);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    var scan = server.scans().await(started.json().path("id").asText(), s -> {});
    assertThat(scan.state()).as(String.valueOf(scan.error())).isEqualTo("succeeded");
    return id;
  }

  @Test
  void theZonePage_showsItsRulesCertificatesAndLoadBalancing_andEachLeadsToItsDocument(
      CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id =
          connectAndScan(
              sim, List.of("inventory", "security_rules", "certificates", "load_balancing"));
      signIn();
      var base = "/ui/connections/" + id;
      var apiBase = "/api/v1/connections/" + id;
      var now = Instant.now();
      var shownSomething = false;

      for (var zone : api(apiBase + "/zones?per_page=1000").path("zones")) {
        var zoneId = zone.path("id").asText();
        var body = html(base + "/zones/" + zoneId);
        for (var type : ResourceSections.ZONE_TYPES) {
          var section = section(body, type);
          assertThat(section).as(type.name()).isNotEmpty().doesNotContain("data-reason");
          var stored =
              api(apiBase + "/resources/" + type.name() + "?per_page=1000&zone=" + zoneId)
                  .path("items");
          assertThat(section)
              .contains("data-total>" + stored.size() + "<")
              .contains(stored.isEmpty() ? "data-empty" : "<table");
          for (var item : stored) {
            if (stored.size() > ResourceSections.ROWS) {
              break;
            }
            shownSomething = true;
            assertThat(section).contains("data-resource=\"" + item.path("id").asText() + "\"");
            item.path("fields")
                .properties()
                .forEach(f -> assertThat(section).contains(escaped(f.getValue().asText())));
          }
          if (type.equals(ResourceCatalogue.CERTIFICATE_PACKS)) {
            for (var pack : stored) {
              var row = row(section, pack.path("id").asText());
              var expires = pack.path("fields").path("expires_on").asText(null);
              var soon =
                  expires != null && Instant.parse(expires).isBefore(now.plus(Duration.ofDays(30)));
              assertThat(row.contains("class=\"expiring\"")).as(row).isEqualTo(soon);
            }
          }
        }
      }
      assertThat(shownSomething).as("the simulator seeds some zone's resources").isTrue();

      // One resource's page: its fields and Cloudflare's whole document, escaped.
      var pools = api(apiBase + "/resources/load_balancer_pools").path("items");
      var anyType = pools.isEmpty() ? api(apiBase + "/resources/rulesets").path("items") : pools;
      var item = anyType.get(0);
      var link =
          base
              + "/resources/"
              + item.path("type").asText()
              + "/"
              + URLEncoder.encode(item.path("id").asText(), StandardCharsets.UTF_8)
              + (item.has("zone_id") ? "?zone=" + item.path("zone_id").asText() : "");
      var detail = html(link);
      assertThat(detail).contains(escaped(item.path("name").asText()));
      var whole =
          api(
              apiBase
                  + "/resources/"
                  + item.path("type").asText()
                  + "/"
                  + item.path("id").asText()
                  + (item.has("zone_id") ? "?zone=" + item.path("zone_id").asText() : ""));
      var open = "<pre class=\"json\" id=\"document\" tabindex=\"0\">";
      var pre = detail.substring(detail.indexOf(open) + open.length(), detail.indexOf("</pre>"));
      assertThat(pre).as("escaped: no markup inside").doesNotContain("<").contains("\n  \"id\" : ");
      assertThat(JSON.readTree(unescaped(pre))).isEqualTo(whole.path("document"));
      item.path("fields")
          .properties()
          .forEach(
              f ->
                  assertThat(detail)
                      .contains(
                          "<dd data-field=\""
                              + f.getKey()
                              + "\">"
                              + escaped(f.getValue().asText())
                              + "</dd>"));
    }
  }

  @Test
  void theAccessReview_flagsExpiringCertificatesAndPoolsWithOriginsDown(CloudflareSimulator sim)
      throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id =
          connectAndScan(sim, List.of("identity", "inventory", "certificates", "load_balancing"));
      signIn();
      var review = api("/api/v1/connections/" + id + "/access-review").path("configuration");
      var html = html("/ui/connections/" + id + "/access-review");
      assertThat(review.path("expiring_certificates").size())
          .as("the simulator seeds certificates expiring within 30 days")
          .isPositive();
      assertThat(review.path("unhealthy_pools").size()).isPositive();
      assertThat(html)
          .contains(
              "Certificates expiring within 30 days", "Load-balancer pools with origins down");
      for (var pack : review.path("expiring_certificates")) {
        assertThat(html)
            .contains("<tr class=\"expiring\" data-resource=\"" + pack.path("id").asText() + "\">");
      }
      for (var pool : review.path("unhealthy_pools")) {
        assertThat(html)
            .contains(
                "<tr class=\"unhealthy\" data-resource=\"" + pool.path("id").asText() + "\">");
      }
      assertThat(html).doesNotContain("data-reason=\"configuration\"");
    }
  }

  @Test
  void theResourcesTab_listsTheTypes_theAccountsOwn_andATypesTableWithFiltersAndCsv(
      CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id =
          connectAndScan(
              sim, List.of("inventory", "security_rules", "certificates", "load_balancing"));
      signIn();
      var base = "/ui/connections/" + id;
      var apiBase = "/api/v1/connections/" + id;

      var tab = html(base + "/resources");
      assertThat(tab).contains("id=\"resource-types\"").contains("aria-current=\"page\">Resources");
      for (var type : api(apiBase + "/resources").path("types")) {
        var name = type.path("type").asText();
        assertThat(tab)
            .contains("<tr data-type=\"" + name + "\">")
            .contains("href=\"" + base + "/resources/" + name + "\"");
      }
      for (var type : ResourceSections.ACCOUNT_TYPES) {
        var section = section(tab, type);
        assertThat(section).as(type.name()).isNotEmpty();
        for (var item : api(apiBase + "/resources/" + type.name() + "?per_page=20").path("items")) {
          var shown = section.contains("data-resource=\"" + item.path("id").asText() + "\"");
          assertThat(shown).as("only the account's own").isEqualTo(!item.has("zone_id"));
        }
      }
      var pools = api(apiBase + "/resources/load_balancer_pools").path("items");
      for (var pool : pools) {
        var row =
            row(section(tab, ResourceCatalogue.LOAD_BALANCER_POOLS), pool.path("id").asText());
        var unhealthy = pool.path("fields").path("unhealthy_origins").asInt(0) > 0;
        if (unhealthy) {
          assertThat(row).contains("class=\"unhealthy\"").contains("unhealthy origin");
        }
        assertThat(row).contains(pool.path("fields").path("origins").asText());
      }

      for (var type : ResourceCatalogue.types()) {
        var all = api(apiBase + "/resources/" + type.name() + "?per_page=1000").path("items");
        var table = html(base + "/resources/" + type.name());
        assertThat(table).contains("id=\"resources\"").contains("id=\"csv-link\"");
        for (var item : all) {
          if (all.size() <= 50) {
            assertThat(table).contains("data-resource=\"" + item.path("id").asText() + "\"");
          }
        }
        if (all.isEmpty()) {
          assertThat(table).contains("None matches in the inventory.");
          continue;
        }
        var first = all.get(0);
        var searched =
            html(
                base
                    + "/resources/"
                    + type.name()
                    + "?q="
                    + URLEncoder.encode(first.path("id").asText(), StandardCharsets.UTF_8));
        assertThat(searched.split("data-resource=\"", -1)).hasSize(2);
        if (first.has("zone_id")) {
          var zoneId = first.path("zone_id").asText();
          var inZone = html(base + "/resources/" + type.name() + "?zone=" + zoneId);
          assertThat(inZone).contains("<option value=\"" + zoneId + "\" selected");
          for (var item : all) {
            assertThat(inZone.contains("data-resource=\"" + item.path("id").asText() + "\""))
                .isEqualTo(zoneId.equals(item.path("zone_id").asText("")));
          }
        }
        var csv = page(base + "/resources/" + type.name() + "?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(1 + Math.min(50, all.size()));
      }
      assertThat(page(base + "/resources/no_such_type").statusCode()).isEqualTo(404);
      assertThat(page(base + "/resources/rulesets/no-such-ruleset").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aTypeWhoseServiceIsNotEnabled_saysSoWithThePermission_notAnEmptyTable(
      CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var id = connectAndScan(sim, List.of("inventory", "certificates"));
      signIn();
      var base = "/ui/connections/" + id;
      var zone = api("/api/v1/connections/" + id + "/zones").path("zones").get(0);
      var body = html(base + "/zones/" + zone.path("id").asText());
      for (var type : ResourceSections.ZONE_TYPES) {
        var section = section(body, type);
        if (type.equals(ResourceCatalogue.CERTIFICATE_PACKS)) {
          assertThat(section).doesNotContain("data-reason");
        } else {
          assertThat(section)
              .contains("data-reason=\"" + type.name() + "\"")
              .contains("does not enable the " + type.service().id() + " service")
              .contains(escaped(type.permissions().getFirst()))
              .contains("href=\"" + base + "/edit\"")
              .doesNotContain("<table");
        }
      }
      var table = html(base + "/resources/load_balancers");
      assertThat(table)
          .contains("does not enable the load_balancing service")
          .contains(escaped("Zone → Load Balancers → Read"))
          .doesNotContain("id=\"resources\"");
      var tab = html(base + "/resources");
      assertThat(tab).contains("not enabled");
    }
  }

  /** The section of a type in a page, or empty. */
  private static String section(String html, ResourceType type) {
    var start = html.indexOf("id=\"section-" + type.name() + "\"");
    if (start < 0) {
      return "";
    }
    var end = html.indexOf("</section>", start);
    return html.substring(start, end);
  }

  /** The row of a resource in a section or table. */
  private static String row(String html, String resourceId) {
    var at = html.indexOf("data-resource=\"" + resourceId + "\"");
    assertThat(at).as("row of " + resourceId).isNotNegative();
    var start = html.lastIndexOf("<tr", at);
    return html.substring(start, html.indexOf("</tr>", at));
  }

  /** Text as the templates write it into an element's content. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String unescaped(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
