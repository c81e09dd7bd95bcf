package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.api.AuditLogParams;
import dev.flarelink.cloudflare.api.DnsAnalyticsParams;
import dev.flarelink.cloudflare.api.IpAccessRulesApi.Scope;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.LocationRestrictedException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.paging.Paged;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each resource family of the client against the simulator, and credential detection. */
class ApiFamiliesTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private CloudflareClient client(CloudflareSimulator sim, String name) {
    var named = sim.state().read(s -> s.credential(name));
    var credential =
        named.kind().equals("global_api_key")
            ? Credential.globalApiKey(named.secret(), named.email())
            : Credential.apiToken(named.secret());
    Interceptor recorder =
        chain -> {
          WireTest.SENT.add(chain.request());
          return chain.proceed(chain.request());
        };
    return CloudflareClient.builder()
        .baseUrl(sim.baseUrl())
        .credential(credential)
        .addInterceptor(recorder)
        .build();
  }

  @AfterAll
  static void requestsConform() {
    RequestContract.check(WireTest.SENT);
  }

  private static String zone(CloudflareSimulator sim) {
    return sim.state().read(s -> s.zones().getFirst().id());
  }

  @Test
  void detector_findsEveryKind_andReportsAContradiction(CloudflareSimulator sim) {
    var account = sim.accountId();
    var expectations =
        Map.of(
            "account-token", CredentialKind.ACCOUNT_TOKEN,
            "legacy-account-token", CredentialKind.ACCOUNT_TOKEN,
            "user-token", CredentialKind.USER_TOKEN,
            "legacy-user-token", CredentialKind.USER_TOKEN,
            "global-key", CredentialKind.GLOBAL_API_KEY);
    expectations.forEach(
        (name, kind) -> {
          var named = sim.state().read(s -> s.credential(name));
          var credential =
              kind == CredentialKind.GLOBAL_API_KEY
                  ? Credential.globalApiKey(named.secret(), named.email())
                  : Credential.apiToken(named.secret());
          var found = new CredentialDetector(client(sim, name)).detect(credential, account, null);
          assertThat(found.kind()).as(name).isEqualTo(kind);
          assertThat(found.contradiction()).isEmpty();
        });
    var legacy = Credential.apiToken(sim.secret("legacy-account-token"));
    var stated =
        new CredentialDetector(client(sim, "legacy-account-token"))
            .detect(legacy, account, CredentialKind.USER_TOKEN);
    assertThat(stated.kind()).isEqualTo(CredentialKind.ACCOUNT_TOKEN);
    assertThat(stated.contradiction())
        .get()
        .asString()
        .contains("user-owned token")
        .contains("account_token");
    assertThat(stated.evidence())
        .anySatisfy(line -> assertThat(line).contains("/user/tokens/verify refused it"));
    var expired =
        new CredentialDetector(client(sim, "expired"))
            .detect(Credential.apiToken(sim.secret("expired")), account, null);
    assertThat(expired.verification().status()).isEqualTo("expired");
    assertThat(expired.verification().expiresOn()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThatThrownBy(
            () ->
                new CredentialDetector(client(sim, "ip-restricted"))
                    .detect(Credential.apiToken(sim.secret("ip-restricted")), account, null))
        .isInstanceOf(LocationRestrictedException.class);
    var unknown = Credential.apiToken("Z".repeat(40));
    var unknownClient =
        CloudflareClient.builder().baseUrl(sim.baseUrl()).credential(unknown).build();
    assertThatThrownBy(() -> new CredentialDetector(unknownClient).detect(unknown, account, null))
        .isInstanceOf(InvalidCredentialException.class);
  }

  @Test
  void accountsMembershipsRolesAndPermissionGroups(CloudflareSimulator sim) {
    var client = client(sim, "user-token");
    var account = client.accounts().get(sim.accountId());
    assertThat(account.settings().enforceTwofactor())
        .isEqualTo(
            sim.state().read(s -> s.account(sim.accountId()).orElseThrow().enforceTwoFactor()));
    assertThat(client.accounts().list(null).toList())
        .extracting(a -> a.id())
        .contains(sim.accountId());
    assertThat(client.accounts().memberships("accepted").toList())
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.roles()).isNotEmpty());
    assertThat(client.members().roles(sim.accountId()).toList()).hasSize(8);
    var role = client.members().roles(sim.accountId()).toList().getFirst();
    assertThat(client.members().role(sim.accountId(), role.id())).isEqualTo(role);
    assertThat(client.permissionGroups().list(sim.accountId()).toList())
        .extracting(g -> g.name())
        .contains("Account Settings Read", "DNS Write");
    var member =
        client.members().list(sim.accountId(), MemberListParams.status("accepted")).stream()
            .findFirst()
            .orElseThrow();
    assertThat(client.members().get(sim.accountId(), member.id())).isEqualTo(member);
  }

  @Test
  void auditLogsAndAlerts(CloudflareSimulator sim) {
    var client = client(sim, "account-token");
    var entries =
        client.auditLogs().list(sim.accountId(), AuditLogParams.between(null, null)).toList();
    assertThat(entries).hasSize(sim.state().read(s -> s.audit(sim.accountId()).size()));
    assertThat(entries.getFirst().when()).isAfterOrEqualTo(entries.getLast().when());
    var alerts = client.alerting().history(sim.accountId(), null, null).toList();
    assertThat(alerts).hasSize(40);
    var middle = alerts.get(20).sent();
    assertThat(client.alerting().history(sim.accountId(), middle, null).toList())
        .allSatisfy(a -> assertThat(a.sent()).isAfter(middle));
    assertThat(client.alerting().policies(sim.accountId())).hasSize(5);
  }

  @Test
  void settingsAndAccessRules(CloudflareSimulator sim) {
    var zone = zone(sim);
    var read = client(sim, "account-token");
    assertThat(read.zoneSettings().list(zone))
        .extracting(s -> s.id())
        .contains("ssl", "min_tls_version", "always_use_https", "tls_1_3", "security_level");
    var writer = client(sim, "global-key");
    assertThat(writer.zoneSettings().update(zone, "min_tls_version", "1.2").text())
        .isEqualTo("1.2");
    assertThat(writer.zoneSettings().updateAll(zone, Map.of("ssl", "strict")))
        .extracting(s -> s.text())
        .containsExactly("strict");
    assertThat(read.zoneSettings().get(zone, "ssl").text()).isEqualTo("strict");
    var rule =
        writer
            .ipAccessRules()
            .create(Scope.ACCOUNT, sim.accountId(), "block", "ip", "198.51.100.9", "test");
    assertThat(
            read.ipAccessRules().list(Scope.ACCOUNT, sim.accountId(), "block", null, null).toList())
        .extracting(r -> r.id())
        .contains(rule.id());
    assertThat(
            writer
                .ipAccessRules()
                .update(Scope.ACCOUNT, sim.accountId(), rule.id(), "challenge", null)
                .mode())
        .isEqualTo("challenge");
    assertThat(writer.ipAccessRules().delete(Scope.ACCOUNT, sim.accountId(), rule.id()))
        .isEqualTo(rule.id());
    var zoneRule =
        writer.ipAccessRules().create(Scope.ZONE, zone, "challenge", "country", "NL", null);
    assertThat(read.ipAccessRules().list(Scope.ZONE, zone, null, "country", "NL").toList())
        .hasSize(1);
    writer.ipAccessRules().delete(Scope.ZONE, zone, zoneRule.id());
  }

  @Test
  void dnsAnalyticsAndGraphQl(CloudflareSimulator sim) {
    var client = client(sim, "account-token");
    var until = Instant.now().truncatedTo(ChronoUnit.HOURS);
    var report =
        client
            .dnsAnalytics()
            .report(
                zone(sim),
                DnsAnalyticsParams.queriesByNameTypeAndCode(
                    until.minus(6, ChronoUnit.HOURS), until));
    assertThat(report.data()).isNotEmpty();
    assertThat(report.totals().get("queryCount").asLong()).isPositive();
    var byTime =
        client
            .dnsAnalytics()
            .byTime(
                zone(sim),
                DnsAnalyticsParams.queriesByNameTypeAndCode(until.minus(3, ChronoUnit.HOURS), until)
                    .withTimeDelta("hour"));
    assertThat(byTime.timeIntervals()).hasSize(3);
    var today = LocalDate.now(ZoneOffset.UTC);
    var data =
        client
            .graphQl()
            .query(
                "query ($zone: string, $from: Date!, $to: Date!) { viewer { zones(filter: {zoneTag: $zone}) { httpRequests1dGroups(limit: 7, filter: {date_geq: $from, date_leq: $to}) { dimensions { date } sum { requests } } } } }",
                Map.of(
                    "zone",
                    zone(sim),
                    "from",
                    today.minusDays(2).toString(),
                    "to",
                    today.toString()));
    assertThat(data.path("viewer").path("zones").get(0).path("httpRequests1dGroups").size())
        .isEqualTo(3);
    assertThatThrownBy(
            () ->
                client
                    .graphQl()
                    .query(
                        "{ viewer { zones(filter: {zoneTag: \""
                            + zone(sim)
                            + "\"}) { nope(limit: 1) { count } } } }",
                        null))
        .isInstanceOfSatisfying(
            GraphQlException.class,
            e -> assertThat(e.graphQlErrors()).containsExactly("unknown field \"nope\""));
    assertThatThrownBy(
            () ->
                client(sim, "zone-dns-read-only")
                    .graphQl()
                    .query(
                        "{ viewer { zones(filter: {zoneTag: \""
                            + zone(sim)
                            + "\"}) { zoneTag } } }",
                        null))
        .isInstanceOfSatisfying(
            GraphQlException.class, e -> assertThat(e.explanation()).contains("Analytics Read"));
  }

  /** An R2 bucket, for the nested cursor list. */
  record Bucket(String name, String location) {}

  @Test
  void r2Buckets_nestedCursorList(CloudflareSimulator sim) {
    var client = client(sim, "account-token");
    var request =
        CloudflareRequest.builder("GET", "/accounts/" + sim.accountId() + "/r2/buckets")
            .query("per_page", 2)
            .build();
    var buckets = client.listNested(request, Bucket.class, "buckets", Paged.Style.CURSOR).toList();
    assertThat(buckets).hasSize(5).extracting(Bucket::name).doesNotHaveDuplicates();
    assertThat(sim.counters().get("GET /accounts/{account_id}/r2/buckets 200")).isEqualTo(3L);
  }
}
