package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.MalformedResponseException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.error.TransportException;
import dev.flarelink.cloudflare.model.DnsRecordInput;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import dev.flarelink.cloudflare.ratelimit.SlidingWindowRateBudget;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.cloudflare.retry.WaitListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryAndBudgetTest {

  private static final String OK =
      "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"%s\",\"name\":\"example.com\"}}";
  private static final String ZONE = "0123456789abcdef0123456789abcdef";

  private final ManualTime time = new ManualTime();
  private final CannedTransport transport = new CannedTransport();

  private CloudflareClient client(RetryPolicy policy) {
    return CloudflareClient.builder()
        .credential(Credential.apiToken("x".repeat(40)))
        .transport(transport)
        .clock(time)
        .sleeper(time)
        .random(RandomGenerator.of("L64X128MixRandom"))
        .retryPolicy(policy)
        .build();
  }

  private static TransportException transportFailure(boolean sent) {
    return new TransportException(
        new ErrorContext(0, List.of(), null, "GET", "/", null), "cut", sent, null);
  }

  @Test
  void retryAfterSeconds_isWaitedOut_thenTheCallSucceeds() {
    transport.json(
        429,
        "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"wait\"}]}",
        "Retry-After",
        "3");
    transport.json(200, OK.formatted(ZONE));
    var zone = client(RetryPolicy.DEFAULT).zones().get(ZONE);
    assertThat(zone.id()).isEqualTo(ZONE);
    assertThat(time.sleeps).contains(Duration.ofSeconds(3));
  }

  @Test
  void aWaitListener_hearsEveryWait_withItsReasonAndEnd() {
    var heard = new ArrayList<String>();
    var listener =
        new WaitListener() {
          @Override
          public void waiting(Reason reason, Instant until) {
            heard.add(reason + " until " + until);
          }

          @Override
          public void resumed() {
            heard.add("resumed at " + time.instant());
          }
        };
    transport.json(
        429,
        "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"wait\"}]}",
        "Retry-After",
        "3");
    transport.json(200, OK.formatted(ZONE));
    var client =
        CloudflareClient.builder()
            .credential(Credential.apiToken("y".repeat(40)))
            .transport(transport)
            .clock(time)
            .sleeper(time)
            .waitListener(listener)
            .build();
    client.zones().get(ZONE);
    assertThat(heard)
        .containsExactly(
            "RATE_LIMITED until 2026-11-23T12:00:03Z", "resumed at 2026-11-23T12:00:03Z");

    heard.clear();
    var budgeted =
        CloudflareClient.builder()
            .credential(Credential.apiToken("z".repeat(40)))
            .transport(transport)
            .clock(time)
            .sleeper(time)
            .rateBudgets(
                new RateBudgetRegistry(
                    new RateBudgetRegistry.RateLimit(1, Duration.ofSeconds(10)),
                    RateBudgetRegistry.DEFAULT_GRAPHQL,
                    time,
                    time))
            .waitListener(listener)
            .build();
    transport.json(200, OK.formatted(ZONE));
    transport.json(200, OK.formatted(ZONE));
    budgeted.zones().get(ZONE);
    budgeted.zones().get(ZONE);
    assertThat(heard)
        .containsExactly(
            "RATE_BUDGET until 2026-11-23T12:00:13Z", "resumed at 2026-11-23T12:00:13Z");
  }

  @Test
  void retryAfterMs_winsOverRetryAfter() {
    transport.json(
        429,
        "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"wait\"}]}",
        "retry-after-ms",
        "250",
        "Retry-After",
        "9");
    transport.json(200, OK.formatted(ZONE));
    client(RetryPolicy.DEFAULT).zones().get(ZONE);
    assertThat(time.sleeps).contains(Duration.ofMillis(250));
  }

  @Test
  void retryAfterHttpDate_isRelativeToTheClock() {
    transport.json(
        429,
        "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"wait\"}]}",
        "Retry-After",
        "Mon, 23 Nov 2026 12:00:05 GMT");
    transport.json(200, OK.formatted(ZONE));
    client(RetryPolicy.DEFAULT).zones().get(ZONE);
    assertThat(time.sleeps).contains(Duration.ofSeconds(5));
  }

  @Test
  void aWaitLongerThanAllowed_isNotSatOut() {
    transport.json(
        429,
        "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"wait\"}]}",
        "Retry-After",
        "300");
    assertThatThrownBy(() -> client(RetryPolicy.DEFAULT).zones().get(ZONE))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(5)));
    assertThat(time.sleeps).doesNotContain(Duration.ofMinutes(5));
  }

  @Test
  void serverErrors_backOffExponentially_andGiveUpAfterMaxAttempts() {
    for (int i = 0; i < 4; i++) {
      transport.html(502, "<html>Bad gateway</html>");
    }
    assertThatThrownBy(() -> client(RetryPolicy.DEFAULT).zones().get(ZONE))
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.isHtmlPage()).isTrue();
              assertThat(e.rayId()).isEqualTo("8abc-LHR");
            });
    assertThat(transport.sent).hasSize(4);
    var backoffs = time.sleeps.stream().filter(d -> d.toMillis() >= 300).toList();
    assertThat(backoffs).hasSize(3);
    assertThat(backoffs.get(0).toMillis()).isBetween(375L, 500L);
    assertThat(backoffs.get(1).toMillis()).isBetween(750L, 1000L);
    assertThat(backoffs.get(2).toMillis()).isBetween(1500L, 2000L);
  }

  @Test
  void aCreateIsNotRetried_afterItMayHaveBeenApplied() {
    transport.json(502, "{\"success\":false,\"errors\":[{\"code\":10002,\"message\":\"x\"}]}");
    assertThatThrownBy(
            () ->
                client(RetryPolicy.DEFAULT)
                    .dnsRecords()
                    .create(ZONE, DnsRecordInput.of("A", "www", "192.0.2.1")))
        .isInstanceOf(ServerErrorException.class);
    assertThat(transport.sent).hasSize(1);
    transport.fail(transportFailure(true));
    assertThatThrownBy(
            () ->
                client(RetryPolicy.DEFAULT)
                    .dnsRecords()
                    .create(ZONE, DnsRecordInput.of("A", "www", "192.0.2.1")))
        .isInstanceOf(TransportException.class);
    assertThat(transport.sent).hasSize(2);
  }

  @Test
  void aCreateIsRetried_whenTheConnectionNeverOpened_orOn429() {
    var created =
        "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\""
            + ZONE
            + "\",\"type\":\"A\"}}";
    transport.fail(transportFailure(false));
    transport.json(
        429,
        "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"wait\"}]}",
        "Retry-After",
        "1");
    transport.json(200, created);
    var record =
        client(RetryPolicy.DEFAULT)
            .dnsRecords()
            .create(ZONE, DnsRecordInput.of("A", "www", "192.0.2.1"));
    assertThat(record.id()).isEqualTo(ZONE);
    assertThat(transport.sent).hasSize(3);
  }

  @Test
  void truncatedJson_isAMalformedResponse_retriedForReads() {
    transport.json(200, "{\"success\":true,\"result\":{\"id\":\"ab");
    transport.json(200, OK.formatted(ZONE));
    assertThat(client(RetryPolicy.DEFAULT).zones().get(ZONE).id()).isEqualTo(ZONE);
    transport.json(200, "{\"success\":true,\"result\":[{\"id\":");
    assertThatThrownBy(
            () ->
                client(RetryPolicy.NONE).dnsRecords().list(ZONE, DnsRecordListParams.ALL).toList())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("could not be decoded");
  }

  @Test
  void successWithoutAResult_isAMalformedResponse() {
    transport.json(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":null}");
    assertThatThrownBy(() -> client(RetryPolicy.NONE).zones().get(ZONE))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("success without a result");
  }

  @Test
  void budget_neverExceedsTheWindow_andWaitsForTheOldestToExpire() {
    var budget = new SlidingWindowRateBudget(3, Duration.ofSeconds(10), time, time);
    budget.acquire(Duration.ofHours(1));
    budget.acquire(Duration.ofHours(1));
    budget.acquire(Duration.ofHours(1));
    assertThat(time.sleeps).isEmpty();
    budget.acquire(Duration.ofHours(1));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10));
    assertThat(budget.snapshot().used()).isEqualTo(1);
  }

  @Test
  void budget_followsTheServersRemainingCount_andA429Pause() {
    var budget = new SlidingWindowRateBudget(1200, Duration.ofMinutes(5), time, time);
    budget.record("\"default\";r=0;t=42", 200, null);
    budget.acquire(Duration.ofHours(1));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(42));
    budget.record(null, 429, Duration.ofSeconds(7));
    assertThat(budget.snapshot().pausedUntil()).isNotNull();
    budget.acquire(Duration.ofHours(1));
    assertThat(time.sleeps).last().isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void budget_refusesAWaitLongerThanAllowed_andSpendsNothing() {
    var budget = new SlidingWindowRateBudget(1, Duration.ofMinutes(5), time, time);
    assertThat(budget.acquire(Duration.ofSeconds(5))).isNull();
    assertThat(budget.acquire(Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(5));
    assertThat(time.sleeps).isEmpty();
    assertThat(budget.snapshot().used()).isEqualTo(1);
  }

  @Test
  void anInteractiveClient_failsFastWhenTheServerSaysTheBudgetIsSpent() {
    transport.json(200, OK.formatted(ZONE), "Ratelimit", "\"default\";r=0;t=120");
    var client = client(RetryPolicy.DEFAULT.withMaxRetryAfter(Duration.ofSeconds(5)));
    client.zones().get(ZONE);
    assertThatThrownBy(() -> client.zones().get(ZONE))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofMinutes(2));
              assertThat(e.explanation()).contains("next request may go in 120 s");
            });
    assertThat(time.sleeps).isEmpty();
    assertThat(transport.sent).hasSize(1);
  }

  @Test
  void clientsOfOneCredential_shareOneBudget() {
    var registry =
        new RateBudgetRegistry(
            new RateBudgetRegistry.RateLimit(2, Duration.ofSeconds(60)),
            new RateBudgetRegistry.RateLimit(1, Duration.ofSeconds(60)),
            time,
            time);
    var first =
        CloudflareClient.builder()
            .credential(Credential.apiToken("y".repeat(40)))
            .transport(transport)
            .rateBudgets(registry)
            .clock(time)
            .sleeper(time)
            .build();
    var second =
        CloudflareClient.builder()
            .credential(Credential.apiToken("y".repeat(40)))
            .transport(transport)
            .rateBudgets(registry)
            .clock(time)
            .sleeper(time)
            .build();
    transport
        .json(200, OK.formatted(ZONE))
        .json(200, OK.formatted(ZONE))
        .json(200, OK.formatted(ZONE));
    first.zones().get(ZONE);
    second.zones().get(ZONE);
    assertThat(time.sleeps).isEmpty();
    first.zones().get(ZONE);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(60));
    assertThat(second.budget().used()).isEqualTo(1);
  }
}
