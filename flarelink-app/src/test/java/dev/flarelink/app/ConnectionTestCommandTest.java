package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.cli.FlarelinkCommand;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `flarelink connections test` diagnoses the simulator's named credentials from the CLI. */
class ConnectionTestCommandTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(CloudflareSimulator sim, Map<String, String> extra, String... args) {
    var environment = new HashMap<String, String>(extra);
    environment.put("CLOUDFLARE_BASE_URL", sim.baseUrl());
    var out = new StringWriter();
    var err = new StringWriter();
    var line = FlarelinkCommand.commandLine(environment);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return new Result(line.execute(args), out.toString(), err.toString());
  }

  private Path secretFile(CloudflareSimulator sim, String credential) throws Exception {
    var file = dir.resolve(credential + ".txt");
    Files.writeString(file, sim.secret(credential) + "\n");
    return file;
  }

  @Test
  void aWorkingToken_exitsZero_andTheJsonHasTheDocumentedKeys(CloudflareSimulator sim)
      throws Exception {
    var result =
        run(
            sim,
            Map.of(),
            "connections",
            "test",
            "--account-id",
            sim.accountId(),
            "--token-file",
            secretFile(sim, "account-token").toString(),
            "--json");
    assertThat(result.code()).as(result.err()).isZero();
    var json = new ObjectMapper().readTree(result.out());
    assertThat(json.path("ok").asBoolean()).isTrue();
    assertThat(json.path("credential_kind").asText()).isEqualTo("account_token");
    assertThat(json.path("account").path("name").asText()).isEqualTo("Acme Corp (simulated)");
    assertThat(json.path("checks").get(0).fieldNames())
        .toIterable()
        .containsExactly("id", "status", "message", "fix");
    assertThat(json.path("services").path("identity").path("available").asBoolean()).isTrue();
    assertThat(result.out()).doesNotContain(sim.secret("account-token"));
  }

  @Test
  void eachFailingCredential_exitsOne_withItsDiagnosis(CloudflareSimulator sim) throws Exception {
    Map<String, String> expected =
        Map.of(
            "no-account-settings", "Account → Account Settings → Read",
            "other-account", "do not include it",
            "expired", "expired on 2026-01-01",
            "disabled", "disabled",
            "ip-restricted", "127.0.0.1");
    for (var entry : expected.entrySet()) {
      var result =
          run(
              sim,
              Map.of(),
              "connections",
              "test",
              "--account-id",
              sim.accountId(),
              "--token-file",
              secretFile(sim, entry.getKey()).toString());
      assertThat(result.code()).as(entry.getKey()).isEqualTo(1);
      assertThat(result.out())
          .as(entry.getKey())
          .contains(entry.getValue())
          .doesNotContain(sim.secret(entry.getKey()));
    }
  }

  @Test
  void eachWorkingCredential_exitsZero_withItsKind(CloudflareSimulator sim) throws Exception {
    Map<String, String> expected =
        Map.of(
            "user-token", "User-owned API token",
            "legacy-account-token", "Account-owned API token",
            "legacy-user-token", "User-owned API token",
            "expiring-soon", "expires on");
    for (var entry : expected.entrySet()) {
      var result =
          run(
              sim,
              Map.of(),
              "connections",
              "test",
              "--account-id",
              sim.accountId(),
              "--token-file",
              secretFile(sim, entry.getKey()).toString());
      assertThat(result.code()).as(entry.getKey() + result.out()).isZero();
      assertThat(result.out()).as(entry.getKey()).contains(entry.getValue());
    }
  }

  @Test
  void aGlobalKey_fromTheEnvironment(CloudflareSimulator sim) {
    var key = sim.state().read(s -> s.credential("global-key"));
    var result =
        run(
            sim,
            Map.of(
                "CLOUDFLARE_API_KEY",
                key.secret(),
                "CLOUDFLARE_EMAIL",
                key.email(),
                "CLOUDFLARE_ACCOUNT_ID",
                sim.accountId()),
            "connections",
            "test");
    assertThat(result.code()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("Global API Key of " + key.email());
  }

  @Test
  void badInput_exitsTwo_withEveryProblem(CloudflareSimulator sim) {
    var result =
        run(sim, Map.of(), "connections", "test", "--account-id", "acme", "--services", "teleport");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err())
        .contains("--account-id:")
        .contains("32 hexadecimal")
        .contains("Unknown service 'teleport'")
        .contains("A credential is required");
  }
}
