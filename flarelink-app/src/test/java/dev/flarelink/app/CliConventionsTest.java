package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.app.Cli.Result;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every command shares: errors name the command line's flags (not the REST API's fields), one
 * exit-code table (0 ok, 1 failed check or operation, 2 bad input or unknown thing), and no
 * database made behind the user's back.
 */
class CliConventionsTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  private Result in(CloudflareSimulator sim, Path data, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", data.toString()));
    return Cli.run(sim, all.toArray(String[]::new));
  }

  private Path secret(CloudflareSimulator sim, String name) throws Exception {
    var file = dir.resolve(name + ".txt");
    Files.writeString(file, sim.secret(name));
    return file;
  }

  @Test
  void aCommandWithoutADatabase_saysSo_andCreatesNothing(CloudflareSimulator sim) {
    var mistyped = dir.resolve("flarelnik");
    for (var args :
        List.of(
            List.of("connections", "list"),
            List.of("members", "Production"),
            List.of("zones", "Production"),
            List.of("scan", "Production"),
            List.of("keys", "rotate"),
            List.of("connections", "test", "f".repeat(32)))) {
      var result = in(sim, mistyped, args.toArray(String[]::new));
      assertThat(result.code()).as(args + ": " + result.err()).isEqualTo(2);
      assertThat(result.err())
          .as(String.valueOf(args))
          .contains("no Flarelink database in " + mistyped)
          .contains("./flarelink serve --data-dir " + mistyped)
          .contains("or pass the right --data-dir/--db")
          .doesNotContain("at dev.flarelink");
      assertThat(mistyped).as(args + " made nothing").doesNotExist();
    }
    var sqlite = dir.resolve("elsewhere/flarelink.db");
    var byUrl = Cli.run(sim, "connections", "list", "--db", "jdbc:sqlite:" + sqlite);
    assertThat(byUrl.code()).isEqualTo(2);
    assertThat(byUrl.err()).contains("no Flarelink database in " + sqlite);
    assertThat(sqlite).doesNotExist();
  }

  @Test
  void connectionsAdd_createsTheDatabaseOnFirstUse_andTheOthersThenFindIt(CloudflareSimulator sim)
      throws Exception {
    var data = dir.resolve("data");
    var added =
        in(
            sim,
            data,
            Cli.addConnection(sim, "Production", secret(sim, "account-token").toString()));
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.err()).contains("created a new Flarelink database in " + data);
    assertThat(data.resolve("flarelink.db")).exists();
    assertThat(in(sim, data, "connections", "list").code()).isZero();
    var second =
        in(sim, data, Cli.addConnection(sim, "Staging", secret(sim, "account-token").toString()));
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.err()).as("only the first").doesNotContain("created");
  }

  @Test
  void aMissingSecretFile_isNoSuchFile_andExit2(CloudflareSimulator sim) {
    var data = dir.resolve("data");
    var missing = dir.resolve("no-token.txt");
    var add = in(sim, data, Cli.addConnection(sim, "Production", missing.toString()));
    assertThat(add.code()).isEqualTo(2);
    assertThat(add.err()).contains("--token-file: no such file: " + missing);
    assertThat(data).as("nothing saved, nothing created").doesNotExist();
    var test =
        Cli.run(
            sim,
            "connections",
            "test",
            "--account-id",
            sim.accountId(),
            "--key-file",
            missing.toString(),
            "--email",
            "a@example.com");
    assertThat(test.code()).isEqualTo(2);
    assertThat(test.err()).contains("--key-file: no such file: " + missing);
  }

  @Test
  void inputErrors_nameTheFlags_notTheRestFields(CloudflareSimulator sim) throws Exception {
    var token = secret(sim, "account-token").toString();
    var noCredential =
        Cli.run(sim, "connections", "test", "--account-id", sim.accountId(), "--kind", "mystery");
    assertThat(noCredential.code()).isEqualTo(2);
    assertThat(noCredential.err())
        .contains("flarelink: --kind: Unknown credential kind 'mystery'")
        .contains("flarelink: --token-file: A credential is required")
        .contains("a Global API Key in --key-file with the user's email")
        .doesNotContain("credential_kind:")
        .doesNotContain("`key`");
    var key = Files.writeString(dir.resolve("key.txt"), "0123456789abcdef0123456789abcdef01234");
    var noEmail =
        Cli.run(
            sim,
            "connections",
            "test",
            "--account-id",
            "not-an-id",
            "--key-file",
            key.toString(),
            "--services",
            "identity,telepathy");
    assertThat(noEmail.code()).isEqualTo(2);
    assertThat(noEmail.err())
        .contains("flarelink: --account-id: This Account ID has 9 characters")
        .contains("flarelink: --email: A Global API Key needs the email")
        .contains("flarelink: --services: Unknown service 'telepathy'")
        .doesNotContain("account_id:")
        .doesNotContain("enabled_services:");

    var data = dir.resolve("data");
    assertThat(in(sim, data, Cli.addConnection(sim, "Production", token)).code()).isZero();
    var neverScanned = in(sim, data, "zones", "Production");
    assertThat(neverScanned.code()).isZero();
    assertThat(neverScanned.err())
        .contains("(./flarelink scan Production --kind inventory")
        .contains("with --fresh")
        .doesNotContain("POST")
        .doesNotContain("fresh=true");
    var zone = sim.state().read(s -> s.zones().get(0).name());
    var tooMany = new ArrayList<>(List.of("analytics", "Production", "countries"));
    for (int i = 0; i < 11; i++) {
      tooMany.addAll(List.of("--zone", zone));
    }
    var zones = in(sim, data, tooMany.toArray(String[]::new));
    assertThat(zones.code()).isEqualTo(2);
    assertThat(zones.err()).contains("flarelink: --zone: ").doesNotContain("zones:");
    var range =
        in(
            sim,
            data,
            "analytics",
            "Production",
            "traffic",
            "--zone",
            zone,
            "--since",
            "2026-12-05",
            "--until",
            "2026-12-01");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("flarelink: --since: must not be after --until");
    var noQuery =
        in(sim, data, "analytics", "Production", "graphql", "--query-file", "/no/such/query");
    assertThat(noQuery.code()).isEqualTo(2);
    assertThat(noQuery.err()).contains("no such file: /no/such/query");
    var status = in(sim, data, "members", "Production", "--status", "asleep");
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err()).contains("flarelink: --status: must be one of");

    var unknownZone = in(sim, data, "zone", "Production", "no.such.zone");
    assertThat(unknownZone.code()).as("an unknown zone is exit 2").isEqualTo(2);
    assertThat(unknownZone.err()).contains("with --fresh").doesNotContain("fresh=true");

    var action = in(sim, data, "action", "Production", "dns.teleport");
    assertThat(action.code()).isEqualTo(2);
    assertThat(action.err()).contains("flarelink: NAME: there is no action");
    var notEnabled =
        in(sim, data, "action", "Production", "dns.create", "--param", "zone=" + zone, "--dry-run");
    assertThat(notEnabled.code()).as("a service the connection does not enable").isEqualTo(2);
    assertThat(notEnabled.err())
        .contains("does not enable the dns_write service")
        .contains("flarelink connections edit");
  }

  @Test
  void actionInputs_nameTheirParam(CloudflareSimulator sim) throws Exception {
    var data = dir.resolve("data");
    assertThat(
            in(
                    sim,
                    data,
                    Cli.addConnection(
                        sim,
                        "Writer",
                        secret(sim, "dns-write").toString(),
                        "--services",
                        "inventory, dns_write"))
                .code())
        .isZero();
    var zone = sim.state().read(s -> s.zones().get(0).name());
    var missing =
        in(sim, data, "action", "Writer", "dns.create", "--param", "zone=" + zone, "--dry-run");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("flarelink: --param content: is required");
  }

  @Test
  void exitCodes_followTheTable(CloudflareSimulator sim) throws Exception {
    assertThat(Cli.run(sim, "teleport").code()).as("an unknown command").isEqualTo(2);
    assertThat(Cli.run(sim, "zones", "--teleport").code()).as("an unknown flag").isEqualTo(2);
    assertThat(Cli.run(sim, "--help").code()).isZero();
    var expired =
        Cli.run(
            sim,
            "connections",
            "test",
            "--account-id",
            sim.accountId(),
            "--token-file",
            secret(sim, "expired").toString());
    assertThat(expired.code()).as("a failed check").isEqualTo(1);

    var data = dir.resolve("data");
    assertThat(
            in(
                    sim,
                    data,
                    Cli.addConnection(
                        sim,
                        "Zones only",
                        secret(sim, "zone-dns-read-only").toString(),
                        "--services",
                        "inventory, alerts",
                        "--save-anyway"))
                .code())
        .isZero();
    var refused = in(sim, data, "alerts", "Zones only");
    assertThat(refused.code()).as("Cloudflare refused: a failed operation").isEqualTo(1);
    assertThat(refused.err()).contains("Notifications");
    var unknown = in(sim, data, "members", "Nope");
    assertThat(unknown.code()).as("an unknown connection").isEqualTo(2);
  }

  @Test
  void tables_showHumanValues_whileJsonAndCsvKeepMachineValues(CloudflareSimulator sim)
      throws Exception {
    var data = dir.resolve("data");
    assertThat(
            in(
                    sim,
                    data,
                    Cli.addConnection(sim, "Production", secret(sim, "account-token").toString()))
                .code())
        .isZero();
    var listed = in(sim, data, "connections", "list").out();
    assertThat(listed)
        .contains("account-owned token …")
        .containsPattern("test passed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ\\n");
    assertThat(in(sim, data, "scan", "Production").code()).isZero();

    var table = in(sim, data, "dns", "Production").out();
    var header = table.lines().findFirst().orElseThrow();
    var ttl = header.indexOf("TTL");
    var proxied = header.indexOf("PROXIED");
    var rows = table.lines().skip(1).toList();
    assertThat(rows).isNotEmpty();
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.substring(proxied).split(" ", -1)[0]).isIn("yes", "no"))
        .allSatisfy(r -> assertThat(r.substring(ttl).split(" ", -1)[0]).isNotEqualTo("1"))
        .anySatisfy(r -> assertThat(r.substring(ttl).split(" ", -1)[0]).isEqualTo("auto"));
    var json = in(sim, data, "dns", "Production", "--format", "json").out();
    assertThat(json).contains("\"ttl\" : 1,").contains("\"proxied\" : true");
    assertThat(in(sim, data, "dns", "Production", "--format", "csv").out()).contains(",1,");

    var changes = in(sim, data, "changes", "Production").out();
    assertThat(changes.lines().skip(1).toList())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ .*"));
    var members = in(sim, data, "members", "Production").out();
    assertThat(members).doesNotContain(" true ").doesNotContain(" false ").contains(" yes ");
    assertThat(in(sim, data, "review", "Production").out())
        .containsPattern("Last complete scan: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ\\n");
  }
}
