package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.simulator.state.Generator;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.simulator.state.SimState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rulesets, Page Rules, certificate packs and IP access rules: seeding, reads, writes, access. */
class SecurityConfigTest {

  private static final SeedSpec SPEC = new SeedSpec(11, 20, 2, 1, 30, 5, 10);

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(SimulatorOptions.defaults().withSeed(SPEC));

  private static String zoneId(CloudflareSimulator sim, int index) {
    return sim.state().read(s -> s.zones().get(index).id());
  }

  private static List<JsonNode> items(RawHttp.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var list = new ArrayList<JsonNode>();
    reply.json().path("result").forEach(list::add);
    return list;
  }

  @Test
  void seeding_isDeterministic_growsWithZones_andCoversEveryKind() {
    var day = Instant.parse("2026-11-23T08:00:00Z");
    var state = Generator.generate(SPEC, day);
    assertThat(fingerprint(Generator.generate(SPEC, day))).isEqualTo(fingerprint(state));
    var security = state.security();
    var executes = 0;
    var disabled = 0;
    for (var zone : state.zones()) {
      var own = security.rulesets("zone", zone.id());
      var custom =
          own.stream()
              .filter(r -> r.phase().equals("http_request_firewall_custom"))
              .findFirst()
              .orElseThrow();
      assertThat(custom.kind()).isEqualTo("zone");
      assertThat(custom.rules()).hasSizeBetween(1, 5);
      disabled += (int) custom.rules().stream().filter(r -> !r.enabled()).count();
      own.stream()
          .filter(r -> r.phase().equals("http_ratelimit"))
          .forEach(
              r -> assertThat(r.rules()).hasSizeBetween(1, 2).allMatch(x -> x.ratelimit() != null));
      executes +=
          (int) own.stream().filter(r -> r.phase().equals("http_request_firewall_managed")).count();
      assertThat(security.pageRules(zone.id())).hasSizeBetween(0, 3);
      assertThat(security.certificatePacks(zone.id())).hasSizeBetween(1, 2);
      assertThat(state.accessRules("zone", zone.id())).hasSizeBetween(0, 3);
    }
    assertThat(executes).isBetween(15, 30);
    assertThat(disabled).isPositive();
    var expiringSoon =
        state.zones().stream()
            .flatMap(z -> security.certificatePacks(z.id()).stream())
            .flatMap(p -> p.certificates().stream())
            .filter(c -> c.expiresOn().isBefore(day.plus(Duration.ofDays(30))))
            .count();
    assertThat(expiringSoon).isPositive();
    var accountRulesets = security.rulesets("account", state.primaryAccountId());
    assertThat(accountRulesets)
        .extracting(r -> r.name())
        .contains("Cloudflare Managed Ruleset", "Cloudflare OWASP Core Ruleset");
    assertThat(state.accessRules("account", state.primaryAccountId())).hasSize(2 + 30 / 5);
  }

  private static List<String> fingerprint(SimState state) {
    var parts = new ArrayList<String>();
    state.zones().forEach(z -> parts.add(z.id() + z.name()));
    for (var zone : state.zones()) {
      state.security().rulesets("zone", zone.id()).forEach(r -> parts.add(r.toString()));
      state.security().pageRules(zone.id()).forEach(r -> parts.add(r.toString()));
      state.security().certificatePacks(zone.id()).forEach(r -> parts.add(r.toString()));
      state.accessRules("zone", zone.id()).forEach(r -> parts.add(r.toString()));
    }
    return parts;
  }

