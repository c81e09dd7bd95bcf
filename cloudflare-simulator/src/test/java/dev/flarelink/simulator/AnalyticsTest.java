package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.flarelink.simulator.analytics.TrafficModel;
import dev.flarelink.simulator.contract.OpenApiContract;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnalyticsTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static String zone(CloudflareSimulator sim) {
    return sim.state().read(s -> s.zones().getFirst().id());
  }

  private static long truth(CloudflareSimulator sim, Instant since, Instant until, String code) {
    var zone = sim.state().read(s -> s.zones().getFirst());
    var model = new TrafficModel(sim.state().seed());
    long total = 0;
    for (long hour = TrafficModel.hourOf(since);
        hour <= TrafficModel.hourOf(until.minusNanos(1));
        hour++) {
      for (var name : TrafficModel.queryNames(zone.name())) {
        for (var type : TrafficModel.QUERY_TYPES) {
          total += model.dnsQueries(zone.id(), name, type, code, hour);
        }
      }
    }
    return total;
  }

  @Test
  void dnsReport_totalsEqualTheModel_andConformToTheSchema(CloudflareSimulator sim) {
    var until = Instant.now().truncatedTo(ChronoUnit.HOURS);
    var since = until.minus(24, ChronoUnit.HOURS);
    var path = "/zones/" + zone(sim) + "/dns_analytics/report";
    var query =
        "?metrics=queryCount&dimensions=queryName,responseCode&filters=responseCode==NXDOMAIN&since="
            + since
            + "&until="
            + until;
    var reply = RawHttp.as(sim, "account-token").get(path + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var result = reply.json().path("result");
    assertThat(result.path("totals").path("queryCount").asLong())
        .isEqualTo(truth(sim, since, until, "NXDOMAIN"));
    result
        .path("data")
        .forEach(row -> assertThat(row.path("dimensions").get(1).asText()).isEqualTo("NXDOMAIN"));
    assertThat(OpenApiContract.checkResponse("GET", path, 200, reply.body())).isEmpty();
  }

  @Test
  void dnsReportByTime_hasOneValuePerInterval(CloudflareSimulator sim) {
    var until = Instant.now().truncatedTo(ChronoUnit.HOURS);
    var since = until.minus(6, ChronoUnit.HOURS);
    var reply =
        RawHttp.as(sim, "account-token")
            .get(
                "/zones/"
                    + zone(sim)
                    + "/dns_analytics/report/bytime?dimensions=queryType&time_delta=hour&since="
                    + since
                    + "&until="
                    + until);
    var result = reply.json().path("result");
    assertThat(result.path("time_intervals").size()).isEqualTo(6);
    result.path("data").forEach(row -> assertThat(row.path("metrics").get(0).size()).isEqualTo(6));
  }

  @Test
  void dnsReport_needsAnalyticsRead_andRefusesUnknownMetrics(CloudflareSimulator sim) {
    assertThat(
            RawHttp.as(sim, "zone-dns-read-only")
                .get("/zones/" + zone(sim) + "/dns_analytics/report")
                .codes())
        .containsExactly(10000);
    assertThat(
            RawHttp.as(sim, "account-token")
                .get("/zones/" + zone(sim) + "/dns_analytics/report?metrics=bogus")
                .status())
        .isEqualTo(400);
  }

  private static RawHttp.Reply graphQl(
      CloudflareSimulator sim, String credential, String query, String variables) {
    var body = "{\"query\":" + TextNode.valueOf(query) + ",\"variables\":" + variables + "}";
    return RawHttp.as(sim, credential).send("POST", "/graphql", body);
  }

  @Test
  void graphQl_trafficPerDay_sumsTheModel(CloudflareSimulator sim) {
    var today = LocalDate.now(ZoneOffset.UTC);
    var query =
        "query Traffic($zone: string, $from: Date!, $to: Date!) { viewer { zones(filter: {zoneTag: $zone}) {"
            + " httpRequests1dGroups(limit: 31, filter: {date_geq: $from, date_leq: $to}, orderBy: [date_ASC]) {"
            + " dimensions { date } sum { requests cachedRequests bytes threats pageViews } uniq { uniques } } } } }";
    var reply =
        graphQl(
            sim,
            "account-token",
            query,
            "{\"zone\":\""
                + zone(sim)
                + "\",\"from\":\""
                + today.minusDays(6)
                + "\",\"to\":\""
                + today
                + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("errors").isNull()).isTrue();
    var days =
        reply.json().path("data").path("viewer").path("zones").get(0).path("httpRequests1dGroups");
    assertThat(days.size()).isEqualTo(7);
    assertThat(days.get(0).path("dimensions").path("date").asText())
        .isEqualTo(today.minusDays(6).toString());
    var zone = sim.state().read(s -> s.zones().getFirst().id());
    var model = new TrafficModel(sim.state().seed());
    long expected = 0;
    for (long hour = TrafficModel.hourOf(today); hour < TrafficModel.hourOf(today) + 24; hour++) {
      for (var status : TrafficModel.STATUSES) {
        for (var country : TrafficModel.COUNTRIES) {
          expected += model.httpRequests(zone, status, country, hour);
        }
      }
    }
    assertThat(days.get(6).path("sum").path("requests").asLong()).isEqualTo(expected);
  }

  @Test
  void graphQl_dnsByTypeAndCode_andStatusesByCountry(CloudflareSimulator sim) {
    var end = Instant.now().truncatedTo(ChronoUnit.HOURS);
    var start = end.minus(24, ChronoUnit.HOURS);
    var query =
        "{ viewer { zones(filter: {zoneTag: \""
            + zone(sim)
            + "\"}) {"
            + " dns: dnsAnalyticsAdaptiveGroups(limit: 100, filter: {datetime_geq: \""
            + start
            + "\", datetime_leq: \""
            + end
            + "\"}, orderBy: [count_DESC]) { count dimensions { queryType responseCode } }"
            + " http: httpRequestsAdaptiveGroups(limit: 100, filter: {datetime_geq: \""
            + start
            + "\", datetime_leq: \""
            + end
            + "\"}) { count dimensions { edgeResponseStatus clientCountryName } sum { edgeResponseBytes } } } } }";
    var reply = graphQl(sim, "account-token", query, "{}");
    var zoneNode = reply.json().path("data").path("viewer").path("zones").get(0);
    var dns = zoneNode.path("dns");
    assertThat(dns.size())
        .isEqualTo(TrafficModel.QUERY_TYPES.size() * TrafficModel.RESPONSE_CODES.size());
    assertThat(dns.get(0).path("count").asLong())
        .isGreaterThanOrEqualTo(dns.get(1).path("count").asLong());
    assertThat(zoneNode.path("http").size())
        .isEqualTo(TrafficModel.STATUSES.size() * TrafficModel.COUNTRIES.size());
    assertThat(zoneNode.path("http").get(0).path("dimensions").path("edgeResponseStatus").isInt())
        .isTrue();
  }

  @Test
  void graphQl_limitsAndErrors(CloudflareSimulator sim) {
    var zone = zone(sim);
    var old = Instant.now().minus(40, ChronoUnit.DAYS);
    var tooOld =
        graphQl(
            sim,
            "account-token",
            "{ viewer { zones(filter: {zoneTag: \""
                + zone
                + "\"}) { dnsAnalyticsAdaptiveGroups(limit: 10, filter: {datetime_geq: \""
                + old
                + "\", datetime_leq: \""
                + old.plusSeconds(3600)
                + "\"}) { count } } } }",
            "{}");
    assertThat(tooOld.status()).isEqualTo(200);
    assertThat(tooOld.json().path("data").isNull()).isTrue();
    assertThat(tooOld.json().path("errors").get(0).path("message").asText())
        .isEqualTo("cannot request data older than 2678400s");
    var now = Instant.now();
    var tooLong =
        graphQl(
            sim,
            "account-token",
            "{ viewer { zones(filter: {zoneTag: \""
                + zone
                + "\"}) { dnsAnalyticsAdaptiveGroups(limit: 10, filter: {datetime_geq: \""
                + now.minus(5, ChronoUnit.DAYS)
                + "\", datetime_leq: \""
                + now
                + "\"}) { count } } } }",
            "{}");
    assertThat(tooLong.json().path("errors").get(0).path("message").asText())
        .startsWith("query time range is too large");
    var tags = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      tags.append('"').append(zone).append("\",");
    }
    var tooMany =
        graphQl(
            sim,
            "account-token",
            "{ viewer { zones(filter: {zoneTag_in: [" + tags + "]}) { zoneTag } } }",
            "{}");
    assertThat(tooMany.json().path("errors").get(0).path("message").asText())
        .contains("at most 10");
    var unknown =
        graphQl(
            sim,
            "account-token",
            "{ viewer { zones(filter: {zoneTag: \""
                + zone
                + "\"}) { bogusGroups(limit: 1) { count } } } }",
            "{}");
    assertThat(unknown.json().path("errors").get(0).path("message").asText())
        .isEqualTo("unknown field \"bogusGroups\"");
    var unauthorized =
        graphQl(
            sim,
            "zone-dns-read-only",
            "{ viewer { zones(filter: {zoneTag: \"" + zone + "\"}) { zoneTag } } }",
            "{}");
    assertThat(unauthorized.status()).isEqualTo(403);
    assertThat(unauthorized.json().path("errors").get(0).path("message").asText())
        .contains("are not authorized");
    var broken = graphQl(sim, "account-token", "{ viewer { zones(filter: ", "{}");
    assertThat(broken.json().path("errors").get(0).path("message").asText())
        .startsWith("error parsing args");
  }
}
