package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.state.SeedSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingAndFiltersTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(7, 120, 10, 5, 12, 60, 80)));

  @Test
  void members_defaultTwenty_clampedToFifty_andEmptyPastTheEnd(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var base = "/accounts/" + sim.accountId() + "/members";
    var first = http.get(base).json();
    assertThat(first.path("result").size()).isEqualTo(20);
    assertThat(first.path("result_info").path("total_count").asInt()).isEqualTo(135);
    var big = http.get(base + "?per_page=500").json().path("result_info");
    assertThat(big.path("per_page").asInt()).isEqualTo(50);
    assertThat(big.path("total_pages").asInt()).isEqualTo(3);
    var small = http.get(base + "?per_page=1").json().path("result_info");
    assertThat(small.path("per_page").asInt()).isEqualTo(5);
    var last = http.get(base + "?per_page=50&page=3").json();
    assertThat(last.path("result").size()).isEqualTo(35);
    assertThat(last.path("result_info").path("count").asInt()).isEqualTo(35);
    var past = http.get(base + "?per_page=50&page=4");
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.json().path("result").size()).isZero();
    assertThat(past.json().path("result_info").path("page").asInt()).isEqualTo(4);
  }

  @Test
  void members_statusFilter_andPendingHaveNoUserId(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var pending =
        http.get("/accounts/" + sim.accountId() + "/members?status=pending&per_page=50")
            .json()
            .path("result");
    assertThat(pending.size()).isEqualTo(10);
    pending.forEach(m -> assertThat(m.path("user").has("id")).isFalse());
    var rejected =
        http.get("/accounts/" + sim.accountId() + "/members?status=rejected").json().path("result");
    assertThat(rejected.size()).isEqualTo(5);
    var bad = http.get("/accounts/" + sim.accountId() + "/members?status=gone");
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void members_orderByEmailDescending(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var emails = new ArrayList<String>();
    http.get(
            "/accounts/" + sim.accountId() + "/members?order=user.email&direction=desc&per_page=50")
        .json()
        .path("result")
        .forEach(m -> emails.add(m.path("email").asText()));
    var sorted = new ArrayList<>(emails);
    sorted.sort(Comparator.reverseOrder());
    assertThat(emails).isEqualTo(sorted);
  }

  @Test
  void zones_nameOperators_andStatus(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var all = names(http.get("/zones?per_page=50").json());
    assertThat(all).hasSize(12);
    assertThat(names(http.get("/zones?name=contains:acme").json()))
        .allMatch(n -> n.contains("acme"))
        .isNotEmpty();
    assertThat(names(http.get("/zones?name=ends_with:.net").json()))
        .allMatch(n -> n.endsWith(".net"));
    assertThat(names(http.get("/zones?name=" + all.getFirst()).json()))
        .containsExactly(all.getFirst());
    var active = http.get("/zones?status=active&per_page=50").json().path("result");
    active.forEach(z -> assertThat(z.path("status").asText()).isEqualTo("active"));
  }

  @Test
  void dnsRecords_defaultOrderType_andFilters(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var zone = http.get("/zones").json().path("result").get(0).path("id").asText();
    var base = "/zones/" + zone + "/dns_records";
    var page = http.get(base).json();
    assertThat(page.path("result_info").path("per_page").asInt()).isEqualTo(100);
    var types = new ArrayList<String>();
    page.path("result").forEach(r -> types.add(r.path("type").asText()));
    assertThat(types).isSorted();
    http.get(base + "?type=A&content.exact=192.168.1.1")
        .json()
        .path("result")
        .forEach(r -> assertThat(r.path("content").asText()).isEqualTo("192.168.1.1"));
    var any =
        http.get(base + "?type=MX&name.startswith=www&match=any&per_page=500")
            .json()
            .path("result");
    any.forEach(
        r ->
            assertThat(
                    r.path("type").asText().equals("MX")
                        || r.path("name").asText().startsWith("www"))
                .isTrue());
    var proxied = http.get(base + "?proxied=true&per_page=500").json().path("result");
    proxied.forEach(r -> assertThat(r.path("proxied").asBoolean()).isTrue());
    assertThat(http.get(base + "?type=BOGUS").status()).isEqualTo(400);
  }

  @Test
  void alertHistory_newestFirst_withSinceAndBefore(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var base = "/accounts/" + sim.accountId() + "/alerting/v3/history";
    var page = http.get(base + "?per_page=1000").json();
    assertThat(page.path("result").size()).isEqualTo(80);
    var sent = new ArrayList<String>();
    page.path("result").forEach(a -> sent.add(a.path("sent").asText()));
    assertThat(sent).isSortedAccordingTo(Comparator.reverseOrder());
    var middle = sent.get(40);
    var newer = http.get(base + "?per_page=1000&since=" + middle).json().path("result");
    newer.forEach(a -> assertThat(a.path("sent").asText()).isGreaterThan(middle));
    assertThat(http.get(base).json().path("result_info").path("per_page").asInt()).isEqualTo(25);
  }

  private static List<String> names(JsonNode page) {
    var names = new ArrayList<String>();
    page.path("result").forEach(z -> names.add(z.path("name").asText()));
    return names;
  }

  @Test
  void r2Buckets_pageByCursor_inResultBuckets(CloudflareSimulator sim) {
    var http = RawHttp.as(sim, "account-token");
    var base = "/accounts/" + sim.accountId() + "/r2/buckets?per_page=5";
    var names = new ArrayList<String>();
    String cursor = null;
    var pages = 0;
    do {
      var page = http.get(base + (cursor == null ? "" : "&cursor=" + cursor)).json();
      page.path("result").path("buckets").forEach(b -> names.add(b.path("name").asText()));
      cursor = page.path("result_info").path("cursor").asText(null);
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(names).hasSize(12).doesNotHaveDuplicates();
    assertThat(http.get(base + "&cursor=not-a-cursor!").status()).isEqualTo(400);
  }
}
