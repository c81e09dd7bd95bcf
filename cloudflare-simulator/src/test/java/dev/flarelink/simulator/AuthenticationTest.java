package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private String members(CloudflareSimulator sim) {
    return "/accounts/" + sim.accountId() + "/members";
  }

  @Test
  void noCredentialHeaders_are400With9106(CloudflareSimulator sim) {
    var reply = RawHttp.anonymous(sim).get("/zones");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.codes()).containsExactly(9106);
  }

  @Test
  void malformedBearer_is400With6003Chain6111(CloudflareSimulator sim) {
    var reply = RawHttp.anonymous(sim).header("Authorization", "Bearer short").get("/zones");
    assertThat(reply.status()).isEqualTo(400);
    var error = reply.json().path("errors").get(0);
    assertThat(error.path("code").asInt()).isEqualTo(6003);
    assertThat(error.path("error_chain").get(0).path("code").asInt()).isEqualTo(6111);
  }

  @Test
  void missingBearerWord_isMalformed(CloudflareSimulator sim) {
    var reply =
        RawHttp.anonymous(sim).header("Authorization", sim.secret("account-token")).get("/zones");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("error_chain").get(0).path("code").asInt())
        .isEqualTo(6111);
  }

  @Test
  void tokenSentAsKey_withBadEmail_chains6102And6103(CloudflareSimulator sim) {
    var reply =
        RawHttp.anonymous(sim)
            .header("X-Auth-Key", sim.secret("account-token"))
            .header("X-Auth-Email", "nobody")
            .get("/zones");
    assertThat(reply.status()).isEqualTo(400);
    var chain = reply.json().path("errors").get(0).path("error_chain");
    assertThat(chain.get(0).path("code").asInt()).isEqualTo(6102);
    assertThat(chain.get(1).path("code").asInt()).isEqualTo(6103);
  }

  @Test
  void globalKeyWithoutEmail_isMissingHeader(CloudflareSimulator sim) {
    var reply = RawHttp.anonymous(sim).header("X-Auth-Key", sim.secret("global-key")).get("/zones");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.codes()).containsExactly(9106);
  }

  @Test
  void globalKey_readsMembers(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "global-key").get(members(sim));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("result").size()).isPositive();
  }

  @Test
  void wrongGlobalKey_is9103(CloudflareSimulator sim) {
    var email = sim.state().read(s -> s.credential("global-key").email());
    var reply =
        RawHttp.anonymous(sim)
            .header("X-Auth-Key", "0".repeat(37))
            .header("X-Auth-Email", email)
            .get("/zones");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.codes()).containsExactly(9103);
  }

  @Test
  void accountToken_verifiesOnlyTheAccountWay(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var user = http.get("/user/tokens/verify");
    assertThat(user.status()).isEqualTo(401);
    assertThat(user.codes()).containsExactly(1000);
    var account = http.get("/accounts/" + sim.accountId() + "/tokens/verify");
    assertThat(account.status()).isEqualTo(200);
    assertThat(account.json().path("result").path("status").asText()).isEqualTo("active");
    assertThat(account.json().path("messages").get(0).path("code").asInt()).isEqualTo(10000);
  }

  @Test
  void userToken_verifiesTheUserWay(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "user-token");
    assertThat(http.get("/user/tokens/verify").status()).isEqualTo(200);
    assertThat(http.get("/accounts/" + sim.accountId() + "/tokens/verify").codes())
        .containsExactly(1000);
  }

  @Test
  void globalKeyOnVerify_isMissingAuthorization(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "global-key").get("/user/tokens/verify");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.codes()).containsExactly(1001);
  }

  @Test
  void accountTokenOnListAccounts_is1001(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "account-token").get("/accounts");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("message").asText())
        .contains("account owned tokens");
  }

  @Test
  void withoutAccountSettingsRead_membersAre10000(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "no-account-settings").get(members(sim));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.codes()).containsExactly(10000);
    assertThat(RawHttp.as(sim, "no-account-settings").get("/zones").status()).isEqualTo(200);
  }

  @Test
  void tokenForAnotherAccount_isUnauthorizedHere(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "other-account").get(members(sim));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.codes()).containsExactly(9109);
    assertThat(reply.json().path("errors").get(0).path("message").asText())
        .contains("Unauthorized");
  }

  @Test
  void expiredAndDisabled_failOrdinaryCalls_butVerifyReportsTheStatus(CloudflareSimulator sim) {
    for (var name : new String[] {"expired", "disabled"}) {
      var http = RawHttp.as(sim, name);
      var zones = http.get("/zones");
      assertThat(zones.status()).isEqualTo(403);
      assertThat(zones.codes()).containsExactly(9109);
      var verify = http.get("/accounts/" + sim.accountId() + "/tokens/verify");
      assertThat(verify.status()).isEqualTo(200);
      assertThat(verify.json().path("result").path("status").asText()).isEqualTo(name);
    }
    var expired = RawHttp.as(sim, "expired").get("/accounts/" + sim.accountId() + "/tokens/verify");
    assertThat(expired.json().path("result").path("expires_on").asText())
        .startsWith("2026-01-01T00:00:00");
  }

  @Test
  void ipRestrictedToken_isRefusedWithTheCallersAddress(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "ip-restricted").get("/zones");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().path("errors").get(0).path("message").asText())
        .isEqualTo("Cannot use the access token from location: 127.0.0.1");
  }

  @Test
  void zoneDnsReadOnly_readsDnsButNotSettingsOrMembers(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "zone-dns-read-only");
    var zone = http.get("/zones").json().path("result").get(0).path("id").asText();
    assertThat(http.get("/zones/" + zone + "/dns_records").status()).isEqualTo(200);
    assertThat(http.get("/zones/" + zone + "/settings").codes()).containsExactly(10000);
    assertThat(http.get(members(sim)).codes()).containsExactly(10000);
    var write =
        http.send(
            "POST",
            "/zones/" + zone + "/dns_records",
            "{\"type\":\"A\",\"name\":\"x\",\"content\":\"192.0.2.1\",\"ttl\":1}");
    assertThat(write.codes()).containsExactly(10000);
  }

  @Test
  void malformedIdInPath_is7003With7000(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "account-token").get("/zones/myZone.xxx");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.codes()).containsExactly(7003, 7000);
    assertThat(reply.json().path("errors").get(0).path("message").asText())
        .isEqualTo(
            "Could not route to /client/v4/zones/myZone.xxx, perhaps your object identifier is invalid?");
  }
}
