package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DnsWritesTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static String base(CloudflareSimulator sim) {
    return "/zones/" + sim.state().read(s -> s.zones().get(2).id()) + "/dns_records";
  }

  private static int count(CloudflareSimulator sim) {
    return sim.state().read(s -> s.records(s.zones().get(2).id()).size());
  }

  @Test
  void badInput_isRefusedWithAReason_andChangesNothing(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "dns-write");
    var before = count(sim);
    String[][] cases = {
      {"{\"type\":\"BOGUS\",\"name\":\"x\",\"content\":\"1.2.3.4\"}", "9004"},
      {"{\"type\":\"A\",\"name\":\"x\",\"content\":\"300.1.1.1\"}", "9005"},
      {"{\"type\":\"A\",\"name\":\"x\",\"content\":\"not-an-ip\"}", "9005"},
      {"{\"type\":\"AAAA\",\"name\":\"x\",\"content\":\"1.2.3.4\"}", "9006"},
      {"{\"type\":\"A\",\"name\":\"x\",\"content\":\"192.0.2.1\",\"ttl\":5}", "9003"},
      {"{\"type\":\"A\",\"name\":\"www.elsewhere.org\",\"content\":\"192.0.2.1\"}", "9000"},
      {"{\"type\":\"TXT\",\"name\":\"x\",\"content\":\"hi\",\"proxied\":true}", "9004"},
      {"{\"type\":\"A\",\"name\":\"x\",\"content\":\"192.0.2.1\",\"ttl\":\"300\"}", "9207"},
      {"not json", "9207"},
    };
    for (var testCase : cases) {
      var reply = http.send("POST", base(sim), testCase[0]);
      assertThat(reply.status()).as(testCase[0]).isEqualTo(400);
      assertThat(reply.codes()).as(testCase[0]).contains(Integer.parseInt(testCase[1]));
    }
    assertThat(count(sim)).isEqualTo(before);
  }

  @Test
  void cnameBesideAnAddress_andDuplicates_areRefused(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "dns-write");
    assertThat(
            http.send(
                    "POST",
                    base(sim),
                    "{\"type\":\"A\",\"name\":\"dup\",\"content\":\"192.0.2.5\",\"ttl\":1}")
                .status())
        .isEqualTo(200);
    assertThat(
            http.send(
                    "POST",
                    base(sim),
                    "{\"type\":\"A\",\"name\":\"dup\",\"content\":\"192.0.2.5\",\"ttl\":1}")
                .codes())
        .containsExactly(81058);
    assertThat(
            http.send(
                    "POST",
                    base(sim),
                    "{\"type\":\"CNAME\",\"name\":\"dup\",\"content\":\"elsewhere.example.net\",\"ttl\":1}")
                .codes())
        .containsExactly(81053);
  }

  @Test
  void aBatchIsAllOrNothing(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "dns-write");
    var before = count(sim);
    var victim = sim.state().read(s -> s.records(s.zones().get(2).id()).getLast().id());
    var batch =
        "{\"deletes\":[{\"id\":\""
            + victim
            + "\"}],\"posts\":[{\"type\":\"A\",\"name\":\"ok\",\"content\":\"192.0.2.9\"},{\"type\":\"A\",\"name\":\"bad\",\"content\":\"999.0.0.1\"}]}";
    assertThat(http.send("POST", base(sim) + "/batch", batch).status()).isEqualTo(400);
    assertThat(count(sim)).isEqualTo(before);
    assertThat(
            (boolean)
                sim.state()
                    .read(
                        s ->
                            s.records(s.zones().get(2).id()).stream()
                                .anyMatch(r -> r.id().equals(victim))))
        .isTrue();
  }

  @Test
  void readsSeeWrites_despiteTheRenderCache(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "dns-write");
    var created =
        http.send("POST", base(sim), "{\"type\":\"TXT\",\"name\":\"cache\",\"content\":\"v1\"}")
            .json()
            .path("result")
            .path("id")
            .asText();
    assertThat(
            http.get(base(sim) + "?name=cache." + sim.state().read(s -> s.zones().get(2).name()))
                .json()
                .path("result")
                .get(0)
                .path("content")
                .asText())
        .isEqualTo("v1");
    http.send("PATCH", base(sim) + "/" + created, "{\"content\":\"v2\"}");
    assertThat(
            http.get(base(sim) + "?type=TXT&per_page=5000")
                .json()
                .path("result")
                .findValuesAsText("content"))
        .contains("v2")
        .doesNotContain("v1");
  }

  @Test
  void purgeAndSettings_validateTheirBodies(CloudflareSimulator sim) {
    var zone = sim.state().read(s -> s.zones().get(2).id());
    var http = RawHttp.as(sim, "dns-write");
    assertThat(
            http.send(
                    "POST",
                    "/zones/" + zone + "/purge_cache",
                    "{\"purge_everything\":true,\"files\":[\"https://a/\"]}")
                .status())
        .isEqualTo(400);
    assertThat(http.send("POST", "/zones/" + zone + "/purge_cache", "{\"tags\":[]}").status())
        .isEqualTo(400);
    assertThat(
            http.send(
                    "POST",
                    "/zones/" + zone + "/purge_cache",
                    "{\"files\":[\"https://a.example/\",{\"url\":\"https://b.example/\",\"headers\":{\"CF-IPCountry\":\"US\"}}]}")
                .status())
        .isEqualTo(200);
    var admin = RawHttp.as(sim, "global-key");
    assertThat(
            admin
                .send("PATCH", "/zones/" + zone + "/settings/ssl", "{\"value\":\"paranoid\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            admin
                .send("PATCH", "/zones/" + zone + "/settings/nonsense", "{\"value\":\"on\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            admin
                .send("PATCH", "/zones/" + zone + "/settings/ssl", "{\"value\":\"full\"}")
                .json()
                .path("result")
                .path("value")
                .asText())
        .isEqualTo("full");
  }
}
