package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.Check.Status;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.state.Entities;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diagnosis of every named credential of the simulator, and the other cases the guides name.
 */
class ConnectionTesterTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static ConnectionTester tester(String baseUrl) {
    return new ConnectionTester(
        credential ->
            CloudflareClient.builder()
                .baseUrl(baseUrl)
                .credential(credential)
                .rateBudgets(
                    new RateBudgetRegistry(
                        RateBudgetRegistry.DEFAULT_REST,
                        RateBudgetRegistry.DEFAULT_GRAPHQL,
                        Clock.systemUTC(),
                        Sleeper.system()))
                .retryPolicy(
                    RetryPolicy.DEFAULT.withMaxAttempts(2).withMaxRetryAfter(Duration.ofSeconds(1)))
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .build(),
        Clock.systemUTC());
  }

  private static TestReport test(CloudflareSimulator sim, String name, List<String> services) {
    return test(sim, name, sim.accountId(), null, services);
  }

  private static TestReport test(
      CloudflareSimulator sim,
      String name,
      String account,
      String statedKind,
      List<String> services) {
    var named = sim.state().read(s -> s.credential(name));
    var key = named.kind().equals("global_api_key");
    var input =
        new ConnectionInput(
            "t",
            account,
            statedKind,
            null,
            key ? null : named.secret(),
            key ? named.secret() : null,
            named.email(),
            services);
    return tester(sim.baseUrl()).test(new ConnectionValidator().validateForTest(input));
  }

  private static Check check(TestReport report, String id) {
    return report
        .check(id)
        .orElseThrow(() -> new AssertionError("no check " + id + " in " + report.checks()));
  }

  @Test
  void accountToken_everyReadServiceWorks(CloudflareSimulator sim) {
    var report = test(sim, "account-token", null);
    assertThat(report.ok()).as(report.checks().toString()).isTrue();
    assertThat(report.credentialKind()).isEqualTo(CredentialKind.ACCOUNT_TOKEN);
    assertThat(report.tokenStatus()).isEqualTo("active");
    assertThat(report.accountName()).isEqualTo("Acme Corp (simulated)");
    assertThat(report.services())
        .hasSize(5)
        .allSatisfy(
            (service, availability) ->
                assertThat(availability.available()).as(service.id()).isTrue());
    assertThat(check(report, "service.identity").message())
        .isEqualTo(
            "30 members and invitations visible; 2 declined invitations skipped (scans do not"
                + " import them)");
    assertThat(check(report, "credential").message())
        .contains("/user/tokens/verify never accepts account-owned tokens");
  }

  @Test
  void catalogueServices_countWhatEachTypeLists_andNameWhatIsMissing(CloudflareSimulator sim) {
    var services = List.of("security_rules", "certificates", "load_balancing");
    var all = test(sim, "account-token", services);
    assertThat(all.ok()).as(all.checks().toString()).isTrue();
    assertThat(check(all, "service.security_rules").message())
        .contains("rulesets (account): ", "rulesets (zone): ", "page_rules (zone): ")
        .endsWith(" visible");
    assertThat(check(all, "service.load_balancing").message())
        .contains("load_balancer_pools (account): ", "waiting_rooms (zone): ");

    var none = test(sim, "zone-dns-read-only", services);
    assertThat(none.ok()).isFalse();
    var certificates = check(none, "service.certificates");
    assertThat(certificates.status()).isEqualTo(Status.FAIL);
    assertThat(certificates.fix()).contains("Zone → SSL and Certificates → Read");
    assertThat(none.services().get(Service.LOAD_BALANCING).available()).isFalse();

    // Writes to rulesets and Page Rules imply reading them; IP access rules stay unread.
    var some = test(sim, "security-write", List.of("security_rules"));
    assertThat(check(some, "service.security_rules").status()).isEqualTo(Status.PASS);
    assertThat(check(some, "service.security_rules.partial").status()).isEqualTo(Status.WARN);
    assertThat(check(some, "service.security_rules.partial").fix())
        .contains("Account → Account Firewall Access Rules → Read")
        .doesNotContain("Page Rules");
  }

  @Test
  void legacyTokensAndKeys_areDetected_andAdvisedOn(CloudflareSimulator sim) {
    assertThat(test(sim, "legacy-account-token", null).credentialKind())
        .isEqualTo(CredentialKind.ACCOUNT_TOKEN);
    var user = test(sim, "legacy-user-token", null);
    assertThat(user.credentialKind()).isEqualTo(CredentialKind.USER_TOKEN);
    assertThat(check(user, "credential_scope").status()).isEqualTo(Status.WARN);
    var key = test(sim, "global-key", null);
    assertThat(key.ok()).isTrue();
    assertThat(key.credentialKind()).isEqualTo(CredentialKind.GLOBAL_API_KEY);
    assertThat(check(key, "credential_scope").message()).contains("full access");
  }

  @Test
  void withoutAccountSettingsRead_identityNamesThePermission(CloudflareSimulator sim) {
    var report = test(sim, "no-account-settings", List.of("identity", "inventory"));
    assertThat(report.ok()).isFalse();
    var identity = check(report, "service.identity");
    assertThat(identity.status()).isEqualTo(Status.FAIL);
    assertThat(identity.fix()).contains("Account → Account Settings → Read");
    assertThat(report.services().get(Service.IDENTITY).available()).isFalse();
    assertThat(report.services().get(Service.INVENTORY).available()).isTrue();
  }

  @Test
  void resourcesExcludingTheAccount_failTheAccountCheck(CloudflareSimulator sim) {
    var report = test(sim, "other-account", null);
    var account = check(report, "account");
    assertThat(account.status()).isEqualTo(Status.FAIL);
    assertThat(account.message())
        .contains("does not exist, or the token's resources do not include it");
    assertThat(report.services().values()).noneMatch(TestReport.Availability::available);
  }

  @Test
  void expiredDisabledAndExpiringSoon(CloudflareSimulator sim) {
    var expired = check(test(sim, "expired", null), "token_status");
    assertThat(expired.status()).isEqualTo(Status.FAIL);
    assertThat(expired.message()).contains("expired on 2026-01-01");
    assertThat(check(test(sim, "disabled", null), "token_status").message()).contains("disabled");
    var soon = test(sim, "expiring-soon", null);
    assertThat(soon.ok()).isTrue();
    assertThat(check(soon, "token_status").status()).isEqualTo(Status.WARN);
    assertThat(check(soon, "token_status").message()).contains("expires on").contains("days");
  }

  @Test
  void ipFilter_namesTheAddressToAllow(CloudflareSimulator sim) {
    var check = check(test(sim, "ip-restricted", null), "ip_allowed");
    assertThat(check.status()).isEqualTo(Status.FAIL);
    assertThat(check.fix()).contains("127.0.0.1");
  }

  @Test
  void zoneOnlyTokens_andWritePermissions(CloudflareSimulator sim) {
    var readOnly = test(sim, "zone-dns-read-only", List.of("inventory", "dns_write"));
    assertThat(check(readOnly, "account").status()).isEqualTo(Status.WARN);
    assertThat(check(readOnly, "zone_settings").status()).isEqualTo(Status.WARN);
    assertThat(check(readOnly, "service.dns_write").fix()).contains("Zone → DNS → Edit");
    var writer = test(sim, "dns-write", List.of("inventory", "dns_write", "cache_purge"));
    assertThat(check(writer, "service.dns_write").status()).isEqualTo(Status.PASS);
    assertThat(check(writer, "service.cache_purge").status()).isEqualTo(Status.PASS);
    assertThat((int) sim.state().read(s -> s.purges().size())).isZero();
  }

  @Test
  void wrongAccount_swappedSecrets_andAContradictedKind(CloudflareSimulator sim) {
    var missing = "f".repeat(32);
    assertThat(check(test(sim, "account-token", missing, null, null), "credential").fix())
        .contains("Account ID");
    assertThat(check(test(sim, "user-token", missing, null, null), "account").status())
        .isEqualTo(Status.FAIL);
    var key = sim.state().read(s -> s.credential("global-key"));
    var keyAsToken =
        new ConnectionInput("t", sim.accountId(), null, null, key.secret(), null, null, null);
    var report = tester(sim.baseUrl()).test(new ConnectionValidator().validate(keyAsToken));
    assertThat(check(report, "credential").message()).contains("not a well-formed API token");
    var tokenAsKey =
        new ConnectionInput(
            "t", sim.accountId(), null, null, null, sim.secret("account-token"), key.email(), null);
    assertThat(
            check(
                    tester(sim.baseUrl()).test(new ConnectionValidator().validate(tokenAsKey)),
                    "credential")
                .fix())
        .contains("API token is not a Global API Key");
    var stated = test(sim, "legacy-account-token", sim.accountId(), "user_token", null);
    assertThat(check(stated, "credential_kind").status()).isEqualTo(Status.WARN);
    assertThat(stated.credentialKind()).isEqualTo(CredentialKind.ACCOUNT_TOKEN);
  }

  @Test
  void rateLimitedAndUnreachable(CloudflareSimulator sim) {
    sim.setRateLimit(2, Duration.ofSeconds(60));
    try {
      var report = test(sim, "user-token", null);
      var limited = check(report, "rate_limit");
      assertThat(limited.status()).isEqualTo(Status.FAIL);
      assertThat(limited.fix()).matches("Retry after (59|60) s;.*");
    } finally {
      sim.setRateLimit(1200, Duration.ofMinutes(5));
    }
    var input =
        new ConnectionInput("t", sim.accountId(), null, null, "a".repeat(40), null, null, null);
    var unreachable =
        tester("http://127.0.0.1:1/client/v4").test(new ConnectionValidator().validate(input));
    assertThat(check(unreachable, "cloudflare_reachable").fix()).contains("api.cloudflare.com");
    assertThat(unreachable.ok()).isFalse();
  }

  @Test
  void noZonesVisible_isAWarning(CloudflareSimulator sim) {
    var source =
        sim.state().read(s -> s.tokenByValue(sim.secret("zone-dns-read-only")).orElseThrow());
    var policy =
        new Entities.TokenPolicy(
            "p",
            "allow",
            Map.of("com.cloudflare.api.account.zone." + "e".repeat(32), "*"),
            List.of("Zone Read", "DNS Read"));
    var value = "N".repeat(40);
    sim.state()
        .write(
            s -> {
              s.putToken(
                  new Entities.Token(
                      "e".repeat(32),
                      "no zones",
                      value,
                      source.accountId(),
                      null,
                      "active",
                      source.issuedOn(),
                      null,
                      null,
                      List.of(policy),
                      List.of(),
                      List.of()));
              return null;
            });
    var input =
        new ConnectionInput(
            "t", sim.accountId(), null, null, value, null, null, List.of("inventory"));
    var report = tester(sim.baseUrl()).test(new ConnectionValidator().validate(input));
    assertThat(check(report, "zones_visible").status()).isEqualTo(Status.WARN);
    assertThat(check(report, "zones_visible").fix()).contains("Zone Resources");
  }

  @Test
  void withoutAnAccountId_aGlobalKeyListsEveryAccountItReaches(CloudflareSimulator sim) {
    var report = test(sim, "global-key", null, null, null);
    assertThat(report.ok()).isFalse();
    assertThat(report.accountId()).isNull();
    var truth =
        sim.state()
            .read(
                s ->
                    s.accounts().stream()
                        .map(a -> new TestReport.AccountChoice(a.id(), a.name()))
                        .toList());
    assertThat(truth).hasSizeGreaterThan(1);
    assertThat(report.accounts()).containsExactlyInAnyOrderElementsOf(truth);
    assertThat(check(report, "credential").status()).isEqualTo(Status.PASS);
    var account = check(report, "account");
    assertThat(account.status()).isEqualTo(Status.FAIL);
    assertThat(account.message()).contains(String.valueOf(truth.size()) + " accounts");
    assertThat(account.fix()).contains("test again with its Account ID");
    assertThat(report.services().values())
        .allSatisfy(a -> assertThat(a.reason()).contains("pick an account first"));
    assertThat(report.finalFailure()).isEmpty();
  }

  @Test
  void withoutAnAccountId_aUserTokenListsTheAccountsItsResourcesInclude(CloudflareSimulator sim) {
    var report = test(sim, "user-token", null, null, null);
    assertThat(report.credentialKind()).isEqualTo(CredentialKind.USER_TOKEN);
    assertThat(report.accounts())
        .extracting(TestReport.AccountChoice::id)
        .containsExactly(sim.accountId());
    var other = test(sim, "other-account", null, null, null);
    assertThat(other.accounts())
        .extracting(TestReport.AccountChoice::id)
        .doesNotContain(sim.accountId())
        .hasSize(1);
  }

  @Test
  void withoutAnAccountId_anAccountTokenSaysWhereToFindTheId(CloudflareSimulator sim) {
    for (var name : List.of("account-token", "legacy-account-token")) {
      var report = test(sim, name, null, null, null);
      assertThat(report.ok()).as(name).isFalse();
      assertThat(report.accounts()).as(name).isEmpty();
      var account = check(report, "account");
      assertThat(account.status()).isEqualTo(Status.FAIL);
      assertThat(account.message()).as(name).contains("account-owned token");
      assertThat(account.fix())
          .as(name)
          .contains("Copy account ID")
          .contains("dash.cloudflare.com/");
    }
  }

  @Test
  void expiredAndDisabledTokensFailForGood_otherFailuresDoNot(CloudflareSimulator sim) {
    for (var name : List.of("expired", "disabled")) {
      var report = test(sim, name, null);
      assertThat(report.finalFailure()).as(name).isPresent();
      assertThat(report.finalFailure().get().id()).isEqualTo("token_status");
      assertThat(report.failureSummary()).startsWith("token_status: ");
    }
    var missing = test(sim, "no-account-settings", List.of("identity"));
    assertThat(missing.ok()).isFalse();
    assertThat(missing.finalFailure()).isEmpty();
    assertThat(missing.failureSummary()).contains("service.identity");
    assertThat(test(sim, "account-token", null).failureSummary()).isNull();
  }

  @Test
  void anAnswerWithoutResult_countsAsNone(CloudflareSimulator sim) {
    // Cloudflare's envelope may leave out "result"; the alerts probe then sees no alerts.
    var tester =
        new ConnectionTester(
            credential ->
                CloudflareClient.builder()
                    .baseUrl(sim.baseUrl())
                    .credential(credential)
                    .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1))
                    .addInterceptor(
                        chain -> {
                          var response = chain.proceed(chain.request());
                          if (!chain.request().pathWithQuery().contains("/alerting/v3/history")) {
                            return response;
                          }
                          var body =
                              "{\"success\":true,\"errors\":[],\"messages\":[]}"
                                  .getBytes(StandardCharsets.UTF_8);
                          return new CloudflareResponse(
                              response.status(), response.headers(), body);
                        })
                    .build(),
            Clock.systemUTC());
    var named = sim.state().read(s -> s.credential("account-token"));
    var input =
        new ConnectionInput(
            "t", sim.accountId(), null, null, named.secret(), null, null, List.of("alerts"));

    var report = tester.test(new ConnectionValidator().validateForTest(input));

    assertThat(check(report, "service.alerts").status()).isEqualTo(Status.PASS);
    assertThat(check(report, "service.alerts").message())
        .isEqualTo("0+ alerts in the last 30 days visible");
  }
}
