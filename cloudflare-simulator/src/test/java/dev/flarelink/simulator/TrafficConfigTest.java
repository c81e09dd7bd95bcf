package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.state.Generator;
import dev.flarelink.simulator.state.SeedSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Load balancers, pools, monitors, health checks and waiting rooms: seed, writes, permissions. */
class TrafficConfigTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String account(CloudflareSimulator sim) {
    return "/accounts/" + sim.accountId() + "/load_balancers";
  }

  private static String zone(CloudflareSimulator sim, int index) {
    return "/zones/" + sim.state().read(s -> s.zones().get(index).id());
  }

  private static List<JsonNode> list(RawHttp http, String path) {
    var reply = http.get(path);
    assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
    var items = new ArrayList<JsonNode>();
    reply.json().path("result").forEach(items::add);
    return items;
  }

  @Test
  void seed_growsWithTheZones_andIsDeterministic() {
    var day = Instant.parse("2026-11-23T08:00:00Z");
    var spec = new SeedSpec(5, 30, 2, 1, 15, 5, 10);
    var state = Generator.generate(spec, day);
    var account = state.primaryAccountId();
    var traffic = state.traffic();
    assertThat(traffic.pools(account)).hasSize(15 / 4 + 1);
    assertThat(traffic.monitors(account)).hasSize((15 / 4 + 1) / 2 + 1);
    assertThat(traffic.pools(account))
        .allSatisfy(p -> assertThat(p.origins().size()).isBetween(2, 3));
    var origins = traffic.pools(account).stream().flatMap(p -> p.origins().stream()).toList();
    assertThat(origins.stream().filter(o -> !o.enabled())).hasSize(1);
    assertThat(origins.stream().filter(o -> o.failing())).isNotEmpty();
    var zones = state.zones();
    for (int i = 0; i < zones.size(); i++) {
      var balancers = traffic.loadBalancers(zones.get(i).id()).size();
      if (i % 4 == 0) {
        assertThat(balancers).isBetween(1, 2);
      } else {
        assertThat(balancers).isZero();
      }
      assertThat(traffic.healthChecks(zones.get(i).id()).size()).isBetween(0, 2);
      assertThat(traffic.waitingRooms(zones.get(i).id())).hasSize(i % 10 == 0 ? 1 : 0);
    }
    var again = Generator.generate(spec, day);
    assertThat(again.traffic().pools(account)).isEqualTo(traffic.pools(account));
    assertThat(again.traffic().monitors(account)).isEqualTo(traffic.monitors(account));
  }

  @Test
  void readEverythingCredentials_readEachList(CloudflareSimulator sim) {
    for (var credential : List.of("account-token", "user-token", "global-key")) {
      var http = RawHttp.as(sim, credential);
      assertThat(list(http, account(sim) + "/pools")).isNotEmpty();
      assertThat(list(http, account(sim) + "/monitors")).isNotEmpty();
      assertThat(list(http, zone(sim, 0) + "/load_balancers")).isNotEmpty();
      assertThat(list(http, zone(sim, 0) + "/waiting_rooms")).hasSize(1);
      list(http, zone(sim, 1) + "/healthchecks");
    }
  }

  @Test
  void withoutTheGroups_everyTrafficRouteIsRefused(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "zone-dns-read-only");
    for (var path :
        List.of(
            account(sim) + "/pools",
            account(sim) + "/monitors",
            zone(sim, 0) + "/load_balancers",
            zone(sim, 0) + "/healthchecks",
            zone(sim, 0) + "/waiting_rooms")) {
      assertThat(http.get(path).status()).as(path).isEqualTo(403);
    }
    var reader = RawHttp.as(sim, "account-token");
    assertThat(
            reader
                .send(
                    "POST",
                    zone(sim, 0) + "/healthchecks",
                    "{\"name\":\"x\",\"address\":\"a.example.com\"}")
                .status())
        .isEqualTo(403);
    var pool = list(reader, account(sim) + "/pools").getFirst();
    assertThat(
            reader
                .send(
                    "PATCH",
                    account(sim) + "/pools/" + pool.path("id").asText(),
                    "{\"enabled\":false}")
                .status())
        .isEqualTo(403);
    assertThat(reader.send("PATCH", zone(sim, 1), "{\"paused\":true}").status()).isEqualTo(403);
  }

  @Test
  void drainingAnOrigin_showsInThePoolAndItsHealth(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "global-key");
    var pool = list(http, account(sim) + "/pools").get(1);
    var path = account(sim) + "/pools/" + pool.path("id").asText();
    var origins = (ArrayNode) pool.path("origins").deepCopy();
    var drained = origins.get(0).path("address").asText();
    ((ObjectNode) origins.get(0)).put("enabled", false);
    origins.forEach(o -> ((ObjectNode) o).remove(List.of("healthy", "failure_reason")));
    var body = JSON.createObjectNode();
    body.set("origins", origins);
    var reply = http.send("PATCH", path, body.toString());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("result").path("origins").get(0).path("enabled").asBoolean())
        .isFalse();
    assertThat(reply.json().path("result").path("name").asText())
        .isEqualTo(pool.path("name").asText());
    var health = http.get(path + "/health").json().path("result");
    assertThat(health.path("pool_id").asText()).isEqualTo(pool.path("id").asText());
    health
        .path("pop_health")
        .forEach(
            pop ->
                pop.path("origins").forEach(o -> assertThat(o.has(drained)).as(drained).isFalse()));
    assertThat(health.path("pop_health").size()).isPositive();
  }

  @Test
  void poolsValidate_andAPoolInUseCannotBeDeleted(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "global-key");
    var pools = account(sim) + "/pools";
    var bad =
        http.send(
            "POST",
            pools,
            "{\"name\":\"p\",\"origins\":[{\"name\":\"o\",\"address\":\"not an address!\"}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.codes()).containsExactly(1002);
    var noMonitor =
        http.send(
            "POST",
            pools,
            "{\"name\":\"p\",\"monitor\":\"0123456789abcdef0123456789abcdef\",\"origins\":[{\"name\":\"o\",\"address\":\"192.0.2.9\"}]}");
    assertThat(noMonitor.status()).isEqualTo(400);
    assertThat(noMonitor.json().path("errors").get(0).path("message").asText()).contains("monitor");
    var used =
        sim.state()
            .read(
                s ->
                    s.traffic()
                        .loadBalancers(s.zones().getFirst().id())
                        .getFirst()
                        .defaultPools()
                        .getFirst());
    var refused = http.send("DELETE", pools + "/" + used, null);
    assertThat(refused.status()).isEqualTo(412);
    assertThat(refused.codes()).containsExactly(1005);
    var created =
        http.send(
            "POST",
            pools,
            "{\"name\":\"spare\",\"origins\":[{\"name\":\"o\",\"address\":\"spare.example.net\"}]}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    var id = created.json().path("result").path("id").asText();
    assertThat(
            http.send("DELETE", pools + "/" + id, null).json().path("result").path("id").asText())
        .isEqualTo(id);
    assertThat(http.get(pools + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void loadBalancers_validateTheirHostnameAndPools_andMonitorsInUseStay(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "global-key");
    var base = zone(sim, 4) + "/load_balancers";
    var zoneName = sim.state().read(s -> s.zones().get(4).name());
    var pool = list(http, account(sim) + "/pools").getFirst().path("id").asText();
    var elsewhere =
        http.send(
            "POST",
            base,
            "{\"name\":\"www.elsewhere.org\",\"default_pools\":[\""
                + pool
                + "\"],\"fallback_pool\":\""
                + pool
                + "\"}");
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.codes()).containsExactly(1002);
    var unknownPool =
        http.send(
            "POST",
            base,
            "{\"name\":\"app."
                + zoneName
                + "\",\"default_pools\":[\"0123456789abcdef0123456789abcdef\"],\"fallback_pool\":\""
                + pool
                + "\"}");
    assertThat(unknownPool.status()).isEqualTo(400);
    var good =
        "{\"name\":\"app."
            + zoneName
            + "\",\"default_pools\":[\""
            + pool
            + "\"],\"fallback_pool\":\""
            + pool
            + "\",\"steering_policy\":\"geo\"}";
    var created = http.send("POST", base, good);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().path("result").path("steering_policy").asText()).isEqualTo("geo");
    assertThat(http.send("POST", base, good).codes()).containsExactly(1003);
    var id = created.json().path("result").path("id").asText();
    var patched = http.send("PATCH", base + "/" + id, "{\"enabled\":false}").json().path("result");
    assertThat(patched.path("enabled").asBoolean()).isFalse();
    assertThat(patched.path("name").asText()).isEqualTo("app." + zoneName);
    assertThat(http.send("DELETE", base + "/" + id, null).status()).isEqualTo(200);
    assertThat(http.get(base + "/" + id).status()).isEqualTo(404);

    var monitor = list(http, account(sim) + "/monitors").getFirst().path("id").asText();
    var inUse = http.send("DELETE", account(sim) + "/monitors/" + monitor, null);
    assertThat(inUse.status()).isEqualTo(412);
    assertThat(inUse.codes()).containsExactly(1005);
    assertThat(http.send("POST", account(sim) + "/monitors", "{\"type\":\"gopher\"}").codes())
        .containsExactly(1002);
  }

  @Test
  void healthChecks_areCreatedValidatedAndDeleted(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "global-key");
    var base = zone(sim, 3) + "/healthchecks";
    var before = list(http, base).size();
    assertThat(http.send("POST", base, "{\"name\":\"x\"}").status()).isEqualTo(400);
    assertThat(http.send("POST", base, "{\"address\":\"a.example.com\"}").status()).isEqualTo(400);
    assertThat(
            http.send(
                    "POST", base, "{\"name\":\"x\",\"address\":\"a.example.com\",\"type\":\"FTP\"}")
                .status())
        .isEqualTo(400);
    var created =
        http.send(
            "POST",
            base,
            "{\"name\":\"origin-check\",\"address\":\"origin.example.com\",\"type\":\"HTTPS\",\"http_config\":{\"path\":\"/up\"}}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    var check = created.json().path("result");
    assertThat(check.path("status").asText()).isEqualTo("unknown");
    assertThat(check.path("http_config").path("path").asText()).isEqualTo("/up");
    assertThat(list(http, base)).hasSize(before + 1);
    var path = base + "/" + check.path("id").asText();
    var suspended = http.send("PATCH", path, "{\"suspended\":true}").json().path("result");
    assertThat(suspended.path("status").asText()).isEqualTo("suspended");
    var deleted = http.send("DELETE", path, null);
    assertThat(deleted.json().path("result").path("id").asText())
        .isEqualTo(check.path("id").asText());
    assertThat(http.get(path).status()).isEqualTo(404);
    assertThat(list(http, base)).hasSize(before);
  }

  @Test
  void stateResources_equalWhatTheListsReturn(CloudflareSimulator sim) throws Exception {
    var http = RawHttp.as(sim, "account-token");
    var resources = JSON.readTree(sim.stateJson()).path("resources");
    var zones = list(http, "/zones?per_page=50");
    int balancers = 0;
    int checks = 0;
    int rooms = 0;
    int settings = 0;
    for (var zone : zones) {
      var base = "/zones/" + zone.path("id").asText();
      balancers += list(http, base + "/load_balancers").size();
      checks +=
          http.get(base + "/healthchecks?per_page=1000")
              .json()
              .path("result_info")
              .path("total_count")
              .asInt();
      rooms +=
          http.get(base + "/waiting_rooms?per_page=1000")
              .json()
              .path("result_info")
              .path("total_count")
              .asInt();
      settings += list(http, base + "/settings").size();
    }
    assertThat(resources.path("load_balancers").asInt()).isEqualTo(balancers).isPositive();
    assertThat(resources.path("health_checks").asInt()).isEqualTo(checks);
    assertThat(resources.path("waiting_rooms").asInt()).isEqualTo(rooms).isPositive();
    assertThat(resources.path("zone_settings").asInt()).isEqualTo(settings);
    assertThat(resources.path("load_balancer_pools").asInt())
        .isEqualTo(list(http, account(sim) + "/pools").size());
    assertThat(resources.path("load_balancer_monitors").asInt())
        .isEqualTo(list(http, account(sim) + "/monitors").size());
  }
}
