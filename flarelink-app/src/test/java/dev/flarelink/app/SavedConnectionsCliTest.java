package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.cli.FlarelinkCommand;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** add, list, show, test, keys rotate and remove, on the embedded database in a data directory. */
class SavedConnectionsCliTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(CloudflareSimulator sim, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var line = FlarelinkCommand.commandLine(Map.of("CLOUDFLARE_BASE_URL", sim.baseUrl()));
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return new Result(line.execute(args), out.toString(), err.toString());
  }

  @Test
  void theWholeLifecycle(CloudflareSimulator sim) throws Exception {
    var data = dir.resolve("data").toString();
    var token = dir.resolve("token.txt");
    Files.writeString(token, sim.secret("account-token"));
    var added =
        run(
            sim,
            "connections",
            "add",
            "--data-dir",
            data,
            "--name",
            "Production",
            "--account-id",
            sim.accountId(),
            "--token-file",
            token.toString(),
            "--test",
            "--json");
    assertThat(added.code()).as(added.err()).isZero();
    var json = new ObjectMapper().readTree(added.out());
    var id = json.path("id").asText();
    assertThat(json.path("test").path("ok").asBoolean()).isTrue();
    assertThat(added.out()).doesNotContain(sim.secret("account-token"));

    var list = run(sim, "connections", "list", "--data-dir", data);
    assertThat(list.out()).contains(id).contains("Production").contains("test passed");
    assertThat(run(sim, "connections", "show", id, "--data-dir", data).out())
        .contains("\"hint\" : \"account_token …");
    assertThat(run(sim, "connections", "test", id, "--data-dir", data).code()).isZero();

    var rotated = run(sim, "keys", "rotate", "--data-dir", data);
    assertThat(rotated.out()).contains("Re-encrypted 1 secret(s)");
    assertThat(run(sim, "connections", "test", id, "--data-dir", data).code()).isZero();

    var duplicate =
        run(
            sim,
            "connections",
            "add",
            "--data-dir",
            data,
            "--name",
            "Production",
            "--account-id",
            sim.accountId(),
            "--token-file",
            token.toString());
    assertThat(duplicate.code()).isEqualTo(2);
    assertThat(duplicate.err()).contains("already exists");
    assertThat(run(sim, "connections", "show", "f".repeat(32), "--data-dir", data).err())
        .contains("no connection");

    assertThat(run(sim, "connections", "remove", id, "--data-dir", data).out())
        .contains("Removed connection \"Production\"");
    assertThat(run(sim, "connections", "list", "--data-dir", data).out())
        .contains("No connections yet");

    var everything = new StringBuilder();
    try (var files = Files.list(Path.of(data))) {
      for (var file : files.toList()) {
        everything.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(everything.toString()).doesNotContain(sim.secret("account-token"));
  }
}
