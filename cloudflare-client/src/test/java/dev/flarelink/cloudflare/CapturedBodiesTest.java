package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.AccountTokenNotSupportedException;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.error.InvalidCredentialHeadersException;
import dev.flarelink.cloudflare.error.LocationRestrictedException;
import dev.flarelink.cloudflare.error.MissingCredentialsException;
import dev.flarelink.cloudflare.error.NoRouteException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.simulator.contract.OpenApiContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real captured body (the simulator's test resources, {@code cloudflare-examples/}) parses to
 * the right result or error.
 */
class CapturedBodiesTest {

  private final ManualTime time = new ManualTime();
  private final CannedTransport transport = new CannedTransport();
  private final CloudflareClient client =
      CloudflareClient.builder()
          .credential(Credential.apiToken("x".repeat(40)))
          .transport(transport)
          .clock(time)
          .sleeper(time)
          .retryPolicy(RetryPolicy.NONE)
          .build();

  static String example(String name) {
    return OpenApiContract.capturedBody(name);
  }

  @Test
  void membersList() {
    transport.json(200, example("members-list.json"));
    var members = client.members().list("a".repeat(32), MemberListParams.ALL).toList();
    assertThat(members).hasSize(1);
    var member = members.getFirst();
    assertThat(member.status()).isEqualTo("accepted");
    assertThat(member.user().email()).isEqualTo("user@example.com");
    assertThat(member.user().twoFactorAuthenticationEnabled()).isFalse();
    assertThat(member.roles().getFirst().permissions().get("analytics").edit()).isTrue();
    assertThat(member.roles().getFirst().permissions().get("billing").edit()).isFalse();
  }

  @Test
  void rolesList() {
    transport.json(200, example("roles-list.json"));
    var roles = client.members().roles("a".repeat(32)).toList();
    assertThat(roles.getFirst().name()).isEqualTo("Account Administrator");
    assertThat(roles.getFirst().permissions().get("dns_records").read()).isTrue();
  }

  @Test
  void zonesList_withDuplicateZones_isNotMistakenForARepeatedPage() {
    transport.json(200, example("zones-list.json"));
    var zones = client.zones().list(ZoneListParams.ALL).toList();
    assertThat(zones).hasSize(2);
    assertThat(zones.getFirst().plan().name()).isEqualTo("Pro Plan");
    assertThat(zones.getFirst().createdOn()).isEqualTo(Instant.parse("2014-01-01T05:20:00.12345Z"));
    assertThat(zones.getFirst().developmentMode()).isEqualTo(7200);
  }

  @Test
  void dnsRecordsList() {
    transport.json(200, example("dns-records-list.json"));
    var records = client.dnsRecords().list("z".repeat(32), DnsRecordListParams.ALL).toList();
    assertThat(records.getFirst().content()).isEqualTo("198.51.100.4");
    assertThat(records.getFirst().ttl()).isEqualTo(120);
    assertThat(records.getFirst().comment()).isNull();
  }

  @Test
  void alertHistory_withObjectAlertBody() {
    transport.json(200, example("alert-history-list.json"));
    var alerts = client.alerting().history("a".repeat(32), null, null).toList();
    assertThat(alerts.getFirst().alertBody().path("metadata").path("event").path("type").asText())
        .isEqualTo("ssl.certificate.validation.failed");
    assertThat(alerts.getFirst().sent()).isEqualTo(Instant.parse("2021-10-08T17:52:17.571336Z"));
  }

  @Test
  void userTokenDetails_withPoliciesAndIpCondition() {
    transport.json(200, example("user-token-details.json"));
    var token = client.tokens().getUserToken("ed17574386854bf78a67040be0a770b0");
    assertThat(token.policies().getFirst().permissionGroups())
        .extracting("name")
        .containsExactly("Zone Read", "DNS Read");
    assertThat(token.condition().requestIp().in()).contains("192.0.2.0/24");
    assertThat(token.condition().requestIp().notIn()).contains("198.51.100.0/24");
  }

  @ParameterizedTest
  @CsvSource({
    "token-verify.json,2020-01-01T00:00:00Z",
    "token-verify-sdk-fixture.json,2020-01-01T00:00:00Z",
    "token-verify-observed.json,"
  })
  void tokenVerify(String file, String expires) {
    transport.json(200, example(file));
    var verification = client.tokens().verifyUserToken();
    assertThat(verification.status()).isEqualTo("active");
    assertThat(verification.expiresOn()).isEqualTo(expires == null ? null : Instant.parse(expires));
  }

  @Test
  void missingHeaders_withoutMessagesOrResult() {
    transport.json(400, example("error-400-missing-auth-headers.json"));
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOfSatisfying(
            MissingCredentialsException.class,
            e -> {
              assertThat(e.codes()).containsExactly(9106);
              assertThat(e.rayId()).isEqualTo("8abc123def456-SJC");
            });
  }

  @Test
  void malformedAuthorization_keepsTheChain() {
    transport.json(400, example("error-400-invalid-authorization-header.json"));
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOfSatisfying(
            InvalidCredentialHeadersException.class,
            e -> {
              assertThat(e.codes()).containsExactly(6003, 6111);
              assertThat(e.explanation()).contains("Authorization header");
              assertThat(e.getMessage()).contains("Invalid format for Authorization header (6111)");
            });
  }

  @Test
  void malformedKey_andEmail() {
    transport.json(400, example("error-400-invalid-x-auth-key.json"));
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOfSatisfying(
            InvalidCredentialHeadersException.class,
            e -> assertThat(e.explanation()).contains("X-Auth-Key"));
    transport.json(400, example("error-400-invalid-x-auth-email-and-key.json"));
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOfSatisfying(
            InvalidCredentialHeadersException.class,
            e -> {
              assertThat(e.codes()).containsExactly(6003, 6102, 6103);
              assertThat(e.explanation()).contains("X-Auth-Email");
            });
  }

  @Test
  void noRoute_singleAndDouble() {
    transport.json(400, example("error-400-no-route-7003.json"));
    assertThatThrownBy(() -> client.zones().get("myZone.xxx")).isInstanceOf(NoRouteException.class);
    transport.json(400, example("error-400-no-route-7003-7000-multi.json"));
    assertThatThrownBy(() -> client.zones().get("x"))
        .isInstanceOfSatisfying(
            NoRouteException.class,
            e -> {
              assertThat(e.codes()).containsExactly(7003, 7000);
              assertThat(e.getMessage())
                  .contains("(7003)")
                  .contains("No route for that URI (7000)");
            });
  }

  @Test
  void accountTokenOnListAccounts() {
    transport.json(400, example("error-400-account-token-on-list-accounts-1001.json"));
    assertThatThrownBy(() -> client.accounts().list(null).toList())
        .isInstanceOf(AccountTokenNotSupportedException.class);
  }

  @Test
  void authenticationError_namesThePermissionToAdd() {
    transport.json(403, example("error-403-authentication-error.json"));
    assertThatThrownBy(() -> client.members().list("a".repeat(32), MemberListParams.ALL).toList())
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> {
              assertThat(e.explanation()).contains("Account → Account Settings → Read");
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.path()).startsWith("/accounts/" + "a".repeat(32) + "/members");
            });
  }

  @Test
  void ipRestricted_namesTheAddress() {
    transport.json(403, example("error-403-token-ip-restricted-9109.json"));
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOfSatisfying(
            LocationRestrictedException.class,
            e -> {
              assertThat(e.location()).isEqualTo("183.154.104.196");
              assertThat(e.explanation()).contains("183.154.104.196");
            });
  }

  @ParameterizedTest
  @CsvSource({"error-429-rate-limited.json,971", "error-429-rate-limited-legacy-10100.json,10100"})
  void rateLimited_carriesTheWait(String file, int code) {
    transport.json(429, example(file), "Retry-After", "17");
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.codes()).containsExactly(code);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
              assertThat(e.explanation()).contains("17 s");
            });
  }

  @Test
  void graphQlErrorInside200() {
    transport.json(200, example("graphql-error-example.json"));
    assertThatThrownBy(
            () ->
                client
                    .graphQl()
                    .query("{ viewer { zones { firewallEventsAdaptiveGroups { count } } } }", null))
        .isInstanceOfSatisfying(
            GraphQlException.class,
            e -> {
              assertThat(e.graphQlErrors())
                  .containsExactly("cannot request data older than 2678400s");
              assertThat(e.explanation()).contains("narrow the time range");
              assertThat(e.isRetryable()).isFalse();
            });
  }

  @Test
  void everyTypedError_isACloudflareException() {
    transport.json(403, example("error-403-authentication-error.json"));
    assertThatThrownBy(() -> client.zones().get("z".repeat(32)))
        .isInstanceOf(CloudflareException.class);
  }
}
