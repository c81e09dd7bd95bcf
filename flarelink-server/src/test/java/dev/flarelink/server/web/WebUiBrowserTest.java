package dev.flarelink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.server.FlarelinkServer;
import dev.flarelink.server.SimulatorTruth;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.SeedSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in real headless Chromium against the service and the simulator, step by step as a
 * person uses it: sign in, connect and save, scan, filter members and DNS records, make a DNS
 * change, see a missing permission diagnosed; and a form posted without its token refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserTest {

  private static final String KEY = "flk_webUiTestKey_0123456789abcdefghijklmnop";

  @TempDir static Path dir;

  private static UiStack stack;
  private static CloudflareSimulator sim;
  private static FlarelinkServer server;
  private static Browser browser;
  private static String readConnection;
  private static String writeConnection;

  @BeforeAll
  static void start() {
    stack = UiStack.start(dir, new SeedSpec(7, 30, 4, 1, 3, 60, 20), KEY);
    sim = stack.sim();
    server = stack.server();
    browser = stack.browser();
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void signsInWithAnApiKey() {
    browser.go("/ui");
    assertThat(browser.driver.getCurrentUrl()).contains("/ui/sign-in");
    browser.shot("sign-in");
    browser.find("#api_key").sendKeys("flk_wrong_key_000000000000000000000");
    browser.find("button[type=submit]").click();
    assertThat(browser.awaitElement("#sign-in-error").getText()).contains("unknown or was revoked");
    browser.find("#api_key").sendKeys(KEY);
    browser.find("button[type=submit]").click();
    browser.awaitElement("#cf-card");
    assertThat(browser.find("main").getText()).contains("No account is connected yet");
    browser.shot("integrations-empty");
  }

  @Test
  @Order(2)
  void connectsWithAGoodTokenSeesEachCheckPassAndSaves() {
    browser.go("/ui/connect");
    browser.find("#name").sendKeys("Production");
    browser.find("#account_id").sendKeys("not-an-account");
    browser.find("#secret").sendKeys(sim.secret("account-token"));
    assertThat(browser.find("#email_field").isDisplayed()).isFalse();
    assertThat(browser.find("#permissions").getText())
        .contains("Account → Account Settings → Read", "Zone → DNS → Read")
        .doesNotContain("Zone → DNS → Edit");
    browser.find("input[name=services][value=dns_write]").click();
    browser.await(d -> d.findElement(By.id("permissions")).getText().contains("DNS → Edit"));
    browser.find("input[name=services][value=dns_write]").click();
    browser.await(d -> !d.findElement(By.id("permissions")).getText().contains("DNS → Edit"));

    browser.find("#test-button").click();
    var problem = browser.awaitElement("#test-result .problem");
    assertThat(problem.getText()).contains("account_id", "32");
    assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Production");
    assertThat(browser.find("#secret").getAttribute("value")).isNotEmpty();
    browser.shot("connect-bad-account-id");
    browser.find("#account_id").clear();
    browser.find("#account_id").sendKeys(sim.accountId());
    browser.shot("connect-form");
    browser.find("#test-button").click();
    browser.awaitElement("#save-button");
    var checks = browser.all("li.check");
    assertThat(checks).hasSizeGreaterThanOrEqualTo(5);
    assertThat(checks)
        .allSatisfy(check -> assertThat(check.getAttribute("class")).containsAnyOf("pass", "warn"));
    assertThat(browser.find("#verdict").getText()).contains("Everything works");
    browser.shot("connect-tested");
    browser.find("#save-button").click();
    browser.awaitElement("#scans-title");
    readConnection = browser.driver.getCurrentUrl().replaceAll(".*/ui/connections/", "");
    assertThat(browser.find("main").getText()).contains("Production", "not scanned");
    browser.go("/ui");
    assertThat(browser.find("#connections").getText())
        .contains("Production", "not scanned", "account_token", "never");
    browser.shot("integrations");
  }

  @Test
  @Order(3)
  void runsAScanAndWatchesItFinish() {
    browser.go("/ui/connections/" + readConnection);
    browser.find("#scan-identity").click();
    browser.await(
        d ->
            d.findElements(By.cssSelector(".scan-live [data-state=succeeded]")).isEmpty()
                ? null
                : true);
    browser.find("#scan-inventory").click();
    browser.await(
        d ->
            d.findElements(By.cssSelector(".scan-live [data-state=succeeded]")).size() == 2
                ? true
                : null);
    assertThat(browser.find("#live").getText()).contains("34 members", "180 DNS records");
    browser.shot("scans-finished");
  }

  @Test
  @Order(4)
  void filtersMembersToThoseWithoutTwoFactor() {
    browser.go("/ui/connections/" + readConnection + "/members");
    new Select(browser.find("#two_factor")).selectByValue("off");
    browser.find("form.filters button[type=submit]").click();
    browser.await(d -> d.getCurrentUrl().contains("two_factor=off"));
    var shown =
        browser.all("#members tbody tr[data-member]").stream()
            .map(row -> row.getAttribute("data-member"))
            .collect(Collectors.toSet());
    var truth = SimulatorTruth.activeWithoutTwoFactor(sim);
    assertThat(truth).isNotEmpty();
    assertThat(shown).isEqualTo(truth);
    browser.shot("members-without-2fa");
    browser.phoneShot("members-without-2fa");
    browser.go("/ui/connections/" + readConnection + "/access-review");
    assertThat(browser.find("#without-2fa").getText()).contains(String.valueOf(truth.size()));
    browser.shot("access-review");
  }

  @Test
  @Order(5)
  void opensAZoneAndFiltersItsDnsRecords() {
    browser.go("/ui/connections/" + readConnection + "/zones");
    browser.shot("zones");
    var zone = firstZone();
    browser.driver.findElement(By.linkText(zone.name())).click();
    browser.awaitElement("#settings");
    assertThat(browser.find("#settings").getText()).contains("ssl", "min_tls_version");
    new Select(browser.find("#type")).selectByValue("A");
    browser.find("form.filters button[type=submit]").click();
    browser.await(d -> d.getCurrentUrl().contains("type=A"));
    var types = new HashSet<String>();
    browser
        .all("#dns-records tbody tr[data-record]")
        .forEach(row -> types.add(row.findElement(By.tagName("td")).getText()));
    var expected =
        sim.state()
            .read(s -> s.records(zone.id()).stream().filter(r -> r.type().equals("A")).count());
    assertThat(expected).isPositive();
    assertThat(types).containsExactly("A");
    assertThat(browser.find(".pager").getText()).contains(expected + " in all");
    browser.shot("zone-dns-a-records");
  }

  @Test
  @Order(6)
  void dryRunsAndRunsADnsChange() {
    var global = sim.state().read(s -> s.credential("global-key"));
    browser.go("/ui/connect");
    browser.find("#name").sendKeys("Writer");
    browser.find("#account_id").sendKeys(sim.accountId());
    browser.find("input[value=global_api_key]").click();
    assertThat(browser.find("#email_field").isDisplayed()).isTrue();
    browser.find("#secret").sendKeys(global.secret());
    browser.find("#email").sendKeys(global.email());
    browser.find("input[name=services][value=dns_write]").click();
    browser.find("#test-button").click();
    browser.awaitElement("#save-button").click();
    browser.awaitElement("#scans-title");
    writeConnection = browser.driver.getCurrentUrl().replaceAll(".*/ui/connections/", "");
    var zone = firstZone();

    browser.go("/ui/connections/" + writeConnection + "/actions");
    browser.find("#dns-create-zone").sendKeys(zone.name());
    new Select(browser.find("#dns-create-type")).selectByValue("TXT");
    browser.find("#dns-create-name").sendKeys("ui-check");
    browser.find("#dns-create-content").sendKeys("made-in-the-browser");
    browser.find("#dry-dns-create").click();
    var plan = browser.awaitElement("#outcome-dns-create .outcome");
    assertThat(plan.getText()).contains("Plan", "ui-check");
    assertThat(recordCount(zone.id())).isZero();
    browser.shot("dns-change-planned");
    plan.findElement(By.cssSelector("button")).click();
    browser.await(
        d ->
            d.findElement(By.cssSelector("#outcome-dns-create .outcome")).getText().contains("Done")
                ? true
                : null);
    assertThat(recordCount(zone.id())).isEqualTo(1);
    browser.shot("dns-change-done");

    browser.go("/ui/connections/" + writeConnection + "/audit");
    assertThat(browser.find("#audit").getText()).contains("dns.create", "web");
    browser.shot("audit");
  }

  private static Entities.Zone firstZone() {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .findFirst()
                    .orElseThrow());
  }

  private static long recordCount(String zoneId) {
    return sim.state()
        .read(
            s ->
                s.records(zoneId).stream()
                    .filter(r -> r.content().contains("made-in-the-browser"))
                    .count());
  }

  @Test
  @Order(7)
  void diagnosesATokenWithoutAccountSettingsRead() {
    browser.go("/ui/connect");
    browser.find("#name").sendKeys("Lacking");
    browser.find("#account_id").sendKeys(sim.accountId());
    browser.find("#secret").sendKeys(sim.secret("no-account-settings"));
    browser.find("#test-button").click();
    browser.awaitElement("#save-button");
    var failed = browser.all("li.check.fail");
    assertThat(failed).isNotEmpty();
    assertThat(failed.getFirst().getText()).contains("Account Settings", "Fix:");
    assertThat(browser.find("#verdict").getText()).contains("Some checks failed");
    browser.shot("connect-missing-account-settings");
    browser.find("#name").sendKeys(" renamed");
    browser.find("#save-button").click();
    assertThat(browser.awaitElement("#save-problem .problem").getText())
        .contains("changed after its test");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/ui/connect");
  }

  @Test
  @Order(8)
  void refusesAFormPostedWithoutItsToken() throws Exception {
    var cookie = browser.driver.manage().getCookieNamed("flarelink_session");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Strict");
    var http = HttpClient.newHttpClient();
    for (var body : Set.of("kind=identity", "kind=identity&_csrf=forged")) {
      var reply =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(server.url() + "/ui/connections/" + readConnection + "/scans"))
                  .header("Cookie", "flarelink_session=" + cookie.getValue())
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).as(body).isEqualTo(403);
      assertThat(reply.body()).contains("anti-forgery token");
    }
  }
}
