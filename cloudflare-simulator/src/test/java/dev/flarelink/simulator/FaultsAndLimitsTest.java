package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.simulator.faults.FaultInjector;
import dev.flarelink.simulator.faults.Faults;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsAndLimitsTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @Test
  void everyResponse_carriesRateLimitHeadersAndRay(CloudflareSimulator sim) {
    var reply = RawHttp.as(sim, "account-token").get("/zones");
    assertThat(reply.header("Ratelimit")).matches("\"default\";r=\\d+;t=\\d+");
    assertThat(reply.header("Ratelimit-Policy")).isEqualTo("\"default\";q=1200;w=300");
    assertThat(reply.header("cf-ray")).isNotBlank();
  }

  @Test
  void exceedingTheLimit_is429With971_andBlocksForTheWindow(CloudflareSimulator sim) {
    sim.setRateLimit(5, Duration.ofSeconds(60));
    try {
      var http = RawHttp.as(sim, "zone-dns-read-only");
      for (int i = 0; i < 5; i++) {
        assertThat(http.get("/zones").status()).isEqualTo(200);
      }
      var limited = http.get("/zones");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.codes()).containsExactly(971);
      assertThat(limited.header("Retry-After")).isEqualTo("60");
      assertThat(RawHttp.as(sim, "account-token").get("/zones").status()).isEqualTo(200);
    } finally {
      sim.setRateLimit(1200, Duration.ofMinutes(5));
    }
  }

  @Test
  void aResponse_takesAtLeastTheLatency_fromItsRequestsArrival(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("latency=150"));
    try {
      var http = RawHttp.as(sim, "account-token");
      for (int i = 0; i < 3; i++) {
        var started = System.nanoTime();
        assertThat(http.get("/zones").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .isGreaterThanOrEqualTo(Duration.ofMillis(150));
      }
    } finally {
      sim.setFaults(Faults.NONE);
    }
  }

  @Test
  void htmlServerError_isA502Page(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("5xx=1,html=1"));
    var reply = RawHttp.as(sim, "account-token").get("/zones");
    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.header("content-type")).startsWith("text/html");
    assertThat(reply.body()).contains("Cloudflare Ray ID: " + reply.header("cf-ray"));
  }

  @Test
  void jsonServerError_isAFailureEnvelope(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("5xx=1,html=0"));
    var reply = RawHttp.as(sim, "account-token").get("/zones");
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json().path("success").asBoolean()).isFalse();
  }

  @Test
  void injected429_hasRetryAfter_andComesInBursts(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("429=1,burst=2"));
    var reply = RawHttp.as(sim, "account-token").get("/zones");
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void cutConnection_endsTheBodyEarly(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("cut=1"));
    assertThatThrownBy(() -> RawHttp.as(sim, "account-token").get("/zones"))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void malformed_isA200WithBrokenJson(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("malformed=1"));
    var reply = RawHttp.as(sim, "account-token").get("/zones");
    assertThat(reply.status()).isEqualTo(200);
    assertThatThrownBy(reply::json).isInstanceOf(AssertionError.class);
  }

  @Test
  void slowBody_trickles_butArrivesWhole(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("slow=1,slow-ms=400"));
    var started = System.nanoTime();
    var reply = RawHttp.as(sim, "account-token").get("/zones");
    var millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("result").size()).isPositive();
    assertThat(millis).as("the body took its time").isGreaterThanOrEqualTo(300);
  }

  @Test
  void faults_areDeterministicForASeed() {
    var plan = Faults.parse("429=0.2,5xx=0.2,cut=0.1");
    var first = new FaultInjector(plan, 99);
    var second = new FaultInjector(plan, 99);
    for (int i = 0; i < 200; i++) {
      assertThat(first.next()).isEqualTo(second.next());
    }
  }

  @Test
  void faultSpec_rejectsUnknownNames() {
    assertThatThrownBy(() -> Faults.parse("explode=1"))
        .hasMessageContaining("Unknown fault 'explode'");
    assertThatThrownBy(() -> Faults.parse("429=2")).hasMessageContaining("between 0 and 1");
  }

  @Test
  void accountsPageBug_ignoresPageForAccountTokens(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("accounts-page-bug"));
    var http = RawHttp.as(sim, "account-token");
    var one = http.get("/accounts?page=1").json();
    var two = http.get("/accounts?page=2").json();
    assertThat(two.path("result")).isEqualTo(one.path("result"));
    assertThat(two.path("result_info").path("page").asInt()).isEqualTo(2);
  }

  @Test
  void scriptedMode_answersInOrder_andRecordsRequests(CloudflareSimulator sim) {
    sim.enqueue(ScriptedResponse.json(429, "{\"success\":false}").withHeader("Retry-After", "3"));
    var reply = RawHttp.anonymous(sim).get("/anything?x=1");
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("3");
    var recorded = sim.takeRequest();
    assertThat(recorded.path()).isEqualTo("/anything");
    assertThat(recorded.param("x")).isEqualTo("1");
  }
}
