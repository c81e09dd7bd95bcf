package dev.flarelink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.server.FlarelinkServer;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.SeedSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The web UI tells the same story as the scans: a DNS-only token's inventory scan is shown as
 * partial with the permission to add, a connection is not called "working" while a scan is partial
 * or missing, and an access review before the first scan says there is none.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanTruthBrowserTest {

  private static final String KEY = "flk_scanTruthUiKey_0123456789abcdefghijklmn";

  @TempDir static Path dir;

  private static UiStack stack;
  private static CloudflareSimulator sim;
  private static FlarelinkServer server;
  private static Browser browser;
  private static String dnsOnly;
  private static String members;

  @BeforeAll
  static void start() throws Exception {
    stack = UiStack.start(dir, new SeedSpec(9, 12, 2, 1, 3, 4, 0), KEY);
    sim = stack.sim();
    server = stack.server();
    browser = stack.browser();
    dnsOnly = tested("DNS only", "zone-dns-read-only", "[\"inventory\"]");
    members = tested("Members", "account-token", "[\"identity\"]");
  }

  /** Saves and tests a connection over REST; returns its id. */
  private static String tested(String name, String credential, String services) throws Exception {
    var created =
        rest(
            "POST",
            "/api/v1/connections",
            "{\"name\":\""
                + name
                + "\",\"account_id\":\""
                + sim.accountId()
                + "\",\"token\":\""
                + sim.secret(credential)
                + "\",\"enabled_services\":"
                + services
                + "}");
    var id = new ObjectMapper().readTree(created).path("id").asText();
    rest("POST", "/api/v1/connections/" + id + "/test", "");
    return id;
  }

  private static String rest(String method, String path, String body) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Authorization", "Bearer " + KEY)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.body();
  }

  private static String zoneName() {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .findFirst()
                    .orElseThrow()
                    .name());
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void signsIn() {
    browser.go("/ui");
    browser.find("#api_key").sendKeys(KEY);
    browser.find("button[type=submit]").click();
    browser.awaitElement("#connections");
  }

  @Test
  @Order(2)
  void aConnectionNeverScanned_isNotShownAsWorking() {
    browser.go("/ui");
    var table = browser.find("#connections");
    assertThat(table.findElements(By.cssSelector("[data-status]")))
        .extracting(e -> e.getAttribute("data-status"))
        .containsOnly("not_scanned");
    assertThat(table.getText()).contains("not scanned", "No inventory scan yet.");
    assertThat(table.getText()).doesNotContain("working");
  }

  @Test
  @Order(3)
  void aDnsOnlyTokensScan_isShownAsPartial_withThePermissionToAdd() {
    browser.go("/ui/connections/" + dnsOnly);
    browser.find("#scan-inventory").click();
    // The scan's fragment is replaced as its progress arrives, so each wait reads it afresh.
    browser.await(
        d -> {
          var text =
              d.findElement(By.cssSelector(".scan-warnings li[data-part=zone_settings]")).getText();
          return text.contains("zone settings not read")
              && text.contains("Zone → Zone Settings → Read");
        });
    browser.await(
        d ->
            d.findElement(By.cssSelector(".scan-state .badge"))
                .getText()
                .startsWith("succeeded (partial"));
    browser.await(
        d ->
            d.findElement(By.cssSelector("#connection-status [data-status]"))
                .getAttribute("data-status")
                .equals("partial"));
    browser.shot("scan-partial");

    browser.go("/ui/connections/" + dnsOnly);
    assertThat(browser.find("#connection-status [data-status]").getAttribute("data-status"))
        .isEqualTo("partial");
    assertThat(browser.find("#connection-status").getText())
        .contains("partial", "Zone → Zone Settings → Read");
    browser.go("/ui");
    assertThat(browser.find("#connections").getText())
        .contains("partial")
        .doesNotContain("working");
    browser.go("/ui/connections/" + dnsOnly + "/zones");
    assertThat(browser.find("[data-coverage=partial]").getText())
        .contains("Zone → Zone Settings → Read");
  }

  @Test
  @Order(4)
  void anAccessReviewBeforeTheFirstScan_saysThereIsNone() {
    browser.go("/ui/connections/" + members + "/access-review");
    assertThat(browser.find("[data-coverage=not_scanned]").getText())
        .startsWith("No identity scan yet");
    assertThat(browser.find("main").getText()).doesNotContain("Every active member has 2FA on");
    browser.shot("review-not-scanned");
    browser.go("/ui/connections/" + members + "/members");
    assertThat(browser.find("[data-coverage=not_scanned]").getText())
        .startsWith("No identity scan yet");
  }

  @Test
  @Order(5)
  void analyticsAndAlertsOfAConnectionWithoutThoseServices_sayTheyAreNotEnabled() {
    browser.go("/ui/connections/" + dnsOnly + "/analytics");
    assertThat(browser.find("#analytics-notice").getText())
        .contains("GraphQL analytics is not enabled on this connection");
    assertThat(browser.all("canvas")).isEmpty();
    browser.go("/ui/connections/" + dnsOnly + "/alerts");
    assertThat(browser.find("main").getText()).contains("does not enable the alerts service");
    browser.shot("alerts-not-enabled");
    browser.go("/ui/connections/" + dnsOnly + "/changes");
    assertThat(browser.find("[data-not-enabled=Identity]").getText())
        .contains("Identity is not enabled on this connection");
    browser.go("/ui/connections/" + dnsOnly + "/zones/" + zoneName());
    assertThat(browser.find("[data-coverage=partial]").getText())
        .contains("Zone → Zone Settings → Read");
  }
}
