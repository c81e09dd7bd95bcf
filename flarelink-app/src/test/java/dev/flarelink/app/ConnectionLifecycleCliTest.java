package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.Cli.Result;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connections add} refuses what its test forbids, {@code edit} changes a saved connection (a
 * new credential only once tested), {@code remove} needs {@code --yes}, {@code test} without an
 * Account ID lists the accounts, and a service that is not enabled names {@code connections edit}.
 */
class ConnectionLifecycleCliTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  /** A command on the data directory of this test. */
  private Result cli(CloudflareSimulator sim, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    return Cli.run(sim, Map.of(), all.toArray(String[]::new));
  }

  private String file(CloudflareSimulator sim, String credential) throws Exception {
    var file = dir.resolve(credential + ".txt");
    Files.writeString(file, sim.secret(credential) + "\n");
    return file.toString();
  }

  private Result add(CloudflareSimulator sim, String name, String credential, String... more)
      throws Exception {
    return cli(sim, Cli.addConnection(sim, name, file(sim, credential), more));
  }

  private int count(CloudflareSimulator sim) throws Exception {
    var listed = new ObjectMapper().readTree(cli(sim, "connections", "list", "--json").out());
    return (listed.isArray() ? listed : listed.path("connections")).size();
  }

  @Test
  void add_refusesAnExpiredOrDisabledToken_evenWithSaveAnyway(CloudflareSimulator sim)
      throws Exception {
    for (var name : List.of("expired", "disabled")) {
      for (var anyway : List.of(new String[] {}, new String[] {"--save-anyway"})) {
        var result = add(sim, name, name, anyway);
        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.err())
            .contains("nothing was saved")
            .contains("cannot be saved")
            .doesNotContain("--save-anyway");
        assertThat(result.out()).contains("NOT OK").contains("token_status");
        assertThat(result.out() + result.err()).doesNotContain(sim.secret(name));
      }
    }
    assertThat(count(sim)).isZero();
  }

  @Test
  void add_keepsAFailingTestOnlyWithSaveAnyway_andRecordsWhy(CloudflareSimulator sim)
      throws Exception {
    var refused = add(sim, "Zones", "no-account-settings", "--services", "identity");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("service.identity").contains("--save-anyway");
    assertThat(count(sim)).isZero();
    var kept =
        add(
            sim,
            "Zones",
            "no-account-settings",
            "--services",
            "identity",
            "--save-anyway",
            "--json");
    assertThat(kept.code()).as(kept.err()).isZero();
    var json = new ObjectMapper().readTree(kept.out());
    assertThat(json.path("last_test").path("ok").asBoolean()).isFalse();
    assertThat(json.path("last_test").path("summary").asText()).startsWith("service.identity: ");
    assertThat(json.path("test").path("services").path("identity").path("available").asBoolean())
        .isFalse();
    var shownOnAdd = add(sim, "Expiring", "expiring-soon");
    assertThat(shownOnAdd.code()).as(shownOnAdd.err()).isZero();
    assertThat(shownOnAdd.out())
        .as("the warnings of the test show as it saves")
        .contains("[warn] token_status")
        .contains("Saved connection \"Expiring\"");
    assertThat(cli(sim, "connections", "show", json.path("id").asText()).out())
        .contains(json.path("last_test").path("summary").asText());
  }

  @Test
  void edit_changesWhatIsGiven_andTestsANewCredentialFirst(CloudflareSimulator sim)
      throws Exception {
    var added = add(sim, "Production", "account-token", "--services", "identity", "--json");
    assertThat(added.code()).as(added.err()).isZero();
    var id = new ObjectMapper().readTree(added.out()).path("id").asText();

    var renamed =
        cli(sim, "connections", "edit", id, "--name", "Main", "--services", "identity,inventory");
    assertThat(renamed.code()).as(renamed.err()).isZero();
    assertThat(renamed.out()).contains("\"Main\"").contains("identity,inventory");
    var shown = new ObjectMapper().readTree(cli(sim, "connections", "show", id).out());
    assertThat(shown.path("name").asText()).isEqualTo("Main");

    var expired = cli(sim, "connections", "edit", id, "--token-file", file(sim, "expired"));
    assertThat(expired.code()).isEqualTo(1);
    assertThat(expired.err()).contains("cannot be saved");
    var failing =
        cli(sim, "connections", "edit", id, "--token-file", file(sim, "no-account-settings"));
    assertThat(failing.code()).isEqualTo(1);
    assertThat(failing.err()).contains("--save-anyway");
    assertThat(cli(sim, "connections", "test", id).code()).as("the working token stays").isZero();
    assertThat(cli(sim, "connections", "test", "Main").code()).as("by name too").isZero();
    var byName = cli(sim, "connections", "edit", "Main", "--name", "Main");
    assertThat(byName.code()).as(byName.err()).isZero();
    assertThat(cli(sim, "connections", "show", "Main").out()).contains(id);
    assertThat(cli(sim, "connections", "remove", "Nope", "--yes").code()).isEqualTo(2);

    var key = sim.state().read(s -> s.credential("global-key"));
    var keyFile = dir.resolve("key.txt");
    Files.writeString(keyFile, key.secret());
    var switched =
        cli(
            sim,
            "connections",
            "edit",
            id,
            "--key-file",
            keyFile.toString(),
            "--email",
            key.email(),
            "--json");
    assertThat(switched.code()).as(switched.err()).isZero();
    var json = new ObjectMapper().readTree(switched.out());
    assertThat(json.path("credential").path("kind").asText()).isEqualTo("global_api_key");
    assertThat(switched.out()).doesNotContain(key.secret());

    var nothing = cli(sim, "connections", "edit", id);
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("Nothing to change").contains("--services");
    var noEmail = cli(sim, "connections", "edit", id, "--key-file", keyFile.toString());
    assertThat(noEmail.code()).isEqualTo(2);
    assertThat(noEmail.err()).contains("--email");
    var badService = cli(sim, "connections", "edit", id, "--services", "teleport");
    assertThat(badService.code()).isEqualTo(2);
    assertThat(badService.err()).contains("teleport");
    var unknown = cli(sim, "connections", "edit", "f".repeat(32), "--name", "x");
    assertThat(unknown.code()).isEqualTo(2);
  }

  @Test
  void remove_deletesOnlyWithYes_andNeverAsks(CloudflareSimulator sim) throws Exception {
    var added = add(sim, "Production", "account-token", "--json");
    var id = new ObjectMapper().readTree(added.out()).path("id").asText();
    var asked = cli(sim, "connections", "remove", id);
    assertThat(asked.code()).isEqualTo(2);
    assertThat(asked.err()).contains("needs --yes").contains("Nothing was deleted");
    assertThat(count(sim)).isEqualTo(1);
    var removed = cli(sim, "connections", "remove", id, "--yes");
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(count(sim)).isZero();
    assertThat(cli(sim, "connections", "remove", id, "--yes").code()).isEqualTo(2);
  }

  @Test
  void test_withoutAnAccountId_listsTheAccountsToPickFrom(CloudflareSimulator sim)
      throws Exception {
    var key = sim.state().read(s -> s.credential("global-key"));
    var result =
        Cli.run(
            sim,
            Map.of("CLOUDFLARE_API_KEY", key.secret(), "CLOUDFLARE_EMAIL", key.email()),
            "connections",
            "test");
    assertThat(result.code()).isEqualTo(1);
    var accounts = sim.state().read(s -> s.accounts());
    assertThat(accounts).hasSizeGreaterThan(1);
    for (var account : accounts) {
      assertThat(result.out()).contains(account.id()).contains(account.name());
    }
    assertThat(result.out()).contains("--account-id").contains("no account given");

    var token =
        Cli.run(sim, Map.of(), "connections", "test", "--token-file", file(sim, "account-token"));
    assertThat(token.code()).isEqualTo(1);
    assertThat(token.out()).contains("Copy account ID");
  }

  @Test
  void mcp_onACredentialWithoutAnAccount_saysWhichAccountsToPickFrom(CloudflareSimulator sim) {
    var key = sim.state().read(s -> s.credential("global-key"));
    var result =
        Cli.run(
            sim,
            Map.of("CLOUDFLARE_API_KEY", key.secret(), "CLOUDFLARE_EMAIL", key.email()),
            "mcp",
            "--data-dir",
            dir.resolve("mcp").toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("CLOUDFLARE_ACCOUNT_ID");
    for (var account : sim.state().read(s -> s.accounts())) {
      assertThat(result.err()).contains(account.id());
    }
    assertThat(result.err()).doesNotContain(key.secret());
  }

  @Test
  void aServiceNotEnabled_namesConnectionsEdit(CloudflareSimulator sim) throws Exception {
    var added = add(sim, "Members", "account-token", "--services", "identity", "--json");
    var id = new ObjectMapper().readTree(added.out()).path("id").asText();
    var scan = cli(sim, "scan", id, "--kind", "inventory");
    assertThat(scan.code()).isNotZero();
    assertThat(scan.err())
        .contains("./flarelink connections edit " + id + " --services identity,inventory")
        .doesNotContain("updating the connection");
  }
}
