package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Actions and the audit trail over the REST API. */
class ActionApiTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(41, 5, 0, 0, 2, 4, 0)));

  private static final String KEY = "flk_actionTestKey_0123456789abcdefghijklmno";

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String method, String path, String body) throws Exception {
    return TestHttp.call(server.url(), KEY, method, path, body);
  }

  @Test
  void actionsArePlannedConfirmedAppliedAndAudited(CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var base =
          "/api/v1/connections/"
              + new TestApi(server.url(), KEY)
                  .saveConnection(
                      sim,
                      "w",
                      "dns-write",
                      List.of("inventory", "dns_write", "cache_purge", "zone_settings_write"),
                      true);
      var zone =
          sim.state()
              .read(
                  s ->
                      s.zones().stream()
                          .filter(z -> z.accountId().equals(sim.accountId()))
                          .findFirst()
                          .orElseThrow());

      var listed = call("GET", base + "/actions", null).json().path("actions");
      var byName = new HashMap<String, JsonNode>();
      listed.forEach(a -> byName.put(a.path("name").asText(), a));
      assertThat(byName.get("dns.create").path("available").asBoolean()).isTrue();
      assertThat(byName.get("dns.create").path("input_schema").path("required").toString())
          .contains("zone", "type", "name", "content");
      assertThat(byName.get("zone.setting").path("available").asBoolean())
          .as("the token lacks Zone Settings Edit")
          .isFalse();
      assertThat(byName.get("zone.setting").path("reason").asText()).contains("Zone Settings");
      assertThat(byName.get("ip_rule.create").path("reason").asText()).contains("does not enable");

      var body =
          "{\"zone\":\""
              + zone.name()
              + "\",\"type\":\"TXT\",\"name\":\"@\",\"content\":\"v=flarelink\"";
      var dry = call("POST", base + "/actions/dns.create", body + ",\"dry_run\":true}");
      assertThat(dry.status()).as(dry.body()).isEqualTo(200);
      assertThat(dry.json().path("status").asText()).isEqualTo("planned");
      var done = call("POST", base + "/actions/dns.create", body + "}");
      assertThat(done.json().path("status").asText()).isEqualTo("succeeded");
      var recordId = done.json().path("result").path("id").asText();
      boolean stored =
          sim.state()
              .read(s -> s.records(zone.id()).stream().anyMatch(r -> r.id().equals(recordId)));
      assertThat(stored).isTrue();

      var delete = "{\"zone\":\"" + zone.id() + "\",\"id\":\"" + recordId + "\"";
      var unconfirmed = call("POST", base + "/actions/dns.delete", delete + "}");
      assertThat(unconfirmed.status()).isEqualTo(409);
      assertThat(unconfirmed.json().path("detail").asText()).contains("confirm");
      assertThat(unconfirmed.json().path("errors").get(0).path("message").asText())
          .startsWith("delete TXT");
      var confirmed = call("POST", base + "/actions/dns.delete", delete + ",\"confirm\":true}");
      assertThat(confirmed.json().path("status").asText()).isEqualTo("succeeded");

      var bad =
          call(
              "POST",
              base + "/actions/dns.create",
              "{\"zone\":\""
                  + zone.name()
                  + "\",\"type\":\"A\",\"name\":\"x\",\"content\":\"1.2.3.4\",\"ttl\":\"soon\"}");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("ttl");
      assertThat(call("POST", base + "/actions/dns.explode", "{}").status()).isEqualTo(400);
      assertThat(call("POST", base + "/actions/dns.create", "[1]").status()).isEqualTo(400);

      var audit = call("GET", base + "/audit", null);
      assertThat(audit.json().path("runs").findValuesAsText("status"))
          .containsExactly("refused", "succeeded", "refused", "succeeded", "planned");
      assertThat(audit.json().path("runs").get(0).path("face").asText()).isEqualTo("rest");
      assertThat(audit.body()).doesNotContain(KEY).doesNotContain(sim.secret("dns-write"));
    }
  }
}
