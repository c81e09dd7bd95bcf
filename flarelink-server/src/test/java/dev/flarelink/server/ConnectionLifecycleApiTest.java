package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving only tested credentials (expired and disabled never, other failures on purpose), picking
 * an account for a credential given without one, changing a saved credential, and fixes that name
 * the REST way.
 */
class ConnectionLifecycleApiTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final String KEY = "flk_testAdminKey_0123456789abcdefghijklmnop";

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String method, String path, String body) throws Exception {
    return TestHttp.call(server.url(), KEY, method, path, body);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(CloudflareSimulator sim) {
    server = FlarelinkServer.start(sim, dir, null, KEY);
  }

  private static String body(CloudflareSimulator sim, String name, String credential, String more) {
    return "{\"name\":\""
        + name
        + "\",\"account_id\":\""
        + sim.accountId()
        + "\",\"token\":\""
        + sim.secret(credential)
        + "\""
        + more
        + "}";
  }

  @Test
  void anExpiredOrDisabledToken_isRefused_evenOnPurpose(CloudflareSimulator sim) throws Exception {
    start(sim);
    for (var name : new String[] {"expired", "disabled"}) {
      for (var more : new String[] {"", ",\"save_anyway\":true"}) {
        var reply = call("POST", "/api/v1/connections", body(sim, name, name, more));
        assertThat(reply.status()).as(name + more).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        var problem = reply.json();
        assertThat(problem.path("title").asText()).isEqualTo("Credential cannot be saved");
        assertThat(problem.path("detail").asText())
            .contains("The token " + (name.equals("expired") ? "expired" : "is disabled"))
            .contains("cannot be saved")
            .contains("Fix:")
            .doesNotContain("save_anyway");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("token_status");
        assertThat(reply.body()).doesNotContain(sim.secret(name));
      }
    }
    assertThat(call("GET", "/api/v1/connections", null).json().path("connections").size()).isZero();

    var saved = call("POST", "/api/v1/connections", body(sim, "Production", "account-token", ""));
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    assertThat(saved.json().path("last_test").path("ok").asBoolean()).isTrue();
    var path = "/api/v1/connections/" + saved.json().path("id").asText();
    var replaced =
        call("PATCH", path, "{\"token\":\"" + sim.secret("expired") + "\",\"save_anyway\":true}");
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(422);
    assertThat(call("POST", path + "/test", null).json().path("ok").asBoolean())
        .as("the working token stays")
        .isTrue();
  }

  @Test
  void anotherFailure_isSavedOnlyWithSaveAnyway_andShowsWhy(CloudflareSimulator sim)
      throws Exception {
    start(sim);
    var services = ",\"enabled_services\":[\"identity\"]";
    var refused =
        call("POST", "/api/v1/connections", body(sim, "Zones", "no-account-settings", services));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("title").asText()).isEqualTo("Connection test failed");
    assertThat(refused.json().path("detail").asText())
        .contains("service.identity")
        .contains("\"save_anyway\": true");
    assertThat(refused.json().path("errors").get(0).path("message").asText())
        .contains("Account → Account Settings → Read");
    var saved =
        call(
            "POST",
            "/api/v1/connections",
            body(sim, "Zones", "no-account-settings", services + ",\"save_anyway\":true"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    var test = saved.json().path("last_test");
    assertThat(test.path("ok").asBoolean()).isFalse();
    assertThat(test.path("summary").asText()).startsWith("service.identity: ");
    var read = call("GET", "/api/v1/connections/" + saved.json().path("id").asText(), null);
    assertThat(read.json().path("last_test").path("summary").asText())
        .isEqualTo(test.path("summary").asText());

    var wrongType =
        call(
            "POST",
            "/api/v1/connections",
            body(sim, "Other", "account-token", ",\"save_anyway\":\"yes\""));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body()).contains("save_anyway");
    var notForTests =
        call(
            "POST",
            "/api/v1/connections/test",
            body(sim, "Other", "account-token", ",\"save_anyway\":true"));
    assertThat(notForTests.status()).isEqualTo(400);
  }

  @Test
  void withoutAnAccountId_theTestListsTheAccounts_toResendWithOne(CloudflareSimulator sim)
      throws Exception {
    start(sim);
    var key = sim.state().read(s -> s.credential("global-key"));
    var reply =
        call(
            "POST",
            "/api/v1/connections/test",
            "{\"name\":\"k\",\"key\":\"" + key.secret() + "\",\"email\":\"" + key.email() + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var json = reply.json();
    assertThat(json.path("ok").asBoolean()).isFalse();
    var names = new ArrayList<String>();
    json.path("accounts").forEach(a -> names.add(a.path("id").asText()));
    var truth = sim.state().read(s -> s.accounts().stream().map(a -> a.id()).toList());
    assertThat(names).containsExactlyInAnyOrderElementsOf(truth).hasSizeGreaterThan(1);
    assertThat(json.path("next").asText()).contains("account_id");

    var picked =
        call(
            "POST",
            "/api/v1/connections/test",
            "{\"name\":\"k\",\"account_id\":\""
                + names.getFirst()
                + "\",\"key\":\""
                + key.secret()
                + "\",\"email\":\""
                + key.email()
                + "\"}");
    assertThat(picked.json().has("accounts")).isFalse();
    assertThat(picked.json().path("account").path("id").asText()).isEqualTo(names.getFirst());

    var accountToken =
        call(
            "POST",
            "/api/v1/connections/test",
            "{\"name\":\"t\",\"token\":\"" + sim.secret("account-token") + "\"}");
    assertThat(accountToken.json().path("accounts").size()).isZero();
    assertThat(accountToken.body()).contains("Copy account ID");

    var unsaveable =
        call(
            "POST",
            "/api/v1/connections",
            "{\"name\":\"t\",\"token\":\"" + sim.secret("user-token") + "\"}");
    assertThat(unsaveable.status()).isEqualTo(400);
    assertThat(unsaveable.body()).contains("account_id");
  }

  @Test
  void aServiceNotEnabled_saysToPatchTheConnection(CloudflareSimulator sim) throws Exception {
    start(sim);
    var saved =
        call(
            "POST",
            "/api/v1/connections",
            body(sim, "Members", "account-token", ",\"enabled_services\":[\"identity\"]"));
    var id = saved.json().path("id").asText();
    var refused = call("POST", "/api/v1/connections/" + id + "/scans?kind=inventory", null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText())
        .contains("PATCH /api/v1/connections/" + id)
        .contains("enabled_services")
        .contains("[\"identity\", \"inventory\"]")
        .doesNotContain("updating the connection");
    var patched =
        call(
            "PATCH",
            "/api/v1/connections/" + id,
            "{\"enabled_services\":[\"identity\",\"inventory\"]}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(call("POST", "/api/v1/connections/" + id + "/scans?kind=inventory", null).status())
        .isEqualTo(202);
  }
}
