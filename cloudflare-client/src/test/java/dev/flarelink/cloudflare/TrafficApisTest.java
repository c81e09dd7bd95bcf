package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.model.HealthCheckInput;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Zone writes, load balancing and health checks against the simulator; every request sent is
 * checked against Cloudflare's official schema.
 */
class TrafficApisTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final List<CloudflareRequest> SENT = new CopyOnWriteArrayList<>();

  @AfterAll
  static void requestsConform() {
    RequestContract.check(SENT);
  }

  private static CloudflareClient client(CloudflareSimulator sim, String name) {
    return client(sim, name, true);
  }

  /** A client for a named credential; {@code recorded}: its requests are checked at the end. */
  private static CloudflareClient client(CloudflareSimulator sim, String name, boolean recorded) {
    var named = sim.state().read(s -> s.credential(name));
    var credential =
        named.kind().equals("global_api_key")
            ? Credential.globalApiKey(named.secret(), named.email())
            : Credential.apiToken(named.secret());
    Interceptor recorder =
        chain -> {
          if (recorded) {
            SENT.add(chain.request());
          }
          return chain.proceed(chain.request());
        };
    return CloudflareClient.builder()
        .baseUrl(sim.baseUrl())
        .credential(credential)
        .addInterceptor(recorder)
        .build();
  }

  private static String zoneId(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.zones().stream()
                    .filter(z -> z.accountId().equals(sim.accountId()))
                    .findFirst()
                    .orElseThrow()
                    .id());
  }

  @Test
  void zones_areCreatedPausedAndDeleted(CloudflareSimulator sim) {
    var client = client(sim, "global-key");
    var zone = client.zones().create(sim.accountId(), "traffic-test.example", "full");
    assertThat(zone.name()).isEqualTo("traffic-test.example");
    assertThat(zone.status()).isEqualTo("pending");
    assertThat(zone.paused()).isFalse();

    assertThat(client.zones().setPaused(zone.id(), true).paused()).isTrue();
    assertThat(client.zones().get(zone.id()).paused()).isTrue();
    assertThat(client.zones().setPaused(zone.id(), false).paused()).isFalse();

    assertThat(client.zones().delete(zone.id())).isEqualTo(zone.id());
    assertThatThrownBy(() -> client.zones().get(zone.id()))
        .isInstanceOfAny(NotFoundException.class, PermissionDeniedException.class);

    // Sent on purpose against the schema (a type it does not list), so not recorded.
    var unchecked = client(sim, "global-key", false);
    assertThatThrownBy(() -> unchecked.zones().create(sim.accountId(), "other.example", "cname"))
        .as("Cloudflare's 1001 here is an invalid request, not a credential problem")
        .isInstanceOf(InvalidRequestException.class);
    var reader = client(sim, "account-token");
    assertThatThrownBy(() -> reader.zones().setPaused(zoneId(sim), true))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void pools_monitorsAndLoadBalancers_areRead_andOriginsPatched(CloudflareSimulator sim) {
    var client = client(sim, "global-key");
    var account = sim.accountId();
    var pools = client.loadBalancers().pools(account).toList();
    assertThat(pools).isNotEmpty();
    var pool = pools.getFirst();
    assertThat(pool.origins()).isNotEmpty();
    assertThat(client.loadBalancers().pool(account, pool.id()).name()).isEqualTo(pool.name());

    var monitors = client.loadBalancers().monitors(account).toList();
    assertThat(monitors).isNotEmpty();
    assertThat(client.loadBalancers().monitor(account, monitors.getFirst().id()).type())
        .isEqualTo(monitors.getFirst().type());
    var watched = pools.stream().filter(p -> p.monitor() != null).findFirst().orElseThrow();
    var health = client.loadBalancers().poolHealth(account, watched.id());
    assertThat(health.poolId()).isEqualTo(watched.id());
    assertThat(health.popHealth()).isNotEmpty();

    var balancers = client.loadBalancers().list(zoneId(sim)).toList();
    assertThat(balancers).isNotEmpty();
    var balancer = balancers.getFirst();
    assertThat(balancer.defaultPools()).isNotEmpty();
    assertThat(client.loadBalancers().get(zoneId(sim), balancer.id()).name())
        .isEqualTo(balancer.name());

    var origins = pool.origins();
    var drained =
        origins.stream()
            .map(o -> o.name().equals(origins.getFirst().name()) ? o.withEnabled(false) : o)
            .toList();
    var patched = client.loadBalancers().patchOrigins(account, pool.id(), drained);
    assertThat(patched.origins().getFirst().isEnabled()).isFalse();
    assertThat(patched.origins()).hasSameSizeAs(origins);
    assertThat(patched.origins().getFirst().address()).isEqualTo(origins.getFirst().address());

    var reader = client(sim, "account-token");
    assertThat(reader.loadBalancers().pools(account).toList()).hasSameSizeAs(pools);
    assertThatThrownBy(() -> reader.loadBalancers().patchOrigins(account, pool.id(), origins))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void healthChecks_areCreatedListedAndDeleted(CloudflareSimulator sim) {
    var client = client(sim, "global-key");
    var zone = zoneId(sim);
    var before = client.healthChecks().list(zone).toList();
    var http =
        client
            .healthChecks()
            .create(
                zone,
                new HealthCheckInput(
                    "api-origin",
                    "origin.example.net",
                    "HTTPS",
                    "checks the API origin",
                    "/health",
                    8443,
                    30,
                    null,
                    null,
                    List.of("WEU")));
    assertThat(http.httpConfig()).isNotNull();
    assertThat(http.httpConfig().path()).isEqualTo("/health");
    assertThat(http.httpConfig().port()).isEqualTo(8443);
    assertThat(http.checkRegions()).containsExactly("WEU");
    var tcp =
        client
            .healthChecks()
            .create(
                zone,
                new HealthCheckInput(
                    "ssh", "192.0.2.10", "TCP", null, null, 22, null, null, null, List.of()));
    assertThat(tcp.tcpConfig()).isNotNull();
    assertThat(tcp.httpConfig()).isNull();
    assertThat(client.healthChecks().list(zone).toList()).hasSize(before.size() + 2);
    assertThat(client.healthChecks().get(zone, http.id()).name()).isEqualTo("api-origin");

    assertThat(client.healthChecks().delete(zone, tcp.id())).isEqualTo(tcp.id());
    assertThatThrownBy(() -> client.healthChecks().get(zone, tcp.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                client
                    .healthChecks()
                    .create(
                        zone,
                        new HealthCheckInput(
                            "bad",
                            "not an address",
                            "HTTP",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of())))
        .isInstanceOf(InvalidRequestException.class);
  }
}
