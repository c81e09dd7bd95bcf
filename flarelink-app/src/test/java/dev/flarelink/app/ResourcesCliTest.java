package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.Cli.Result;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.SeedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./flarelink resources}: the catalogue's types with their status, a type's resources as a
 * table, JSON and CSV that match the simulator, the zone and search filters, paging, one resource's
 * whole document, and bad input said as the command line's words with exit code 2.
 */
class ResourcesCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(29, 4, 0, 0, 3, 4, 0)));

  @TempDir Path dir;

  private Result cli(CloudflareSimulator sim, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    return Cli.run(sim, all.toArray(String[]::new));
  }

  private JsonNode json(CloudflareSimulator sim, String... args) throws Exception {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    var result = cli(sim, all.toArray(String[]::new));
    assertThat(result.code()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private void add(CloudflareSimulator sim, String name, String services) throws Exception {
    var token = dir.resolve(name + ".token");
    Files.writeString(token, sim.secret("account-token"));
    var added =
        cli(sim, Cli.addConnection(sim, name, token.toString(), "--services", services, "--json"));
    assertThat(added.code()).as(added.out() + added.err()).isZero();
  }

  private static List<Entities.Zone> zones(CloudflareSimulator sim) {
    return sim.state()
        .read(s -> s.zones().stream().filter(z -> z.accountId().equals(sim.accountId())).toList());
  }

  /** Every Page Rule of the account's zones, by id, with its zone's name. */
  private static Set<String> pageRuleIds(CloudflareSimulator sim, String zoneName) {
    var ids = new HashSet<String>();
    for (var zone : zones(sim)) {
      if (zoneName == null || zone.name().equals(zoneName)) {
        sim.state().read(s -> s.security().pageRules(zone.id())).forEach(r -> ids.add(r.id()));
      }
    }
    return ids;
  }

  private static Set<String> ids(JsonNode page) {
    var ids = new HashSet<String>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  @Test
  void typesItemsAndDocuments_matchTheSimulator(CloudflareSimulator sim) throws Exception {
    add(sim, "Sec", "inventory,security_rules,certificates");

    var before = cli(sim, "resources", "Sec");
    assertThat(before.code()).as(before.err()).isZero();
    assertThat(before.out())
        .contains("TYPE", "SCOPE", "SERVICE", "TOTAL", "SCANNED_AT", "AVAILABLE")
        .contains("page_rules: Not read yet")
        .contains("load_balancers: The connection does not enable the service load_balancing");
    var notScanned = cli(sim, "resources", "Sec", "page_rules");
    assertThat(notScanned.code()).isZero();
    assertThat(notScanned.err())
        .contains("Not read yet")
        .contains("./flarelink scan Sec --kind inventory")
        .contains("with --fresh");

    var scan = cli(sim, "scan", "Sec", "--kind", "inventory");
    assertThat(scan.code()).as(scan.out() + scan.err()).isZero();

    var truth = pageRuleIds(sim, null);
    assertThat(truth).isNotEmpty();
    var types = json(sim, "resources", "Sec").path("types");
    assertThat(types).hasSize(9);
    var pageRules =
        JSON.valueToTree(
            types.valueStream().filter(t -> t.path("type").asText().equals("page_rules")).toList());
    assertThat(pageRules.path(0).path("total").asInt()).isEqualTo(truth.size());
    assertThat(pageRules.path(0).path("available").asBoolean()).isTrue();
    assertThat(pageRules.path(0).path("permission").asText()).isEqualTo("Zone → Page Rules → Read");
    var typesCsv = cli(sim, "resources", "Sec", "--format", "csv").out();
    assertThat(typesCsv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "type,scope,service,enabled,total,scanned_at,available,reason,permission,description");
    assertThat(typesCsv.lines().skip(1)).hasSize(9);

    var page = json(sim, "resources", "Sec", "page_rules", "--per-page", "1000");
    assertThat(page.path("type").asText()).isEqualTo("page_rules");
    assertThat(page.path("source").asText()).isEqualTo("inventory");
    assertThat(page.path("paging").path("total").asInt()).isEqualTo(truth.size());
    assertThat(ids(page)).isEqualTo(truth);

    var table = cli(sim, "resources", "Sec", "page_rules");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow())
        .contains("ID", "NAME", "ZONE_NAME", "MODIFIED_ON", "STATUS", "PRIORITY", "ACTIONS");
    assertThat(table.out().lines().skip(1)).hasSize(truth.size());
    assertThat(table.err()).as("read whole: nothing to say").isEmpty();

    var csv = cli(sim, "resources", "Sec", "page_rules", "--format", "csv").out();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("id,name,zone_name,modified_on,status,priority,actions");
    assertThat(csv.lines().skip(1).map(l -> l.split(",", -1)[0]).collect(Collectors.toSet()))
        .isEqualTo(truth);

    var zone = zones(sim).getFirst().name();
    var inZone = json(sim, "resources", "Sec", "page_rules", "--zone", zone);
    assertThat(ids(inZone)).isEqualTo(pageRuleIds(sim, zone));
    assertThat(inZone.path("items").valueStream().map(i -> i.path("zone_name").asText()))
        .containsOnly(zone);

    var one = page.path("items").get(0);
    var word = one.path("name").asText();
    var searched = json(sim, "resources", "Sec", "page_rules", "--search", word);
    assertThat(ids(searched)).contains(one.path("id").asText());
    assertThat(searched.path("items").valueStream().map(i -> i.path("name").asText()))
        .allSatisfy(name -> assertThat(name).containsIgnoringCase(word));
    var everyType = json(sim, "resources", "Sec", "--search", word);
    assertThat(everyType.has("type")).as("a search over every type").isFalse();
    assertThat(ids(everyType)).contains(one.path("id").asText());

    var first = json(sim, "resources", "Sec", "page_rules", "--per-page", "1");
    assertThat(first.path("items")).hasSize(1);
    assertThat(first.path("paging").path("total_pages").asInt()).isEqualTo(truth.size());
    if (truth.size() > 1) {
      var second = cli(sim, "resources", "Sec", "page_rules", "--per-page", "1", "--page", "2");
      assertThat(second.err()).contains("showing 2-2 of " + truth.size());
    }

    var id = one.path("id").asText();
    var document = json(sim, "resources", "Sec", "page_rules", id);
    assertThat(document.path("id").asText()).isEqualTo(id);
    assertThat(document.path("document").path("id").asText()).isEqualTo(id);
    assertThat(document.path("document").path("targets").isArray()).isTrue();
    var shown = cli(sim, "resources", "Sec", "page_rules", id);
    assertThat(shown.out())
        .contains("FIELD", "priority", "Document:", "\"targets\" : [")
        .doesNotContain("parts.");
    var fresh = json(sim, "resources", "Sec", "certificate_packs", "--fresh");
    assertThat(fresh.path("source").asText()).isEqualTo("cloudflare");
    assertThat(ids(fresh))
        .isEqualTo(ids(json(sim, "resources", "Sec", "certificate_packs", "--per-page", "1000")));

    add(sim, "Lb", "inventory,load_balancing");
    assertThat(cli(sim, "scan", "Lb", "--kind", "inventory").code()).isZero();
    var pools = cli(sim, "resources", "Lb", "load_balancer_pools");
    assertThat(pools.out().lines().skip(1)).isNotEmpty();
    assertThat(pools.out()).containsPattern(" (yes|no) ").doesNotContain(" true ", " false ");
    assertThat(cli(sim, "resources", "Lb", "load_balancer_pools", "--format", "csv").out())
        .containsPattern(",(true|false),");
  }

  @Test
  void badInput_isSaidInTheCommandLinesWords_withExitCode2(CloudflareSimulator sim)
      throws Exception {
    add(sim, "Sec", "inventory,security_rules");

    var unknown = cli(sim, "resources", "Sec", "teleporters");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("flarelink: TYPE: must be a resource type: one of rulesets, ip_access_rules,")
        .contains("; was teleporters")
        .doesNotContain("at dev.flarelink");

    var badPage = cli(sim, "resources", "Sec", "page_rules", "--page", "0");
    assertThat(badPage.code()).isEqualTo(2);
    assertThat(badPage.err()).contains("flarelink: --page: must be 1 or more");
    var badSize = cli(sim, "resources", "Sec", "page_rules", "--per-page", "5000");
    assertThat(badSize.code()).isEqualTo(2);
    assertThat(badSize.err()).contains("flarelink: --per-page: must be from 1 to 1000");
    var notANumber = cli(sim, "resources", "Sec", "page_rules", "--page", "two");
    assertThat(notANumber.code()).isEqualTo(2);

    var off = cli(sim, "resources", "Sec", "load_balancers");
    assertThat(off.code()).as("a service the connection does not enable").isEqualTo(2);
    assertThat(off.err())
        .contains("does not enable the load_balancing service")
        .contains("connections edit");
    var offDocument = cli(sim, "resources", "Sec", "certificate_packs", "some-id");
    assertThat(offDocument.code()).isEqualTo(2);
    assertThat(offDocument.err()).contains("certificates");

    var missing = cli(sim, "resources", "Sec", "page_rules", "no-such-rule");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .contains("No page_rules resource with id no-such-rule")
        .contains("--fresh")
        .doesNotContain("fresh=true");
    var mixed = cli(sim, "resources", "Sec", "page_rules", "some-id", "--page", "2");
    assertThat(mixed.code()).isEqualTo(2);
    assertThat(mixed.err()).contains("leave them out with RESOURCE_ID");
    var freshEverything = cli(sim, "resources", "Sec", "--fresh");
    assertThat(freshEverything.code()).isEqualTo(2);
    assertThat(freshEverything.err()).contains("--fresh reads one type");
  }
}
