package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.Cli.Result;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** add, list, show, test, keys rotate and remove, on the embedded database in a data directory. */
class SavedConnectionsCliTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void theWholeLifecycle(Database.Kind kind, CloudflareSimulator sim) throws Exception {
    try (var database = TestDatabases.target(kind, "flarelink_cli_")) {
      lifecycle(sim, dir.resolve("data").toString(), database.url());
    }
  }

  private Result cli(CloudflareSimulator sim, String data, String db, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", data, "--db", db == null ? "" : db));
    return Cli.run(sim, all.toArray(String[]::new));
  }

  private void lifecycle(CloudflareSimulator sim, String data, String db) throws Exception {
    var token = dir.resolve("token.txt");
    Files.writeString(token, sim.secret("account-token"));
    var added =
        cli(sim, data, db, Cli.addConnection(sim, "Production", token.toString(), "--json"));
    assertThat(added.code()).as(added.err()).isZero();
    var json = new ObjectMapper().readTree(added.out());
    var id = json.path("id").asText();
    assertThat(json.path("last_test").path("ok").asBoolean()).isTrue();
    assertThat(json.path("test").path("ok").asBoolean()).isTrue();
    assertThat(added.out()).doesNotContain(sim.secret("account-token"));

    assertThat(cli(sim, data, db, "connections", "list").out())
        .contains(id)
        .contains("Production")
        .contains("test passed");
    assertThat(cli(sim, data, db, "connections", "show", id).out())
        .contains("\"hint\" : \"account_token …");
    assertThat(cli(sim, data, db, "connections", "test", id).code()).isZero();

    assertThat(cli(sim, data, db, "keys", "rotate").out()).contains("Re-encrypted 1 secret(s)");
    assertThat(cli(sim, data, db, "connections", "test", id).code()).isZero();
    var retired = cli(sim, data, db, "keys", "rotate", "--retire-old");
    assertThat(retired.code()).isZero();
    assertThat(retired.out()).contains("Re-encrypted 1 secret(s)").contains("Retired old key(s) ");
    assertThat(Path.of(data, "master.key.old")).doesNotExist();
    assertThat(cli(sim, data, db, "connections", "test", id).code()).isZero();

    var duplicate = cli(sim, data, db, Cli.addConnection(sim, "Production", token.toString()));
    assertThat(duplicate.code()).isEqualTo(2);
    assertThat(duplicate.err()).contains("already exists");
    assertThat(cli(sim, data, db, "connections", "show", "f".repeat(32)).err())
        .contains("no connection");

    identity(sim, data, db);

    assertThat(cli(sim, data, db, "connections", "remove", id, "--yes").out())
        .contains("Removed connection \"Production\"");
    assertThat(cli(sim, data, db, "connections", "list").out()).contains("No connections yet");

    var everything = new StringBuilder();
    try (var files =
        Files.list(Path.of(data))
            .filter(f -> !f.getFileName().toString().startsWith("master.key"))) {
      for (var file : files.toList()) {
        everything.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(everything.toString()).doesNotContain(sim.secret("account-token"));
  }

  /** scan, members, roles, changes and review, naming the connection by its name. */
  private void identity(CloudflareSimulator sim, String data, String db) throws Exception {
    var scan = cli(sim, data, db, "scan", "Production");
    assertThat(scan.code()).as(scan.err()).isZero();
    assertThat(scan.out()).contains("Identity scan").contains("Inventory scan");
    assertThat(scan.out()).doesNotContain("failed");
    assertThat(scan.err()).as("progress goes to standard error").contains("succeeded");
    long truth =
        sim.state()
            .read(
                s ->
                    s.members(sim.accountId()).stream()
                        .filter(m -> !m.status().equals("rejected"))
                        .count());

    var members = cli(sim, data, db, "members", "Production", "--format", "json");
    assertThat(new ObjectMapper().readTree(members.out()).path("members")).hasSize((int) truth);
    var csv = cli(sim, data, db, "members", "Production", "--format", "csv", "--status", "invited");
    long invites =
        sim.state()
            .read(
                s ->
                    s.members(sim.accountId()).stream()
                        .filter(m -> m.status().equals("pending"))
                        .count());
    assertThat(csv.out().split("\r\n")).hasSize((int) invites + 1);
    assertThat(cli(sim, data, db, "members", "Production", "--two-factor", "maybe").err())
        .contains("--two-factor must be on or off");

    assertThat(cli(sim, data, db, "roles", "Production").out())
        .contains("Super Administrator - All Privileges");
    assertThat(cli(sim, data, db, "changes", "Production", "--format", "csv").out())
        .startsWith("at,change,")
        .contains(",joined,");
    assertThat(cli(sim, data, db, "review", "Production", "--pending-days", "0").out())
        .contains("Account enforces 2FA")
        .contains("super_administrator");
    var missing = cli(sim, data, db, "members", "Nope");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no connection with id or name \"Nope\"");
    inventory(sim, data, db);
  }

  /** zones, zone and dns after the scan above, which ran the inventory kind too. */
  private void inventory(CloudflareSimulator sim, String data, String db) throws Exception {
    var zones =
        sim.state()
            .read(
                s ->
                    s.zones().stream().filter(z -> z.accountId().equals(sim.accountId())).toList());
    var listed = cli(sim, data, db, "zones", "Production", "--format", "json");
    assertThat(listed.code()).as(listed.err()).isZero();
    assertThat(new ObjectMapper().readTree(listed.out()).path("zones")).hasSize(zones.size());
    var zone = zones.get(0);
    var shown = cli(sim, data, db, "zone", "Production", zone.name());
    assertThat(shown.out())
        .contains(zone.id())
        .contains("ssl")
        .contains(zone.settings().get("ssl"));
    long aRecords =
        sim.state()
            .read(
                s ->
                    zones.stream()
                        .flatMap(z -> s.records(z.id()).stream())
                        .filter(r -> r.type().equals("A") && r.content().equals("192.168.1.1"))
                        .count());
    for (var fresh : new boolean[] {false, true}) {
      var args =
          new ArrayList<>(List.of("dns", "Production", "--type", "a", "--content", "192.168.1.1"));
      args.addAll(List.of("--format", "csv"));
      if (fresh) {
        args.add("--fresh");
      }
      var found = cli(sim, data, db, args.toArray(String[]::new));
      assertThat(found.code()).as(found.err()).isZero();
      assertThat(found.out().split("\r\n")).as("fresh " + fresh).hasSize((int) aRecords + 1);
    }
    var contradictory = cli(sim, data, db, "dns", "Production", "--type", "TXT", "--proxied", "on");
    assertThat(contradictory.code()).isEqualTo(2);
    assertThat(contradictory.err()).contains("only A, AAAA and CNAME records can be proxied");
    var notEqual = cli(sim, data, db, "dns", "Production", "--name", "not_equal:www.example.com");
    assertThat(notEqual.code()).as(notEqual.err()).isEqualTo(2);
    assertThat(notEqual.err())
        .contains("--name")
        .contains("use one of exact (or equal), contains, starts_with, ends_with");
    var unknownZone = cli(sim, data, db, "zone", "Production", "no.such.zone");
    assertThat(unknownZone.code()).isEqualTo(2);
    assertThat(unknownZone.err()).contains("No zone 'no.such.zone'");

    var alerts = cli(sim, data, db, "alerts", "Production", "--format", "json", "--limit", "5");
    assertThat(alerts.code()).as(alerts.err()).isZero();
    var alertsJson = new ObjectMapper().readTree(alerts.out());
    assertThat(alertsJson.path("alerts")).hasSize(5);
    assertThat(alertsJson.path("total").asInt())
        .isEqualTo(sim.state().read(s -> s.alerts(sim.accountId()).size()));
    var traffic =
        cli(
            sim,
            data,
            db,
            "analytics",
            "Production",
            "traffic",
            "--zone",
            zone.name(),
            "--format",
            "csv");
    assertThat(traffic.code()).as(traffic.err()).isZero();
    assertThat(traffic.out()).startsWith("zone,date,requests,");
    assertThat(traffic.out().split("\r\n")).hasSizeGreaterThan(5);
    var many = new ArrayList<>(List.of("analytics", "Production", "countries"));
    for (int i = 0; i < 11; i++) {
      many.addAll(List.of("--zone", zone.id()));
    }
    var tooMany = cli(sim, data, db, many.toArray(String[]::new));
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err()).contains("at most 10 zones");
    actions(sim, data, db, zone.name());
  }

  /** action (dry run, confirmation, applied), actions and audit, with a DNS Write token. */
  private void actions(CloudflareSimulator sim, String data, String db, String zone)
      throws Exception {
    var token = dir.resolve("dns-token.txt");
    Files.writeString(token, sim.secret("dns-write"));
    var added =
        cli(
            sim,
            data,
            db,
            Cli.addConnection(
                sim, "Writer", token.toString(), "--services", "inventory, dns_write"));
    assertThat(added.code()).as(added.err()).isZero();
    var create =
        List.of(
            "action",
            "Writer",
            "dns.create",
            "--param",
            "zone=" + zone,
            "--param",
            "type=A",
            "--param",
            "name=cli",
            "--param",
            "content=198.51.100.50");
    var dry = cli(sim, data, db, with(create, "--dry-run"));
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("dns.create: planned").contains("create A cli." + zone);
    var done = cli(sim, data, db, with(create, "--format", "json"));
    assertThat(done.code()).as(done.err()).isZero();
    var id = new ObjectMapper().readTree(done.out()).path("result").path("id").asText();
    var delete =
        List.of("action", "Writer", "dns.delete", "--param", "zone=" + zone, "--param", "id=" + id);
    var refused = cli(sim, data, db, delete.toArray(String[]::new));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("needs --yes").contains("Nothing was changed");
    assertThat(cli(sim, data, db, with(delete, "--yes")).code()).isZero();
    boolean gone =
        sim.state()
            .read(
                s ->
                    s.zones().stream()
                        .flatMap(z -> s.records(z.id()).stream())
                        .noneMatch(r -> r.id().equals(id)));
    assertThat(gone).isTrue();
    var listed = cli(sim, data, db, "actions", "Writer");
    assertThat(listed.out()).contains("dns.create").contains("ip_rule.create");
    var audit = cli(sim, data, db, "audit", "Writer", "--format", "csv");
    assertThat(audit.out().split("\r\n")).hasSize(5);
    assertThat(audit.out()).contains(",cli,");
    var list = cli(sim, data, db, "connections", "list", "--json");
    var tree = new ObjectMapper().readTree(list.out());
    for (var c : tree.isArray() ? tree : tree.path("connections")) {
      if (c.path("name").asText().equals("Writer")) {
        assertThat(
                cli(sim, data, db, "connections", "remove", c.path("id").asText(), "--yes").code())
            .isZero();
      }
    }
  }

  private static String[] with(List<String> args, String... more) {
    var all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
