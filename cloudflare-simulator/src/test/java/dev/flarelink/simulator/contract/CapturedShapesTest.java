package dev.flarelink.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.RawHttp;
import dev.flarelink.simulator.SimulatorExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulator's answers to the situations of the captured bodies ({@code cloudflare-examples/})
 * have the captured bodies' shape: every key the capture has is there, with the same JSON type, and
 * error bodies carry the same codes and, where Cloudflare's text is fixed, the same messages.
 */
class CapturedShapesTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  /** Keys older captures have that today's API (and the simulator) no longer send. */
  private static final Set<String> HISTORIC =
      Set.of(
          "/result/0/code", // invite codes in the v0 SDK fixture
          "/result/0/plan_pending",
          "/result/0/owner/email",
          "/result/0/owner/owner_type",
          "/result/0/original_name_servers",
          "/result/0/data"); // `data: {}` on simple records in old fixtures (§5.4)

  /** Fields Cloudflare sends as null when unset (cloudflare-api.md §10.12). */
  private static final Set<String> NULLABLE =
      Set.of("/result/0/original_registrar", "/result/0/original_dnshost");

  /** Objects whose content depends on the alert type: only their JSON type is compared. */
  private static final Set<String> TYPE_SPECIFIC = Set.of("/result/0/alert_body/data");

  private static JsonNode example(String name) {
    try {
      return new ObjectMapper().readTree(OpenApiContract.capturedBody(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> shapeDifferences(JsonNode expected, JsonNode actual, String path) {
    var problems = new ArrayList<String>();
    if (HISTORIC.contains(path)
        || expected.isNull()
        || (actual.isNull() && NULLABLE.contains(path))) {
      return problems;
    }
    if (expected.getNodeType() != actual.getNodeType()
        && !(expected.isNumber() && actual.isNumber())) {
      problems.add(
          path
              + ": "
              + expected.getNodeType()
              + " in the capture, "
              + actual.getNodeType()
              + " here");
      return problems;
    }
    if (expected.isObject() && !TYPE_SPECIFIC.contains(path)) {
      expected
          .properties()
          .forEach(
              entry -> {
                var child = path + "/" + entry.getKey();
                if (HISTORIC.contains(child)) {
                  return;
                }
                if (!actual.has(entry.getKey())) {
                  problems.add(child + ": missing");
                } else {
                  problems.addAll(
                      shapeDifferences(entry.getValue(), actual.get(entry.getKey()), child));
                }
              });
    } else if (expected.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
      problems.addAll(shapeDifferences(expected.get(0), actual.get(0), path + "/0"));
    }
    return problems;
  }

  private static void sameShape(String file, RawHttp.Reply reply) {
    assertThat(shapeDifferences(example(file), reply.json(), "")).as(file).isEmpty();
  }

  @Test
  void successBodies(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var account = sim.accountId();
    sameShape("members-list.json", http.get("/accounts/" + account + "/members?status=accepted"));
    sameShape("roles-list.json", http.get("/accounts/" + account + "/roles"));
    sameShape("zones-list.json", http.get("/zones"));
    var zone = sim.state().read(s -> s.zones().getFirst().id());
    sameShape("dns-records-list.json", http.get("/zones/" + zone + "/dns_records?type=A"));
    sameShape("alert-history-list.json", http.get("/accounts/" + account + "/alerting/v3/history"));
    sameShape(
        "token-verify-observed.json", RawHttp.as(sim, "user-token").get("/user/tokens/verify"));
    sameShape(
        "token-verify.json",
        RawHttp.as(sim, "expired").get("/accounts/" + account + "/tokens/verify"));
  }

  private static void sameError(String file, RawHttp.Reply reply, boolean sameMessages) {
    var expected = example(file);
    var status = Integer.parseInt(file.substring("error-".length(), "error-".length() + 3));
    assertThat(reply.status()).as(file).isEqualTo(status);
    assertThat(shapeDifferences(expected, reply.json(), "")).as(file).isEmpty();
    assertThat(reply.json().path("errors").findValuesAsText("code"))
        .as(file)
        .isEqualTo(expected.path("errors").findValuesAsText("code"));
    if (sameMessages) {
      assertThat(reply.json().path("errors").findValuesAsText("message"))
          .as(file)
          .isEqualTo(expected.path("errors").findValuesAsText("message"));
    }
  }

  @Test
  void errorBodies(CloudflareSimulator sim) {
    var account = sim.accountId();
    var anonymous = RawHttp.anonymous(sim);
    sameError("error-400-missing-auth-headers.json", anonymous.get("/zones"), true);
    sameError(
        "error-400-invalid-authorization-header.json",
        RawHttp.anonymous(sim).header("Authorization", "Bearer nope").get("/zones"),
        true);
    sameError(
        "error-400-invalid-x-auth-key.json",
        RawHttp.anonymous(sim)
            .header("X-Auth-Key", sim.secret("account-token"))
            .header("X-Auth-Email", "a@example.com")
            .get("/zones"),
        true);
    sameError(
        "error-400-invalid-x-auth-email-and-key.json",
        RawHttp.anonymous(sim)
            .header("X-Auth-Key", "key")
            .header("X-Auth-Email", "nobody")
            .get("/zones"),
        true);
    sameError(
        "error-400-no-route-7003-7000-multi.json",
        RawHttp.as(sim, "account-token")
            .get("/zones/b5b82f8d72414f849bd96a50e6228ece/dns_records/645577699"),
        false);
    sameError(
        "error-400-account-token-on-list-accounts-1001.json",
        RawHttp.as(sim, "account-token").get("/accounts"),
        true);
    sameError(
        "error-403-authentication-error.json",
        RawHttp.as(sim, "no-account-settings").get("/accounts/" + account + "/members"),
        true);
    sameError(
        "error-403-token-ip-restricted-9109.json",
        RawHttp.as(sim, "ip-restricted").get("/zones"),
        false);
    sim.setRateLimit(1, Duration.ofSeconds(30));
    try {
      var http = RawHttp.as(sim, "zone-dns-read-only");
      http.get("/zones");
      sameError("error-429-rate-limited.json", http.get("/zones"), true);
    } finally {
      sim.setRateLimit(1200, Duration.ofMinutes(5));
    }
  }
}
