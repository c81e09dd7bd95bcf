package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The REST API over real HTTP, on SQLite and on PostgreSQL, against the simulator. */
class ApiTest {

  private static Reply call(
      FlarelinkServer server, String key, String method, String path, String body)
      throws Exception {
    return TestHttp.call(server.url(), key, method, path, body);
  }

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final String ADMIN = "flk_testAdminKey_0123456789abcdefghijklmnop";

  @TempDir Path dir;

  private final List<TestDatabases.Target> databases = new ArrayList<>();

  @AfterEach
  void dropSchemas() {
    databases.forEach(TestDatabases.Target::close);
  }

  private FlarelinkServer start(Database.Kind database, CloudflareSimulator sim) {
    var target = TestDatabases.target(database, "flarelink_api_");
    databases.add(target);
    return FlarelinkServer.start(sim, dir, target.url(), ADMIN);
  }

  private static String connection(CloudflareSimulator sim, String name, String credential) {
    return TestApi.connectionBody(sim, name, credential, null, false);
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void connections_createTestListGetDelete(Database.Kind database, CloudflareSimulator sim)
      throws Exception {
    try (var server = start(database, sim)) {
      assertThat(call(server, null, "GET", "/health", null).status()).isEqualTo(200);
      var anonymous = call(server, null, "GET", "/api/v1/connections", null);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.contentType()).startsWith("application/problem+json");
      assertThat(call(server, "flk_wrong", "GET", "/api/v1/connections", null).status())
          .isEqualTo(401);

      var created =
          call(
              server,
              ADMIN,
              "POST",
              "/api/v1/connections",
              connection(sim, "Production", "account-token"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.body()).doesNotContain(sim.secret("account-token"));
      var id = created.json().path("id").asText();
      assertThat(created.json().path("credential").path("hint").asText())
          .startsWith("account_token …");

      var tested = call(server, ADMIN, "POST", "/api/v1/connections/" + id + "/test", null).json();
      assertThat(tested.path("ok").asBoolean()).isTrue();
      assertThat(tested.path("credential_kind").asText()).isEqualTo("account_token");
      assertThat(
              call(server, ADMIN, "GET", "/api/v1/connections/" + id, null)
                  .json()
                  .path("last_test")
                  .path("ok")
                  .asBoolean())
          .isTrue();

      var unsaved =
          call(
                  server,
                  ADMIN,
                  "POST",
                  "/api/v1/connections/test",
                  connection(sim, "x", "no-account-settings"))
              .json();
      assertThat(unsaved.path("ok").asBoolean()).isFalse();
      assertThat(unsaved.toString())
          .contains("Account → Account Settings → Read")
          .doesNotContain(sim.secret("no-account-settings"));

      assertThat(
              call(
                      server,
                      ADMIN,
                      "POST",
                      "/api/v1/connections",
                      connection(sim, "Production", "user-token"))
                  .status())
          .isEqualTo(409);
      var renamed =
          call(
                  server,
                  ADMIN,
                  "PATCH",
                  "/api/v1/connections/" + id,
                  "{\"name\":\"Prod\",\"enabled_services\":[\"identity\"]}")
              .json();
      assertThat(renamed.path("name").asText()).isEqualTo("Prod");
      assertThat(
              call(server, ADMIN, "GET", "/api/v1/connections", null)
                  .json()
                  .path("connections")
                  .size())
          .isEqualTo(1);
      assertThat(call(server, ADMIN, "DELETE", "/api/v1/connections/" + id, null).status())
          .isEqualTo(204);
      assertThat(call(server, ADMIN, "GET", "/api/v1/connections/" + id, null).status())
          .isEqualTo(404);
      assertThat(call(server, null, "GET", "/api/openapi.yaml", null).body())
          .contains("/api/v1/connections/{id}/test");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void workspaces_seeNothingOfEachOther(Database.Kind database, CloudflareSimulator sim)
      throws Exception {
    try (var server = start(database, sim)) {
      var id =
          call(
                  server,
                  ADMIN,
                  "POST",
                  "/api/v1/connections",
                  connection(sim, "Production", "account-token"))
              .json()
              .path("id")
              .asText();
      for (var lookalike : List.of("Team\\u202EB", "Team\\u200BB", "Team\\u0000B")) {
        var refused =
            call(server, ADMIN, "POST", "/api/v1/workspaces", "{\"name\":\"" + lookalike + "\"}");
        assertThat(refused.status()).as(lookalike).isEqualTo(400);
        assertThat(
                call(
                        server,
                        ADMIN,
                        "POST",
                        "/api/v1/workspaces/default/keys",
                        "{\"name\":\"" + lookalike + "\"}")
                    .status())
            .as(lookalike)
            .isEqualTo(400);
      }
      var workspace = call(server, ADMIN, "POST", "/api/v1/workspaces", "{\"name\":\"Team B\"}");
      assertThat(workspace.status()).as(workspace.body()).isEqualTo(201);
      var key = workspace.json().path("api_key").asText();
      assertThat(
              call(server, key, "GET", "/api/v1/connections", null)
                  .json()
                  .path("connections")
                  .size())
          .isZero();
      assertThat(call(server, key, "GET", "/api/v1/connections/" + id, null).status())
          .isEqualTo(404);
      assertThat(call(server, key, "DELETE", "/api/v1/connections/" + id, null).status())
          .isEqualTo(404);
      assertThat(call(server, key, "POST", "/api/v1/connections/" + id + "/test", null).status())
          .isEqualTo(404);
      assertThat(call(server, key, "GET", "/api/v1/workspaces", null).status()).isEqualTo(403);
      assertThat(call(server, ADMIN, "GET", "/api/v1/connections/" + id, null).status())
          .isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badInput_is4xxWithAMessage_andStoresNothing(Database.Kind database, CloudflareSimulator sim)
      throws Exception {
    try (var server = start(database, sim)) {
      String[] bodies = {
        "{not json",
        "[1,2]",
        "{\"name\":\"x\",\"account_id\":123,\"token\":\"t\"}",
        "{\"name\":\"x\",\"acount_id\":\""
            + sim.accountId()
            + "\",\"token\":\""
            + "a".repeat(40)
            + "\"}",
        "{\"name\":\"x\",\"account_id\":\"not-hex\",\"token\":\"" + "a".repeat(40) + "\"}",
        "{\"name\":\"bad\\u0000name\",\"account_id\":\""
            + sim.accountId()
            + "\",\"token\":\""
            + "a".repeat(40)
            + "\"}",
        "{\"name\":\""
            + "n".repeat(5000)
            + "\",\"account_id\":\""
            + sim.accountId()
            + "\",\"token\":\""
            + "a".repeat(40)
            + "\"}",
        "{\"name\":\"x\",\"account_id\":\""
            + sim.accountId()
            + "\",\"token\":\""
            + "a".repeat(40)
            + "\",\"enabled_services\":[\"teleport\"]}",
        "{\"name\":\"x\",\"account_id\":\""
            + sim.accountId()
            + "\",\"token\":\""
            + "a".repeat(40)
            + "\",\"email\":\"a@example.com\"}",
        "{\"name\":\"x\",\"account_id\":\""
            + sim.accountId()
            + "\",\"key\":\""
            + "f".repeat(37)
            + "\"}",
        "{}",
      };
      for (var body : bodies) {
        var reply = call(server, ADMIN, "POST", "/api/v1/connections", body);
        assertThat(reply.status()).as(body).isBetween(400, 499);
        assertThat(reply.contentType()).as(body).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asText()).as(body).isNotBlank();
      }
      var huge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
      assertThat(call(server, ADMIN, "POST", "/api/v1/connections", huge).status()).isEqualTo(413);
      var field =
          call(server, ADMIN, "POST", "/api/v1/connections", bodies[4])
              .json()
              .path("errors")
              .get(0);
      assertThat(field.path("field").asText()).isEqualTo("account_id");
      assertThat(field.path("message").asText()).contains("32 hexadecimal");
      assertThat(
              call(server, ADMIN, "GET", "/api/v1/connections", null)
                  .json()
                  .path("connections")
                  .size())
          .isZero();
      assertThat(call(server, ADMIN, "GET", "/api/v1/nowhere", null).status()).isEqualTo(404);
    }
  }

  @Test
  void everyNamedCredential_getsItsDiagnosis(CloudflareSimulator sim) throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("account-token", "ok");
    expected.put("user-token", "credential_scope");
    expected.put("legacy-account-token", "ok");
    expected.put("legacy-user-token", "credential_scope");
    expected.put("no-account-settings", "Account → Account Settings → Read");
    expected.put("other-account", "do not include it");
    expected.put("expired", "expired on 2026-01-01");
    expected.put("disabled", "disabled");
    expected.put("ip-restricted", "127.0.0.1");
    expected.put("zone-dns-read-only", "Account → Account Settings → Read");
    expected.put("dns-write", "Account → Account Settings → Read");
    expected.put("expiring-soon", "expires on");
    try (var server = start(Database.Kind.SQLITE, sim)) {
      for (var entry : expected.entrySet()) {
        var report =
            call(
                server,
                ADMIN,
                "POST",
                "/api/v1/connections/test",
                connection(sim, "t", entry.getKey()));
        assertThat(report.status()).isEqualTo(200);
        var ok = report.json().path("ok").asBoolean();
        if (entry.getValue().equals("ok")) {
          assertThat(ok).as(entry.getKey()).isTrue();
        } else {
          assertThat(report.body()).as(entry.getKey()).contains(entry.getValue());
        }
        assertThat(report.body()).doesNotContain(sim.secret(entry.getKey()));
      }
      var key = sim.state().read(s -> s.credential("global-key"));
      var body =
          "{\"name\":\"k\",\"account_id\":\""
              + sim.accountId()
              + "\",\"key\":\""
              + key.secret()
              + "\",\"email\":\""
              + key.email()
              + "\"}";
      var report = call(server, ADMIN, "POST", "/api/v1/connections/test", body).json();
      assertThat(report.path("credential_kind").asText()).isEqualTo("global_api_key");
    }
  }

  @Test
  void noSecret_inTheDatabaseFile(CloudflareSimulator sim) throws Exception {
    try (var server = start(Database.Kind.SQLITE, sim)) {
      assertThat(
              call(
                      server,
                      ADMIN,
                      "POST",
                      "/api/v1/connections",
                      connection(sim, "Production", "account-token"))
                  .status())
          .isEqualTo(201);
    }
    var everything = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (var file :
          files.filter(f -> f.getFileName().toString().startsWith("flarelink.db")).toList()) {
        everything.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(everything.toString())
        .contains("Production")
        .doesNotContain(sim.secret("account-token"))
        .doesNotContain(ADMIN);
  }
}