  @Test
  void rulesetLists_pageByCursor(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var base = "/zones/" + zoneId(sim, 0) + "/rulesets";
    var all = items(http.get(base)).stream().map(r -> r.path("id").asText()).toList();
    assertThat(all.size()).isGreaterThan(2);
    assertThat(items(http.get(base))).allSatisfy(r -> assertThat(r.has("rules")).isFalse());
    var seen = new ArrayList<String>();
    var cursor = "";
    var pages = 0;
    do {
      var reply = http.get(base + "?per_page=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
      items(reply).forEach(r -> seen.add(r.path("id").asText()));
      assertThat(reply.json().path("result_info").path("per_page").asInt()).isEqualTo(2);
      cursor = reply.json().path("result_info").path("cursor").asText("");
      pages++;
    } while (!cursor.isEmpty());
    assertThat(seen).isEqualTo(all);
    assertThat(pages).isEqualTo((all.size() + 1) / 2);
    assertThat(http.get(base + "?cursor=%21%21").codes()).containsExactly(10048);
    var managed =
        items(http.get(base)).stream().filter(r -> r.path("kind").asText().equals("managed"));
    assertThat(managed)
        .extracting(r -> r.path("name").asText())
        .contains("Cloudflare Managed Ruleset");
  }

  @Test
  void customRules_areAdded_disabled_andDeleted_eachWriteBumpingTheVersion(
      CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "security-write");
    var entrypoint =
        "/zones/" + zoneId(sim, 3) + "/rulesets/phases/http_request_firewall_custom/entrypoint";
    var before = http.get(entrypoint).json().path("result");
    var id = before.path("id").asText();
    var version = before.path("version").asInt();
    var rules = "/zones/" + zoneId(sim, 3) + "/rulesets/" + id + "/rules";
    var added =
        http.send(
            "POST",
            rules,
            "{\"action\":\"managed_challenge\",\"expression\":\"(ip.src eq 192.0.2.9)\","
                + "\"description\":\"added by a test\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    var result = added.json().path("result");
    assertThat(result.path("version").asInt()).isEqualTo(version + 1);
    assertThat(result.path("rules")).hasSize(before.path("rules").size() + 1);
    var rule = result.path("rules").get(result.path("rules").size() - 1);
    assertThat(rule.path("description").asText()).isEqualTo("added by a test");
    assertThat(rule.path("enabled").asBoolean()).isTrue();
    var ruleId = rule.path("id").asText();

    var patched = http.send("PATCH", rules + "/" + ruleId, "{\"enabled\":false}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    var changed = patched.json().path("result");
    assertThat(changed.path("version").asInt()).isEqualTo(version + 2);
    var after = find(changed.path("rules"), ruleId);
    assertThat(after.path("enabled").asBoolean()).isFalse();
    assertThat(after.path("version").asText()).isEqualTo("2");
    assertThat(after.path("expression").asText()).isEqualTo("(ip.src eq 192.0.2.9)");

    var deleted = http.send("DELETE", rules + "/" + ruleId, null);
    assertThat(deleted.json().path("result").path("rules")).hasSize(before.path("rules").size());
    assertThat(deleted.json().path("result").path("version").asInt()).isEqualTo(version + 3);
    assertThat(http.send("DELETE", rules + "/" + ruleId, null).status()).isEqualTo(404);
  }

  private static JsonNode find(JsonNode rules, String id) {
    for (var rule : rules) {
      if (rule.path("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("No rule " + id + " in " + rules);
  }

  @Test
  void entrypoints_areCreatedAndReplacedByPut_andRulesetsDeleted(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "security-write");
    var zone = "/zones/" + zoneId(sim, 4);
    var entrypoint = zone + "/rulesets/phases/http_request_redirect/entrypoint";
    assertThat(http.get(entrypoint).status()).isEqualTo(404);
    var created =
        http.send(
            "PUT",
            entrypoint,
            "{\"rules\":[{\"action\":\"redirect\",\"expression\":\"true\",\"action_parameters\":"
                + "{\"from_value\":{\"target_url\":{\"value\":\"https://example.com\"}}}}]}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    var id = created.json().path("result").path("id").asText();
    assertThat(created.json().path("result").path("version").asText()).isEqualTo("1");
    var replaced = http.send("PUT", entrypoint, "{\"rules\":[]}");
    assertThat(replaced.json().path("result").path("id").asText()).isEqualTo(id);
    assertThat(replaced.json().path("result").path("version").asText()).isEqualTo("2");
    assertThat(replaced.json().path("result").path("rules")).isEmpty();
    var gone = http.send("DELETE", zone + "/rulesets/" + id, null);
    assertThat(gone.status()).isEqualTo(204);
    assertThat(gone.body()).isEmpty();
    assertThat(http.get(zone + "/rulesets/" + id).codes()).containsExactly(10003);
  }

  @Test
  void badRules_areRefusedAsCloudflareDoes(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "security-write");
    var zone = "/zones/" + zoneId(sim, 5);
    var ruleset =
        http.get(zone + "/rulesets/phases/http_request_firewall_custom/entrypoint")
            .json()
            .path("result");
    var rules = zone + "/rulesets/" + ruleset.path("id").asText() + "/rules";
    var noExpression = http.send("POST", rules, "{\"action\":\"block\"}");
    assertThat(noExpression.status()).isEqualTo(400);
    assertThat(noExpression.codes()).containsExactly(20021);
    assertThat(noExpression.json().path("errors").get(0).path("source").path("pointer").asText())
        .isEqualTo("/expression");
    var unknownAction = http.send("POST", rules, "{\"action\":\"allow\",\"expression\":\"true\"}");
    assertThat(unknownAction.status()).isEqualTo(400);
    assertThat(unknownAction.json().path("errors").get(0).path("message").asText())
        .startsWith("'allow' is not a valid value for action");
    var noParameters = http.send("POST", rules, "{\"action\":\"execute\",\"expression\":\"true\"}");
    assertThat(noParameters.codes()).containsExactly(20113);
    var unknown = http.send("POST", zone + "/rulesets/" + "0".repeat(32) + "/rules", "{}");
    assertThat(unknown.status()).isEqualTo(404);
    var managed = http.send("DELETE", zone + "/rulesets/efb7b8c949ac4650a09736fc376e9aee", null);
    assertThat(managed.status()).isEqualTo(403);
    var badPhase = http.send("PUT", zone + "/rulesets/phases/nope/entrypoint", "{\"rules\":[]}");
    assertThat(badPhase.status()).isEqualTo(400);
    var after =
        http.get(zone + "/rulesets/phases/http_request_firewall_custom/entrypoint")
            .json()
            .path("result");
    assertThat(after.path("version")).isEqualTo(ruleset.path("version"));
  }

  @Test
  void pageRules_crud_andValidation(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "security-write");
    var zoneName = sim.state().read(s -> s.zones().get(6).name());
    var base = "/zones/" + zoneId(sim, 6) + "/pagerules";
    var count = items(http.get(base)).size();
    var body =
        "{\"targets\":[{\"target\":\"url\",\"constraint\":{\"operator\":\"matches\",\"value\":\"*"
            + zoneName
            + "/static/*\"}}],\"actions\":[{\"id\":\"browser_cache_ttl\",\"value\":14400}],"
            + "\"priority\":9,\"status\":\"active\"}";
    var created = http.send("POST", base, body);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    var id = created.json().path("result").path("id").asText();
    assertThat(items(http.get(base))).hasSize(count + 1);
    assertThat(
            items(http.get(base + "?order=priority&direction=desc")).getFirst().path("id").asText())
        .isEqualTo(id);
    var patched = http.send("PATCH", base + "/" + id, "{\"status\":\"disabled\"}");
    assertThat(patched.json().path("result").path("status").asText()).isEqualTo("disabled");
    assertThat(patched.json().path("result").path("priority").asInt()).isEqualTo(9);
    assertThat(items(http.get(base + "?status=active")))
        .noneMatch(r -> r.path("id").asText().equals(id));
    var put = http.send("PUT", base + "/" + id, body.replace("\"priority\":9", "\"priority\":4"));
    assertThat(put.json().path("result").path("priority").asInt()).isEqualTo(4);
    assertThat(http.get(base + "/" + id).json().path("result").path("status").asText())
        .isEqualTo("active");
    var deleted = http.send("DELETE", base + "/" + id, null);
    assertThat(deleted.json().path("result").path("id").asText()).isEqualTo(id);
    assertThat(http.get(base + "/" + id).status()).isEqualTo(404);

    var noTargets =
        http.send(
            "POST", base, "{\"targets\":[],\"actions\":[{\"id\":\"ssl\",\"value\":\"full\"}]}");
    assertThat(noTargets.status()).isEqualTo(400);
    assertThat(noTargets.codes()).containsExactly(1004);
    assertThat(noTargets.json().path("messages")).isNotEmpty();
    var unknownAction = http.send("POST", base, body.replace("browser_cache_ttl", "teleport"));
    assertThat(unknownAction.codes()).containsExactly(1004);
    var otherDomain = http.send("POST", base, body.replace(zoneName, "elsewhere.example"));
    assertThat(otherDomain.codes()).containsExactly(1004);
    assertThat(items(http.get(base))).hasSize(count);
  }

  @Test
  void certificatePacks_listActiveByDefault_andAllWithStatusAll(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var total = 0;
    for (var i = 0; i < 30; i++) {
      var base = "/zones/" + zoneId(sim, i) + "/ssl/certificate_packs";
      var all = items(http.get(base + "?status=all"));
      assertThat(items(http.get(base)))
          .allMatch(p -> p.path("status").asText().equals("active"))
          .hasSizeLessThanOrEqualTo(all.size());
      for (var pack : all) {
        var one = http.get(base + "/" + pack.path("id").asText()).json().path("result");
        assertThat(one).isEqualTo(pack);
      }
      total += all.size();
    }
    assertThat(total).isBetween(30, 60);
    assertThat(
            http.get("/zones/" + zoneId(sim, 0) + "/ssl/certificate_packs/" + "a".repeat(32))
                .status())
        .isEqualTo(404);
  }

  @Test
  void tokensWithoutTheGroups_areRefused(CloudflareSimulator sim) {
    var zone = "/zones/" + zoneId(sim, 0);
    var account = "/accounts/" + sim.accountId();
    var dnsOnly = RawHttp.as(sim, "zone-dns-read-only");
    for (var path :
        List.of(
            zone + "/rulesets",
            zone + "/pagerules",
            zone + "/ssl/certificate_packs",
            account + "/rulesets")) {
      var reply = dnsOnly.get(path);
      assertThat(reply.status()).as(path).isEqualTo(403);
      assertThat(reply.codes()).as(path).containsExactly(10000);
    }
    var reader = RawHttp.as(sim, "account-token");
    var entrypoint = zone + "/rulesets/phases/http_request_firewall_custom/entrypoint";
    var write = reader.send("PUT", entrypoint, "{\"rules\":[]}");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.codes()).containsExactly(10000);
    assertThat(reader.send("POST", zone + "/pagerules", "{}").codes()).containsExactly(10000);
    assertThat(RawHttp.as(sim, "global-key").get(zone + "/rulesets").status()).isEqualTo(200);
    assertThat(RawHttp.as(sim, "user-token").get(account + "/rulesets").status()).isEqualTo(200);
  }

  @Test
  void simStateResources_countWhatTheListsReturn(CloudflareSimulator sim) throws Exception {
    var http = RawHttp.as(sim, "account-token");
    var account = "/accounts/" + sim.accountId();
    var rulesets = new HashSet<String>();
    items(http.get(account + "/rulesets")).forEach(r -> rulesets.add(r.path("id").asText()));
    long accessRules =
        items(http.get(account + "/firewall/access_rules/rules?per_page=1000")).size();
    long pageRules = 0;
    long packs = 0;
    for (var zone : sim.state().read(s -> s.zones().stream().map(z -> z.id()).toList())) {
      items(http.get("/zones/" + zone + "/rulesets"))
          .forEach(r -> rulesets.add(r.path("id").asText()));
      accessRules +=
          items(http.get("/zones/" + zone + "/firewall/access_rules/rules?per_page=1000")).size();
      pageRules += items(http.get("/zones/" + zone + "/pagerules")).size();
      packs += items(http.get("/zones/" + zone + "/ssl/certificate_packs?status=all")).size();
    }
    var resources = simState(sim).path("resources");
    assertThat(resources.path("rulesets").asLong()).isEqualTo(rulesets.size());
    assertThat(resources.path("ip_access_rules").asLong()).isEqualTo(accessRules);
    assertThat(resources.path("page_rules").asLong()).isEqualTo(pageRules);
    assertThat(resources.path("certificate_packs").asLong()).isEqualTo(packs);
    assertThat(accessRules).isGreaterThan(8);
  }

  private static JsonNode simState(CloudflareSimulator sim)
      throws IOException, InterruptedException {
    var url = sim.baseUrl().replace("/client/v4", "/__sim/state");
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }
}
