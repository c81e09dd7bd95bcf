package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.Cli.Result;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the command line: a partial scan exits 0 and prints what it left out, connections show their
 * status, and answers without a scan or without the service say so.
 */
class ScanTruthCliTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(23, 8, 1, 2, 2, 3, 0)));

  @TempDir Path dir;

  private Result cli(CloudflareSimulator sim, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    return Cli.run(sim, all.toArray(String[]::new));
  }

  private String add(CloudflareSimulator sim, String name, String credential, String services)
      throws Exception {
    var token = dir.resolve(name + ".token");
    Files.writeString(token, sim.secret(credential));
    var added =
        cli(sim, Cli.addConnection(sim, name, token.toString(), "--services", services, "--json"));
    assertThat(added.code()).as(added.err()).isZero();
    return new ObjectMapper().readTree(added.out()).path("id").asText();
  }

  @Test
  void partialScansStatusAndMissingScans_areSaid(CloudflareSimulator sim) throws Exception {
    var dns = add(sim, "dns", "zone-dns-read-only", "inventory");
    var people = add(sim, "people", "account-token", "identity");

    assertThat(cli(sim, "connections", "list").out())
        .contains("not_scanned", "No inventory scan yet.", "No identity scan yet.")
        .doesNotContain("working");

    var scan = cli(sim, "scan", "dns");
    assertThat(scan.code()).as(scan.err()).isZero();
    assertThat(scan.out())
        .contains("succeeded (partial: 1 part not read)", "Zone → Zone Settings → Read");

    var shown = new ObjectMapper().readTree(cli(sim, "connections", "show", dns).out());
    assertThat(shown.path("status").path("state").asText()).isEqualTo("partial");
    assertThat(cli(sim, "connections", "list").out()).contains("partial");

    var members = cli(sim, "members", "dns");
    assertThat(members.code()).isNotZero();
    assertThat(members.err()).contains("does not enable the identity service");

    var review = cli(sim, "review", "people");
    assertThat(review.code()).as(review.err()).isZero();
    assertThat(review.out()).startsWith("No identity scan yet").doesNotContain("finding");
    assertThat(cli(sim, "members", "people").err()).contains("No identity scan yet");

    var identity = cli(sim, "scan", "people");
    assertThat(identity.code()).as(identity.err()).isZero();
    assertThat(identity.out()).contains("2 declined invitations skipped");
    var reviewed = cli(sim, "review", "people");
    assertThat(reviewed.out()).contains("Last complete scan:").doesNotContain("No identity scan");
    var json = new ObjectMapper().readTree(cli(sim, "connections", "show", people).out());
    assertThat(json.path("status").path("state").asText()).isEqualTo("working");
  }
}
