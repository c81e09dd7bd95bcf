package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.api.PurgeRequest;
import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.LocationRestrictedException;
import dev.flarelink.cloudflare.error.NoRouteException;
import dev.flarelink.cloudflare.error.PagingException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.model.DnsBatch;
import dev.flarelink.cloudflare.model.DnsRecordInput;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.ScriptedResponse;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.SeedSpec;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against the simulator over real HTTP: paging, faults, retries, errors, writes. */
class WireTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(11, 140, 12, 4, 8, 120, 60)));

  /** Every request any test here sent, checked against the official schema at the end. */
  static final List<CloudflareRequest> SENT = new CopyOnWriteArrayList<>();

  private final ManualTime time = new ManualTime();

  private CloudflareClient client(CloudflareSimulator sim, String credential) {
    var named = sim.state().read(s -> s.credential(credential));
    var value =
        named.kind().equals("global_api_key")
            ? Credential.globalApiKey(named.secret(), named.email())
            : Credential.apiToken(named.secret());
    Interceptor recorder =
        chain -> {
          SENT.add(chain.request());
          return chain.proceed(chain.request());
        };
    return CloudflareClient.builder()
        .baseUrl(sim.baseUrl())
        .credential(value)
        .clock(time)
        .sleeper(time)
        .addInterceptor(recorder)
        .build();
  }

  @AfterAll
  static void everySentRequestConformsToTheSchema() {
    RequestContract.check(SENT);
  }

  @Test
  void members_allPages_equalTheSimulatorsState(CloudflareSimulator sim) {
    var members =
        client(sim, "account-token").members().list(sim.accountId(), MemberListParams.ALL).toList();
    var truth = sim.state().read(s -> s.members(sim.accountId()));
    assertThat(members).hasSize(truth.size());
    assertThat(members)
        .extracting(m -> m.id())
        .containsExactlyElementsOf(truth.stream().map(m -> m.id()).toList());
    assertThat(sim.counters().get("GET /accounts/{account_id}/members 200")).isEqualTo(4L);
    var pending = members.stream().filter(m -> m.status().equals("pending")).toList();
    assertThat(pending).hasSize(12).allSatisfy(m -> assertThat(m.user().id()).isNull());
  }

  @Test
  void zonesAndDnsRecords_withFilters(CloudflareSimulator sim) {
    var client = client(sim, "account-token");
    var zones = client.zones().list(ZoneListParams.ALL).toList();
    assertThat(zones).hasSize(8);
    var acme =
        client.zones().list(ZoneListParams.ALL.withName(TextMatch.contains("acme"))).toList();
    assertThat(acme).isNotEmpty().allSatisfy(z -> assertThat(z.name()).contains("acme"));
    var zone = zones.getFirst().id();
    var all = client.dnsRecords().list(zone, DnsRecordListParams.ALL).toList();
    assertThat(all).hasSize(120);
    var pointing =
        client
            .dnsRecords()
            .list(
                zone,
                DnsRecordListParams.builder()
                    .type("A")
                    .content(TextMatch.exact("192.168.1.1"))
                    .build())
            .toList();
    var expected =
        all.stream().filter(r -> r.type().equals("A") && r.content().equals("192.168.1.1")).count();
    assertThat(pointing)
        .hasSize((int) expected)
        .allSatisfy(r -> assertThat(r.content()).isEqualTo("192.168.1.1"));
    assertThat(client.zoneSettings().get(zone, "ssl").text())
        .isIn("off", "flexible", "full", "strict");
  }

  @Test
  void a429WithRetryAfter_isWaitedOut_andTheCallSucceeds(CloudflareSimulator sim) {
    sim.enqueue(
        ScriptedResponse.json(
                429,
                "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"Please wait and consider throttling your request speed\"}],\"messages\":[],\"result\":null}")
            .withHeader("Retry-After", "2"));
    var zone = sim.state().read(s -> s.zones().getFirst().id());
    assertThat(client(sim, "account-token").zones().get(zone).id()).isEqualTo(zone);
    assertThat(time.sleeps).contains(Duration.ofSeconds(2));
  }

  @Test
  void anHtml502_isAServerErrorWithTheRayId(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("5xx=1,html=1"));
    var client =
        CloudflareClient.builder()
            .baseUrl(sim.baseUrl())
            .credential(Credential.apiToken(sim.secret("account-token")))
            .clock(time)
            .sleeper(time)
            .retryPolicy(RetryPolicy.NONE)
            .build();
    assertThatThrownBy(() -> client.zones().list(ZoneListParams.ALL).toList())
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.isHtmlPage()).isTrue();
              assertThat(e.rayId()).endsWith("-SIM");
              assertThat(e.getMessage()).contains("cf-ray " + e.rayId());
            });
  }

  @Test
  void faultsOn_theImportStillEqualsTheTruth(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("429=0.1,5xx=0.15,html=0.5,cut=0.1,malformed=0.05"));
    var client =
        CloudflareClient.builder()
            .baseUrl(sim.baseUrl())
            .credential(Credential.apiToken(sim.secret("account-token")))
            .clock(time)
            .sleeper(time)
            .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(10))
            .build();
    var ids = new HashSet<String>();
    client
        .members()
        .list(sim.accountId(), MemberListParams.ALL)
        .forEach(m -> assertThat(ids.add(m.id())).isTrue());
    assertThat(ids).hasSize(sim.state().read(s -> s.members(sim.accountId()).size()));
    var failures =
        sim.counters().entrySet().stream()
            .filter(e -> !e.getKey().endsWith(" 200"))
            .mapToLong(e -> e.getValue())
            .sum();
    assertThat(failures).as("faults were injected").isPositive();
  }

  @Test
  void aRepeatedPage_stopsTheStreamWithAClearError(CloudflareSimulator sim) {
    sim.setFaults(Faults.parse("accounts-page-bug"));
    assertThatThrownBy(() -> client(sim, "account-token").accounts().list(null).toList())
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("repeats");
  }

  @Test
  void namedCredentials_getTheirTypedErrors(CloudflareSimulator sim) {
    var zone = sim.state().read(s -> s.zones().getFirst().id());
    assertThatThrownBy(
            () ->
                client(sim, "no-account-settings")
                    .members()
                    .list(sim.accountId(), MemberListParams.ALL)
                    .toList())
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.explanation()).contains("Account Settings → Read"));
    assertThatThrownBy(
            () ->
                client(sim, "other-account")
                    .members()
                    .list(sim.accountId(), MemberListParams.ALL)
                    .toList())
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> {
              assertThat(e.codes()).containsExactly(9109);
              assertThat(e.explanation()).contains("resources do not include this account");
            });
    assertThatThrownBy(() -> client(sim, "expired").zones().get(zone))
        .isInstanceOf(InvalidCredentialException.class);
    assertThatThrownBy(() -> client(sim, "ip-restricted").zones().get(zone))
        .isInstanceOfSatisfying(
            LocationRestrictedException.class,
            e -> assertThat(e.location()).isEqualTo("127.0.0.1"));
    assertThatThrownBy(() -> client(sim, "account-token").zones().get("not-an-id"))
        .isInstanceOf(NoRouteException.class);
    assertThat(client(sim, "expired").tokens().verifyAccountToken(sim.accountId()).status())
        .isEqualTo("expired");
  }

  @Test
  void dnsWrites_andBatch_changeTheState(CloudflareSimulator sim) {
    var client = client(sim, "dns-write");
    var zone = sim.state().read(s -> s.zones().get(1).id());
    int before = sim.state().read(s -> s.records(zone).size());
    var created =
        client
            .dnsRecords()
            .create(
                zone,
                DnsRecordInput.of("A", "wire", "192.0.2.10")
                    .withTtl(300)
                    .withComment("made by a test"));
    assertThat(created.name()).startsWith("wire.");
    var patched =
        client
            .dnsRecords()
            .patch(
                zone,
                created.id(),
                new DnsRecordInput(
                    null, null, null, "192.0.2.11", null, null, null, null, null, null));
    assertThat(patched.content()).isEqualTo("192.0.2.11");
    assertThat(patched.comment()).isEqualTo("made by a test");
    var result =
        client
            .dnsRecords()
            .batch(
                zone,
                new DnsBatch(
                    List.of(new DnsBatch.RecordId(created.id())),
                    List.of(),
                    List.of(),
                    List.of(DnsRecordInput.of("TXT", "batch", "hello"))));
    assertThat(result.deletes()).hasSize(1);
    assertThat(result.posts()).hasSize(1);
    assertThat((int) sim.state().read(s -> s.records(zone).size())).isEqualTo(before + 1);
    assertThat(client.dnsRecords().export(zone)).contains("batch.").contains("IN\tTXT");
    assertThat(client.cache().purge(zone, PurgeRequest.hosts(List.of("www.example.com"))))
        .hasSize(32);
    assertThat(client.dnsRecords().delete(zone, result.posts().getFirst().id()))
        .isEqualTo(result.posts().getFirst().id());
  }
}
