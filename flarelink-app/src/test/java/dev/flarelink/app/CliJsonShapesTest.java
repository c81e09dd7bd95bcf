package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top-level fields of every list the command line prints with {@code --format json}, in the
 * order they are printed: the shapes of the shared view records, the same on every run.
 */
class CliJsonShapesTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  private JsonNode json(CloudflareSimulator sim, String... args) throws Exception {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json", "--data-dir", dir.resolve("data").toString()));
    var result = Cli.run(sim, all.toArray(String[]::new));
    assertThat(result.code()).as(String.join(" ", args) + ": " + result.err()).isZero();
    return new ObjectMapper().readTree(result.out());
  }

  private static List<String> fields(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void listsPrintTheFieldsOfTheirViewRecords_inOrder(CloudflareSimulator sim) throws Exception {
    var token = dir.resolve("token.txt");
    Files.writeString(token, sim.secret("account-token"));
    var added =
        Cli.run(
            sim,
            Cli.addConnection(
                sim, "Production", token.toString(), "--data-dir", dir.resolve("data").toString()));
    assertThat(added.code()).as(added.err()).isZero();
    var zone =
        sim.state()
            .read(
                s ->
                    s.zones().stream()
                        .filter(z -> z.accountId().equals(sim.accountId()))
                        .findFirst()
                        .orElseThrow());
    var zoneId = zone.id();

    assertThat(fields(json(sim, "scan", "Production"))).containsExactly("scans");
    assertThat(fields(json(sim, "members", "Production")))
        .containsExactly("members", "note", "coverage");
    assertThat(fields(json(sim, "roles", "Production"))).containsExactly("roles");
    assertThat(fields(json(sim, "changes", "Production"))).containsExactly("changes", "coverage");
    assertThat(fields(json(sim, "zone", "Production", zone.name(), "--settings")))
        .containsExactly("settings");
    assertThat(fields(json(sim, "alerts", "Production", "--limit", "3")))
        .containsExactly("alerts", "total");
    assertThat(fields(json(sim, "alerts", "Production", "--policies"))).containsExactly("policies");
    assertThat(fields(json(sim, "actions", "Production"))).containsExactly("actions");
    assertThat(fields(json(sim, "audit", "Production"))).containsExactly("runs");
    assertThat(
            fields(
                json(
                    sim,
                    "analytics",
                    "Production",
                    "graphql",
                    "--query",
                    "query { viewer { zones(filter: {zoneTag: \""
                        + zoneId
                        + "\"}) { httpRequests1dGroups(limit: 2, filter: {date_geq: \""
                        + LocalDate.now(ZoneOffset.UTC).minusDays(6)
                        + "\", date_leq: \""
                        + LocalDate.now(ZoneOffset.UTC)
                        + "\"}) { dimensions { date } sum { requests } } } } }")))
        .containsExactly("data");
  }
}
