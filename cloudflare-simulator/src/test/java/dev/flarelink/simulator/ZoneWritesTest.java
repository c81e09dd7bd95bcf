package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creating, pausing and deleting zones, and changing zone settings. */
class ZoneWritesTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  /** Every setting of the official schema except ssl_recommender, which has its own endpoint. */
  private static final int SETTINGS = 54;

  private static String zone(CloudflareSimulator sim, int index) {
    return "/zones/" + sim.state().read(s -> s.zones().get(index).id());
  }

  @Test
  void aZone_isCreatedPausedUnpausedAndDeleted(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "global-key");
    var body =
        "{\"name\":\"brand-new.example\",\"account\":{\"id\":\""
            + sim.accountId()
            + "\"},\"type\":\"full\"}";
    var created = http.send("POST", "/zones", body);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    var id = created.json().path("result").path("id").asText();
    assertThat(created.json().path("result").path("status").asText()).isEqualTo("pending");
    var again = http.send("POST", "/zones", body);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.codes()).containsExactly(1061);
    assertThat(again.json().path("errors").get(0).path("message").asText())
        .isEqualTo("brand-new.example already exists");
    var invalid =
        http.send(
            "POST",
            "/zones",
            "{\"name\":\"not a domain\",\"account\":{\"id\":\"" + sim.accountId() + "\"}}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.codes()).containsExactly(1049);
    assertThat(http.get("/zones/" + id + "/settings").json().path("result").size())
        .isEqualTo(SETTINGS);

    var paused = http.send("PATCH", "/zones/" + id, "{\"paused\":true}");
    assertThat(paused.json().path("result").path("paused").asBoolean()).isTrue();
    assertThat(http.get("/zones/" + id).json().path("result").path("paused").asBoolean()).isTrue();
    var unpaused = http.send("PATCH", "/zones/" + id, "{\"paused\":false}");
    assertThat(unpaused.json().path("result").path("paused").asBoolean()).isFalse();
    assertThat(http.send("PATCH", "/zones/" + id, "{\"paused\":\"yes\"}").status()).isEqualTo(400);

    http.send(
        "POST",
        "/zones/" + id + "/dns_records",
        "{\"type\":\"A\",\"name\":\"www\",\"content\":\"192.0.2.1\"}");
    var check =
        http.send(
            "POST",
            "/zones/" + id + "/healthchecks",
            "{\"name\":\"web\",\"address\":\"www.brand-new.example\"}");
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    var deleted = http.send("DELETE", "/zones/" + id, null);
    assertThat(deleted.json().path("result").path("id").asText()).isEqualTo(id);
    boolean stillThere = sim.state().read(s -> s.zone(id).isPresent());
    assertThat(stillThere).isFalse();
    int checksLeft = sim.state().read(s -> s.traffic().healthChecks(id).size());
    assertThat(checksLeft).isZero();
    assertThat(http.get("/zones/" + id + "/dns_records").status()).isEqualTo(403);
  }

  @Test
  void zoneWrites_needZoneWrite(CloudflareSimulator sim) {
    var reader = RawHttp.as(sim, "account-token");
    var body = "{\"name\":\"denied.example\",\"account\":{\"id\":\"" + sim.accountId() + "\"}}";
    assertThat(reader.send("POST", "/zones", body).status()).isEqualTo(403);
    assertThat(reader.send("DELETE", zone(sim, 4), null).status()).isEqualTo(403);
    assertThat(
            reader.send("PATCH", zone(sim, 4) + "/settings/ssl", "{\"value\":\"full\"}").status())
        .isEqualTo(403);
  }

  @Test
  void eachCommonSetting_isWritten_andABadValueIsRefused(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "global-key");
    var base = zone(sim, 1) + "/settings/";
    Map<String, String[]> cases =
        Map.of(
            "cache_level", new String[] {"\"simplified\"", "\"everything\""},
            "browser_cache_ttl", new String[] {"7200", "7201"},
            "development_mode", new String[] {"\"on\"", "true"},
            "security_level", new String[] {"\"under_attack\"", "\"paranoid\""},
            "ssl", new String[] {"\"strict\"", "\"full_strict\""},
            "min_tls_version", new String[] {"\"1.2\"", "\"1.4\""},
            "always_use_https", new String[] {"\"on\"", "\"yes\""},
            "automatic_https_rewrites", new String[] {"\"off\"", "1"},
            "tls_1_3", new String[] {"\"zrt\"", "\"0rtt\""});
    cases.forEach(
        (id, values) -> {
          var written = http.send("PATCH", base + id, "{\"value\":" + values[0] + "}");
          assertThat(written.status()).as(id + ": " + written.body()).isEqualTo(200);
          assertThat(written.json().path("result").path("value").toString())
              .as(id)
              .isEqualTo(values[0]);
          assertThat(http.get(base + id).json().path("result").path("value").toString())
              .as(id)
              .isEqualTo(values[0]);
          var refused = http.send("PATCH", base + id, "{\"value\":" + values[1] + "}");
          assertThat(refused.status()).as(id).isEqualTo(400);
          assertThat(refused.codes()).as(id).containsExactly(1007);
        });
    assertThat(http.send("PATCH", base + "no_such_setting", "{\"value\":\"on\"}").codes())
        .containsExactly(1006);
  }

  @Test
  void aFullRead_hasEverySettingWithItsType(CloudflareSimulator sim) {
    var result =
        RawHttp.as(sim, "account-token").get(zone(sim, 2) + "/settings").json().path("result");
    assertThat(result.size()).isEqualTo(SETTINGS);
    result.forEach(
        setting -> {
          assertThat(setting.has("editable")).isTrue();
          assertThat(setting.has("modified_on")).isTrue();
        });
    var byId = new HashMap<String, JsonNode>();
    result.forEach(s -> byId.put(s.path("id").asText(), s.path("value")));
    assertThat(byId.get("browser_cache_ttl").isNumber()).isTrue();
    assertThat(byId.get("ciphers").isArray()).isTrue();
    assertThat(byId.get("minify").isObject()).isTrue();
    assertThat(byId.get("0rtt").isTextual()).isTrue();
  }
}
