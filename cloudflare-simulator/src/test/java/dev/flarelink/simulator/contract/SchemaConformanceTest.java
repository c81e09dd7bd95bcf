package dev.flarelink.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.RawHttp;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint family the simulator serves answers in the shape of Cloudflare's official schema.
 * Where live behaviour departs from the schema (cloudflare-api.md §10), the test says so and checks
 * the live shape instead.
 */
class SchemaConformanceTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  /**
   * Where Cloudflare's live answers depart from the 2024 schema, the simulator follows the live
   * answers (cloudflare-api.md §10.12); each departure is named here with its evidence.
   */
  enum Departure {
    /** §4.1: live and SDK fixtures send role permissions as an object of {read, edit}. */
    ROLE_PERMISSIONS_OBJECT(
        "object found, array expected at /result(/\\d+)?/roles/\\d+/permissions|object found, array expected at /result/\\d+/permissions|object found, array expected at /result/permissions"),
    /** §6: the official example sends alert_body as an object, the schema says string. */
    ALERT_BODY_OBJECT("object found, string expected at /result/\\d+/alert_body"),
    /**
     * A schema defect, not a departure: a mechanism id is a oneOf of two string schemas whose
     * formats the validator treats as annotations, so every id matches both.
     */
    AMBIGUOUS_MECHANISM_ID(
        "but 2 are valid with indexes '0, 1' at /result/\\d+/mechanisms/\\w+/\\d+/id"),
    /**
     * A schema defect, not a departure: the rulesets responses pin {@code errors} with {@code enum:
     * [[]]} (an empty array), which the validator takes for a string enum, so every envelope's
     * empty {@code errors} array fails it.
     */
    RULESETS_EMPTY_ERRORS_ENUM("array found, string expected at /errors");

    private final Pattern pattern;

    Departure(String regex) {
      this.pattern = Pattern.compile(".*(" + regex + ")$");
    }
  }

  private static void conforms(
      CloudflareSimulator sim, String credential, String method, String path, String body) {
    var http = RawHttp.as(sim, credential);
    var reply = http.send(method, path, body);
    assertThat(reply.status()).as(method + " " + path + ": " + reply.body()).isLessThan(300);
    var template = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    List<String> problems =
        OpenApiContract.checkResponse(method, template, reply.status(), reply.body()).stream()
            .filter(
                p ->
                    Arrays.stream(Departure.values())
                        .noneMatch(d -> d.pattern.matcher(p).matches()))
            .toList();
    assertThat(problems).as(method + " " + path).isEmpty();
  }

  private static String zone(CloudflareSimulator sim) {
    return sim.state().read(s -> s.zones().getFirst().id());
  }

  @Test
  void identityFamily(CloudflareSimulator sim) {
    var account = sim.accountId();
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/members", null);
    var member = sim.state().read(s -> s.members(account).getFirst().id());
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/members/" + member, null);
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/roles", null);
    conforms(sim, "account-token", "GET", "/accounts/" + account, null);
    conforms(sim, "user-token", "GET", "/accounts", null);
    conforms(sim, "user-token", "GET", "/memberships", null);
    conforms(sim, "user-token", "GET", "/user/tokens/verify", null);
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/audit_logs", null);
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/iam/permission_groups", null);
  }

  @Test
  void zonesAndSettings(CloudflareSimulator sim) {
    conforms(sim, "account-token", "GET", "/zones", null);
    conforms(sim, "account-token", "GET", "/zones/" + zone(sim), null);
    conforms(sim, "account-token", "GET", "/zones/" + zone(sim) + "/settings/ssl", null);
    conforms(sim, "account-token", "GET", "/zones/" + zone(sim) + "/settings", null);
  }

  @Test
  void dnsRecords(CloudflareSimulator sim) {
    var base = "/zones/" + zone(sim) + "/dns_records";
    conforms(sim, "account-token", "GET", base, null);
    conforms(
        sim,
        "dns-write",
        "POST",
        base,
        "{\"type\":\"A\",\"name\":\"schema\",\"content\":\"192.0.2.7\",\"ttl\":300}");
    var id =
        RawHttp.as(sim, "account-token")
            .get(base + "?name.startswith=schema")
            .json()
            .path("result")
            .get(0)
            .path("id")
            .asText();
    conforms(sim, "account-token", "GET", base + "/" + id, null);
    conforms(sim, "dns-write", "PATCH", base + "/" + id, "{\"ttl\":600}");
    conforms(sim, "dns-write", "DELETE", base + "/" + id, null);
  }

  @Test
  void alertsCacheAndAccessRules(CloudflareSimulator sim) {
    var account = sim.accountId();
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/alerting/v3/history", null);
    conforms(sim, "account-token", "GET", "/accounts/" + account + "/alerting/v3/policies", null);
    conforms(
        sim,
        "dns-write",
        "POST",
        "/zones/" + zone(sim) + "/purge_cache",
        "{\"purge_everything\":true}");
    conforms(
        sim, "account-token", "GET", "/accounts/" + account + "/firewall/access_rules/rules", null);
    var rule = sim.state().read(s -> s.accessRules("account", account).getFirst().id());
    conforms(
        sim,
        "account-token",
        "GET",
        "/accounts/" + account + "/firewall/access_rules/rules/" + rule,
        null);
  }

  private static String created(
      CloudflareSimulator sim, String credential, String path, String body) {
    var reply = RawHttp.as(sim, credential).send("POST", path, body);
    assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
    return reply.json().path("result").path("id").asText();
  }

  @Test
  void loadBalancing(CloudflareSimulator sim) {
    var account = "/accounts/" + sim.accountId() + "/load_balancers";
    conforms(sim, "account-token", "GET", account + "/monitors", null);
    conforms(sim, "account-token", "GET", account + "/pools", null);
    var monitor =
        created(
            sim,
            "global-key",
            account + "/monitors",
            "{\"type\":\"https\",\"path\":\"/up\",\"expected_codes\":\"2xx\"}");
    conforms(sim, "account-token", "GET", account + "/monitors/" + monitor, null);
    conforms(sim, "global-key", "PATCH", account + "/monitors/" + monitor, "{\"retries\":3}");
    conforms(
        sim,
        "global-key",
        "PUT",
        account + "/monitors/" + monitor,
        "{\"type\":\"tcp\",\"port\":22}");
    var origins = "[{\"name\":\"a\",\"address\":\"192.0.2.10\",\"enabled\":true,\"weight\":1}]";
    var pool =
        created(
            sim,
            "global-key",
            account + "/pools",
            "{\"name\":\"schema-pool\",\"monitor\":\""
                + monitor
                + "\",\"origins\":"
                + origins
                + "}");
    conforms(sim, "account-token", "GET", account + "/pools/" + pool, null);
    conforms(sim, "account-token", "GET", account + "/pools/" + pool + "/health", null);
    conforms(
        sim, "global-key", "PATCH", account + "/pools/" + pool, "{\"origins\":" + origins + "}");
    conforms(
        sim,
        "global-key",
        "PUT",
        account + "/pools/" + pool,
        "{\"name\":\"schema-pool\",\"origins\":" + origins + "}");
    var zone = "/zones/" + zone(sim) + "/load_balancers";
    var zoneName = sim.state().read(s -> s.zones().getFirst().name());
    conforms(sim, "account-token", "GET", zone, null);
    var lb =
        created(
            sim,
            "global-key",
            zone,
            "{\"name\":\"schema."
                + zoneName
                + "\",\"default_pools\":[\""
                + pool
                + "\"],\"fallback_pool\":\""
                + pool
                + "\"}");
    conforms(sim, "account-token", "GET", zone + "/" + lb, null);
    conforms(sim, "global-key", "PATCH", zone + "/" + lb, "{\"proxied\":true}");
    conforms(
        sim,
        "global-key",
        "PUT",
        zone + "/" + lb,
        "{\"name\":\"schema."
            + zoneName
            + "\",\"default_pools\":[\""
            + pool
            + "\"],\"fallback_pool\":\""
            + pool
            + "\",\"steering_policy\":\"random\"}");
    conforms(sim, "global-key", "DELETE", zone + "/" + lb, null);
    conforms(sim, "global-key", "DELETE", account + "/pools/" + pool, null);
    conforms(sim, "global-key", "DELETE", account + "/monitors/" + monitor, null);
  }

  @Test
  void healthChecksAndWaitingRooms(CloudflareSimulator sim) {
    var base = "/zones/" + zone(sim) + "/healthchecks";
    conforms(sim, "account-token", "GET", base, null);
    var http =
        created(
            sim,
            "global-key",
            base,
            "{\"name\":\"web\",\"address\":\"www.example.com\",\"type\":\"HTTPS\"}");
    var tcp =
        created(
            sim,
            "global-key",
            base,
            "{\"name\":\"ssh\",\"address\":\"192.0.2.4\",\"type\":\"TCP\"}");
    conforms(sim, "account-token", "GET", base + "/" + http, null);
    conforms(sim, "account-token", "GET", base + "/" + tcp, null);
    conforms(sim, "global-key", "PATCH", base + "/" + http, "{\"suspended\":true}");
    conforms(
        sim,
        "global-key",
        "PUT",
        base + "/" + tcp,
        "{\"name\":\"ssh\",\"address\":\"192.0.2.5\",\"type\":\"TCP\"}");
    conforms(sim, "global-key", "DELETE", base + "/" + http, null);
    var rooms = "/zones/" + zone(sim) + "/waiting_rooms";
    conforms(sim, "account-token", "GET", rooms, null);
    var room =
        sim.state().read(s -> s.traffic().waitingRooms(s.zones().getFirst().id()).getFirst().id());
    conforms(sim, "account-token", "GET", rooms + "/" + room, null);
  }

  @Test
  void zoneWritesAndSettings(CloudflareSimulator sim) {
    var created =
        created(
            sim,
            "global-key",
            "/zones",
            "{\"name\":\"schema-zone.example\",\"account\":{\"id\":\"" + sim.accountId() + "\"}}");
    conforms(sim, "global-key", "PATCH", "/zones/" + created, "{\"paused\":true}");
    conforms(sim, "global-key", "GET", "/zones/" + created + "/settings", null);
    eachSetting_conformsToItsOwnSchema(sim, zone(sim));
    for (var write :
        new String[][] {
          {"cache_level", "\"basic\""},
          {"browser_cache_ttl", "3600"},
          {"development_mode", "\"on\""},
          {"security_level", "\"high\""},
          {"ssl", "\"full\""},
          {"min_tls_version", "\"1.2\""},
          {"always_use_https", "\"on\""},
          {"automatic_https_rewrites", "\"on\""},
          {"tls_1_3", "\"on\""},
          {"ciphers", "[\"ECDHE-RSA-AES128-GCM-SHA256\"]"},
          {"minify", "{\"css\":\"on\",\"html\":\"off\",\"js\":\"off\"}"}
        }) {
      conforms(
          sim,
          "global-key",
          "PATCH",
          "/zones/" + created + "/settings/" + write[0],
          "{\"value\":" + write[1] + "}");
    }
    conforms(sim, "global-key", "DELETE", "/zones/" + created, null);
  }

  /**
   * The full read's schema is an anyOf that the validator cannot hold a wrong value to, so each
   * setting is also checked against the single-setting schema (a oneOf keyed by the id).
   */
  private static void eachSetting_conformsToItsOwnSchema(CloudflareSimulator sim, String zoneId) {
    var settings =
        RawHttp.as(sim, "account-token")
            .get("/zones/" + zoneId + "/settings")
            .json()
            .path("result");
    assertThat(settings.size()).isPositive();
    for (var setting : settings) {
      var id = setting.path("id").asText();
      var body = "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + setting + "}";
      assertThat(
              OpenApiContract.checkResponse(
                  "GET", "/zones/" + zoneId + "/settings/" + id, 200, body))
          .as(setting.toString())
          .isEmpty();
    }
  }

  @Test
  void securityConfiguration_reads(CloudflareSimulator sim) {
    securityReadsConform(sim);
  }

  /** Thirty zones: every kind of seeded rule, pack and Page Rule action shows up. */
  @Test
  void securityConfiguration_readsOfALargerAccount() {
    try (var larger =
        CloudflareSimulator.start(
            SimulatorOptions.defaults().withSeed(new SeedSpec(11, 20, 2, 1, 30, 5, 10)))) {
      securityReadsConform(larger);
    }
  }

  private static void securityReadsConform(CloudflareSimulator sim) {
    var account = sim.accountId();
    var accountBase = "/accounts/" + account + "/rulesets";
    conforms(sim, "account-token", "GET", accountBase, null);
    conforms(sim, "account-token", "GET", accountBase + "?per_page=1", null);
    for (var ruleset : ids(sim, "account-token", accountBase)) {
      conforms(sim, "account-token", "GET", accountBase + "/" + ruleset, null);
    }
    for (var zone : sim.state().read(s -> s.zones().stream().map(z -> z.id()).toList())) {
      var base = "/zones/" + zone;
      conforms(sim, "account-token", "GET", base + "/rulesets", null);
      var phases =
          sim.state()
              .read(s -> s.security().rulesets("zone", zone).stream().map(r -> r.phase()).toList());
      for (var phase : phases) {
        conforms(
            sim, "account-token", "GET", base + "/rulesets/phases/" + phase + "/entrypoint", null);
      }
      for (var ruleset : ids(sim, "account-token", base + "/rulesets")) {
        conforms(sim, "account-token", "GET", base + "/rulesets/" + ruleset, null);
      }
      conforms(sim, "account-token", "GET", base + "/pagerules", null);
      conforms(sim, "account-token", "GET", base + "/pagerules?status=active&order=status", null);
      for (var rule : ids(sim, "account-token", base + "/pagerules")) {
        conforms(sim, "account-token", "GET", base + "/pagerules/" + rule, null);
      }
      conforms(sim, "account-token", "GET", base + "/ssl/certificate_packs", null);
      for (var pack : ids(sim, "account-token", base + "/ssl/certificate_packs?status=all")) {
        conforms(sim, "account-token", "GET", base + "/ssl/certificate_packs/" + pack, null);
      }
      conforms(sim, "account-token", "GET", base + "/firewall/access_rules/rules", null);
    }
  }

  @Test
  void securityConfiguration_writes(CloudflareSimulator sim) {
    var base = "/zones/" + sim.state().read(s -> s.zones().get(1).id());
    var entrypoint = base + "/rulesets/phases/http_request_firewall_custom/entrypoint";
    conforms(
        sim,
        "security-write",
        "PUT",
        entrypoint,
        "{\"rules\":[{\"action\":\"block\",\"expression\":\"(ip.src eq 192.0.2.1)\"}]}");
    var ruleset =
        RawHttp.as(sim, "account-token").get(entrypoint).json().path("result").path("id").asText();
    conforms(
        sim,
        "security-write",
        "POST",
        base + "/rulesets/" + ruleset + "/rules",
        "{\"action\":\"log\",\"expression\":\"(http.host eq \\\"a.example\\\")\"}");
    var rule =
        RawHttp.as(sim, "account-token")
            .get(entrypoint)
            .json()
            .path("result")
            .path("rules")
            .get(0)
            .path("id")
            .asText();
    conforms(
        sim,
        "security-write",
        "PATCH",
        base + "/rulesets/" + ruleset + "/rules/" + rule,
        "{\"enabled\":false}");
    conforms(
        sim, "security-write", "DELETE", base + "/rulesets/" + ruleset + "/rules/" + rule, null);
    conforms(sim, "security-write", "DELETE", base + "/rulesets/" + ruleset, null);
    conforms(
        sim,
        "security-write",
        "PUT",
        "/accounts/" + sim.accountId() + "/rulesets/phases/http_request_firewall_custom/entrypoint",
        "{\"rules\":[]}");
    var zoneName = sim.state().read(s -> s.zones().get(1).name());
    var pageRule =
        "{\"targets\":[{\"target\":\"url\",\"constraint\":{\"operator\":\"matches\",\"value\":\"*"
            + zoneName
            + "/schema/*\"}}],\"actions\":[{\"id\":\"cache_level\",\"value\":\"bypass\"}],"
            + "\"status\":\"active\",\"priority\":7}";
    conforms(sim, "security-write", "POST", base + "/pagerules", pageRule);
    var id =
        RawHttp.as(sim, "account-token")
            .get(base + "/pagerules?order=priority&direction=desc")
            .json()
            .path("result")
            .get(0)
            .path("id")
            .asText();
    conforms(sim, "security-write", "PUT", base + "/pagerules/" + id, pageRule);
    conforms(
        sim, "security-write", "PATCH", base + "/pagerules/" + id, "{\"status\":\"disabled\"}");
    conforms(sim, "security-write", "DELETE", base + "/pagerules/" + id, null);
  }

  private static List<String> ids(CloudflareSimulator sim, String credential, String path) {
    var ids = new ArrayList<String>();
    RawHttp.as(sim, credential)
        .get(path)
        .json()
        .path("result")
        .forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  @Test
  void errorBodies_matchTheFailureSchema(CloudflareSimulator sim) {
    var reply =
        RawHttp.as(sim, "no-account-settings").get("/accounts/" + sim.accountId() + "/members");
    assertThat(reply.status()).isEqualTo(403);
    var body = reply.json();
    assertThat(body.path("success").asBoolean()).isFalse();
    assertThat(body.path("errors").get(0).path("code").asInt()).isGreaterThanOrEqualTo(1000);
    assertThat(body.has("messages")).isTrue();
    assertThat(body.path("result").isNull()).isTrue();
  }
}
