package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.Entities.Alert;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.testkit.TestApi;
import dev.flarelink.testkit.TestHttp;
import dev.flarelink.testkit.TestHttp.Reply;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Alerts, DNS analytics and GraphQL analytics over the REST API. */
class AnalyticsApiTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(21, 5, 0, 0, 12, 4, 120)));

  private static final String KEY = "flk_analyticsTestKey_0123456789abcdefghijk";

  @TempDir Path dir;

  private FlarelinkServer server;

  private Reply call(String method, String path, String body) throws Exception {
    return TestHttp.call(server.url(), KEY, method, path, body);
  }

  private JsonNode get(String path) throws Exception {
    var reply = call("GET", path, null);
    assertThat(reply.status()).as(path + " → " + reply.body()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void alertsAndAnalytics_matchWhatCloudflareHolds(CloudflareSimulator sim) throws Exception {
    try (var started = FlarelinkServer.start(sim, dir, null, KEY)) {
      server = started;
      var base =
          "/api/v1/connections/"
              + new TestApi(server.url(), KEY)
                  .saveConnection(sim, "a", "account-token", null, false);

      var alerts = sim.state().read(s -> List.copyOf(s.alerts(sim.accountId())));
      var sorted = alerts.stream().sorted(Comparator.comparing(Alert::sent).reversed()).toList();
      var middle = sorted.get(sorted.size() / 2).sent();
      var page = get(base + "/alerts?per_page=10&page=2");
      assertThat(page.path("paging").path("total").asInt()).isEqualTo(alerts.size());
      var ids = new ArrayList<String>();
      page.path("alerts").forEach(a -> ids.add(a.path("id").asText()));
      assertThat(ids)
          .containsExactlyElementsOf(sorted.subList(10, 20).stream().map(Alert::id).toList());
      var recent = get(base + "/alerts?per_page=1000&since=" + middle);
      assertThat(recent.path("paging").path("total").asLong())
          .isEqualTo(alerts.stream().filter(a -> a.sent().isAfter(middle)).count());
      assertThat(get(base + "/alert-policies").path("policies"))
          .hasSize(sim.state().read(s -> s.alertPolicies(sim.accountId()).size()));

      var zones =
          sim.state()
              .read(
                  s ->
                      s.zones().stream()
                          .filter(z -> z.accountId().equals(sim.accountId()))
                          .toList());
      var zone = zones.get(0);
      var day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
      var dayStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
      var traffic =
          get(base + "/analytics/traffic?zones=" + zone.name() + "&since=" + day + "&until=" + day);
      assertThat(traffic.path("rows")).hasSize(1);
      var dailyRequests = traffic.path("rows").get(0).path("requests").asLong();
      assertThat(dailyRequests).isPositive();
      var range = "&since=" + dayStart + "&until=" + dayStart.plusSeconds(86_400);
      var statuses =
          get(base + "/analytics/graphql?question=status_codes&zones=" + zone.id() + range);
      var countries =
          get(base + "/analytics/graphql?question=countries&zones=" + zone.id() + range);
      assertThat(sum(statuses, "requests"))
          .as("the hourly dataset by status adds up to the daily dataset's requests")
          .isEqualTo(dailyRequests)
          .isEqualTo(sum(countries, "requests"));
      var dnsQueries =
          get(base + "/analytics/graphql?question=dns_queries&zones=" + zone.name() + range);
      assertThat(
              dnsQueries.path("rows").get(0).has("query_type")
                  || dnsQueries.path("rows").get(0).has("queryType"))
          .isTrue();

      var raw =
          call(
              "POST",
              base + "/analytics/graphql",
              "{\"query\":\"query { viewer { zones(filter: {zoneTag: \\\""
                  + zone.id()
                  + "\\\"}) { httpRequests1dGroups(limit: 5, filter: {date_geq: \\\""
                  + day
                  + "\\\", date_leq: \\\""
                  + day
                  + "\\\"}) { sum { requests } } } } }\"}");
      assertThat(raw.status()).as(raw.body()).isEqualTo(200);
      assertThat(raw.json().path("data").findValue("requests").asLong()).isEqualTo(dailyRequests);

      var report = get(base + "/analytics/dns?zone=" + zone.name());
      assertThat(report.path("rows")).isNotEmpty();
      assertThat(report.path("rows").get(0).path("queries").asLong()).isPositive();

      var eleven = String.join(",", Collections.nCopies(11, zone.id()));
      var tooMany = call("GET", base + "/analytics/traffic?zones=" + eleven, null);
      assertThat(tooMany.status()).isEqualTo(400);
      assertThat(tooMany.json().path("detail").asText()).contains("at most 10 zones");
      var tooLong =
          call(
              "GET",
              base
                  + "/analytics/graphql?question=countries&zones="
                  + zone.id()
                  + "&since="
                  + Instant.now().minusSeconds(5 * 86_400),
              null);
      assertThat(tooLong.status()).isEqualTo(400);
      assertThat(tooLong.json().path("detail").asText()).contains("at most 3 days");
      var refused =
          call(
              "POST",
              base + "/analytics/graphql",
              "{\"query\":\"query { viewer { zones(filter: {zoneTag: \\\""
                  + zone.id()
                  + "\\\"}) { httpRequestsAdaptiveGroups(limit: 5, filter: {datetime_geq: \\\"2020-01-01T00:00:00Z\\\", datetime_lt: \\\"2020-01-02T00:00:00Z\\\"}) { count } } } }\"}");
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.json().path("detail").asText())
          .contains("older than")
          .contains("Its limits");
      assertThat(call("GET", base + "/analytics/graphql?question=everything", null).status())
          .isEqualTo(400);
      assertThat(call("GET", base + "/alerts?since=2026-02-01&before=2026-01-01", null).status())
          .isEqualTo(400);
    }
  }

  private static long sum(JsonNode answer, String column) {
    long total = 0;
    for (var row : answer.path("rows")) {
      total += row.path(column).asLong();
    }
    return total;
  }
}
