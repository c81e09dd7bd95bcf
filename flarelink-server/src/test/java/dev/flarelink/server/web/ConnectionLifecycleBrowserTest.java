package dev.flarelink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.SeedSpec;
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
 * A connection's lifecycle in real headless Chromium: an expired token that cannot be saved, a
 * failing test saved only on purpose, an account picked from the list a Global API Key reaches, the
 * edit page (a new credential tested first), the link a disabled service gives to it, and a delete
 * that asks first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectionLifecycleBrowserTest {

  private static final String KEY = "flk_lifecycleUiKey_0123456789abcdefghijklmn";

  @TempDir static Path dir;

  private static UiStack stack;
  private static CloudflareSimulator sim;
  private static Browser browser;
  private static String connection;

  @BeforeAll
  static void start() {
    stack = UiStack.start(dir, new SeedSpec(11, 20, 2, 1, 2, 10, 5), KEY);
    sim = stack.sim();
    browser = stack.browser();
    stack.signIn();
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  private static void fillToken(String name, String credential) {
    browser.go("/ui/connect");
    browser.find("#name").sendKeys(name);
    browser.find("#account_id").sendKeys(sim.accountId());
    browser.find("#secret").sendKeys(sim.secret(credential));
  }

  @Test
  @Order(1)
  void anExpiredToken_offersNoSave() {
    fillToken("Expired", "expired");
    browser.find("#test-button").click();
    var verdict = browser.awaitElement("#verdict");
    assertThat(verdict.getText()).contains("cannot be saved", "expired");
    assertThat(browser.all("#save-button")).isEmpty();
    assertThat(browser.all("#save-anyway")).isEmpty();
    browser.shot("lifecycle-expired-cannot-save");
  }

  @Test
  @Order(2)
  void aFailingTest_isSavedOnlyWhenTicked_andTheReasonShows() {
    fillToken("Lacking", "no-account-settings");
    browser.find("#test-button").click();
    browser.awaitElement("#save-button").click();
    var refused = browser.awaitElement("#save-problem .problem");
    assertThat(refused.getText()).contains("Connection test failed", "Save even though");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/ui/connect");
    browser.find("#save-anyway").click();
    browser.find("#save-button").click();
    browser.awaitElement("#scans-title");
    assertThat(browser.find("#last-test-summary").getText()).contains("service.identity");
    browser.shot("lifecycle-saved-anyway");
  }

  @Test
  @Order(3)
  void aGlobalKeyWithoutAnAccountId_listsTheAccounts_andPickingOneTestsIt() {
    var key = sim.state().read(s -> s.credential("global-key"));
    browser.go("/ui/connect");
    browser.find("#name").sendKeys("Picked");
    browser.find("input[value=global_api_key]").click();
    browser.find("#secret").sendKeys(key.secret());
    browser.find("#email").sendKeys(key.email());
    browser.find("#test-button").click();
    browser.awaitElement("#accounts");
    var accounts = sim.state().read(s -> s.accounts());
    assertThat(browser.all("#accounts [data-pick-account]")).hasSize(accounts.size());
    for (var account : accounts) {
      assertThat(browser.find("#accounts").getText()).contains(account.name(), account.id());
    }
    assertThat(browser.all("#save-button")).isEmpty();
    browser.shot("lifecycle-pick-account");
    browser.find("[data-pick-account='" + sim.accountId() + "']").click();
    browser.awaitElement("#save-button");
    assertThat(browser.find("#account_id").getAttribute("value")).isEqualTo(sim.accountId());
    assertThat(browser.find("#verdict").getText()).contains("Acme Corp");
    browser.find("#save-button").click();
    browser.awaitElement("#scans-title");
    connection = browser.driver.getCurrentUrl().replaceAll(".*/ui/connections/", "");
    assertThat(browser.find("main").getText()).contains("Picked", sim.accountId());
  }

  @Test
  @Order(4)
  void theEditPage_changesNameAndServices_andTestsANewCredentialFirst() {
    browser.go("/ui/connections/" + connection);
    browser.find("#edit-link").click();
    browser.awaitElement("#edit-form");
    browser.shot("lifecycle-edit");
    browser.find("#name").clear();
    browser.find("#name").sendKeys("Main account");
    browser.find("input[name=services][value=inventory]").click();
    browser.find("#save-edit").click();
    browser.awaitElement("#scans-title");
    assertThat(browser.find("h1").getText()).contains("Main account");
    assertThat(browser.find("main").getText()).doesNotContain("Scan inventory now");

    browser.go("/ui/connections/" + connection + "/edit");
    browser.find("input[name=credential_kind][value=account_token]").click();
    browser.find("#secret").sendKeys(sim.secret("disabled"));
    browser.find("#save-edit").click();
    var refused = browser.awaitElement("#edit-problem .problem");
    assertThat(refused.getText()).contains("cannot be saved", "disabled");
    browser.shot("lifecycle-edit-refused");
    browser.find("#secret").clear();
    browser.find("#secret").sendKeys(sim.secret("no-account-settings"));
    browser.find("#save-edit").click();
    browser.await(
        d ->
            d.findElement(By.cssSelector("#edit-problem .problem"))
                    .getText()
                    .contains("Save even though the test failed")
                ? true
                : null);
    assertThat(browser.find("#edit-form").getText()).contains("Save even though the test failed");
    browser.go("/ui/connections/" + connection);
    assertThat(browser.find("main").getText()).contains("global_api_key");
  }

  @Test
  @Order(5)
  void aServiceNotEnabled_linksToTheEditPage() {
    browser.go("/ui/connections/" + connection + "/zones");
    var link = browser.awaitElement(".problem a.fix-link");
    assertThat(browser.find(".problem").getText()).contains("does not enable the inventory");
    link.click();
    browser.awaitElement("#edit-form");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/ui/connections/" + connection + "/edit");

    browser.go("/ui/connections/" + connection + "/actions");
    var card = browser.awaitElement("#card-dns-create");
    assertThat(card.getText()).contains("does not enable the dns_write service");
    assertThat(card.findElement(By.cssSelector("a.fix-link")).getAttribute("href"))
        .endsWith("/ui/connections/" + connection + "/edit");
  }

  @Test
  @Order(6)
  void delete_asksFirst_thenRemovesTheConnection() {
    browser.go("/ui/connections/" + connection + "/edit");
    browser.find("#delete-button").click();
    var question = browser.awaitElement("#delete-question");
    assertThat(question.getText()).contains("Main account", "cannot be undone");
    browser.shot("lifecycle-delete-confirm");
    browser.go("/ui");
    assertThat(browser.find("#connections").getText()).contains("Main account");
    browser.go("/ui/connections/" + connection + "/edit");
    browser.find("#delete-button").click();
    browser.awaitElement("#confirm-delete").click();
    browser.await(d -> d.findElements(By.id("cf-card")).isEmpty() ? null : true);
    assertThat(browser.find("main").getText()).doesNotContain("Main account");
  }
}
