package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every inventory filter answers from the store exactly as Cloudflare's own filtering (the
 * simulator's, asked with {@code fresh}) answers, on both databases.
 */
class InventoryQueryTest {

  @RegisterExtension
  static SimulatorExtension cloudflare = new SimulatorExtension(InventoryScanTest.OPTIONS);

  @TempDir Path dir;

  private static DnsQuery dns(
      String type, String name, String content, Boolean proxied, String comment, String tag) {
    return new DnsQuery(
        null,
        type,
        TextMatches.parse(name),
        TextMatches.parse(content),
        proxied,
        TextMatches.parse(comment),
        tag,
        1,
        1000);
  }

  static List<DnsQuery> dnsQueries(String zoneName) {
    return List.of(
        dns("A", null, null, null, null, null),
        dns("MX", null, null, null, null, null),
        dns(null, null, "192.168.1.1", null, null, null),
        dns("A", null, "192.168.1.1", null, null, null),
        dns(null, null, "starts_with:203.0.113.1", null, null, null),
        dns(null, null, "ends_with:example.net", null, null, null),
        dns(null, null, "contains:SPF1", null, null, null),
        dns(null, "starts_with:www.", null, null, null, null),
        dns(null, "ends_with:.io", null, null, null, null),
        dns(null, "contains:H3.", null, null, null, null),
        dns(null, zoneName.toUpperCase(Locale.ROOT), null, null, null, null),
        dns(null, null, null, true, null, null),
        dns("CNAME", null, null, false, null, null),
        dns(null, null, null, null, "contains:terraform", null),
        dns(null, null, null, null, null, "env"),
        dns(null, null, null, null, null, "env:prod"),
        dns("AAAA", "ends_with:.dev", null, true, null, "env:prod"),
        dns(null, "contains:%", null, null, null, null),
        dns(null, "contains:_sip", null, null, null, null),
        dns("TXT", null, null, null, null, "nobody"));
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void storedAnswers_equalCloudflaresOwnFiltering(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = InventoryScanTest.setup(opened.database(), sim, "account-token", null)) {
      assertThat(setup.scan().state()).isEqualTo("succeeded");
      var zones = setup.queries().zones("w", setup.connectionId(), ZoneQuery.ALL, false).zones();
      var someZone = zones.get(7);
      var answered = 0;
      for (var query : dnsQueries(someZone.name())) {
        var stored = ids(setup.records(query, false));
        var fresh = ids(setup.records(query, true));
        assertThat(stored).as(query.toString()).isEqualTo(fresh);
        answered += stored.isEmpty() ? 0 : 1;
        var inZone = query.inZone(someZone.name());
        assertThat(ids(setup.records(inZone, false)))
            .as("in one zone: " + inZone)
            .isEqualTo(ids(setup.records(inZone, true)));
      }
      assertThat(answered).as("queries that match something").isGreaterThan(14);

      var zoneQueries =
          new ArrayList<>(
              Stream.of(
                      "contains:acme",
                      "starts_with:h",
                      "ends_with:.io",
                      someZone.name(),
                      "contains:NOPE")
                  .map(text -> new ZoneQuery(TextMatches.parse(text), null, 1, 1000))
                  .toList());
      // Cloudflare's zone list also takes not_equal; the store must not read it as contains.
      zoneQueries.add(
          new ZoneQuery(
              TextMatch.notEqual(someZone.name().toUpperCase(Locale.ROOT)), null, 1, 1000));
      for (var query : zoneQueries) {
        assertThat(zoneIds(setup, query, false))
            .as(query.toString())
            .isEqualTo(zoneIds(setup, query, true));
      }
      var active = new ZoneQuery(null, "active", 1, 1000);
      assertThat(zoneIds(setup, active, false)).isEqualTo(zoneIds(setup, active, true));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void pagingCoversEveryRecordOnce_andCountsTheTotal(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = InventoryScanTest.setup(opened.database(), sim, "account-token", null)) {
      setup.scan();
      var all = setup.records(DnsQuery.ALL, false);
      var seen = new ArrayList<String>();
      for (int page = 1; page <= 5; page++) {
        var result =
            setup
                .queries()
                .records(
                    "w",
                    setup.connectionId(),
                    new DnsQuery(null, null, null, null, null, null, null, page, 100),
                    false);
        assertThat(result.total()).isEqualTo(all.size());
        result.records().forEach(r -> seen.add(r.recordId()));
      }
      assertThat(seen).doesNotHaveDuplicates().hasSize(all.size());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badQueries_areRefused_withTheFieldAndTheFix(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = InventoryScanTest.setup(opened.database(), sim, "account-token", null)) {
      assertThatThrownBy(() -> dns("SPF2", null, null, null, null, null))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("type: unknown record type SPF2");
      assertThatThrownBy(() -> dns("MX", null, null, true, null, null))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("only A, AAAA and CNAME records can be proxied");
      assertThatThrownBy(() -> new ZoneQuery(null, "sleeping", 1, 10))
          .hasMessageContaining("status: must be one of initializing, pending, active, moved");
      assertThatThrownBy(() -> new DnsQuery(null, null, null, null, null, null, null, 0, 10))
          .hasMessageContaining("page");
      assertThatThrownBy(() -> new DnsQuery(null, null, null, null, null, null, null, 1, 5000))
          .hasMessageContaining("per_page: must be from 1 to 1000");
      assertThatThrownBy(() -> TextMatches.parse("name", "a.com", "contains", "b"))
          .hasMessageContaining("give one filter for name");
      assertThatThrownBy(
              () ->
                  setup
                      .queries()
                      .records(
                          "w", setup.connectionId(), DnsQuery.ALL.inZone("nowhere.example"), false))
          .isInstanceOf(ZoneNotFoundException.class)
          .hasMessageContaining("run an inventory scan");
      assertThat(TextMatches.parse("contains:2001:db8::1"))
          .isEqualTo(TextMatch.contains("2001:db8::1"));
      assertThat(TextMatches.parse("startswith:www.")).isEqualTo(TextMatch.startsWith("www."));
      assertThat(TextMatches.parse("name", null, "endswith", ".io"))
          .isEqualTo(TextMatch.endsWith(".io"));
      assertThatThrownBy(() -> TextMatches.parse("name", null, "not_equal", "a.com"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("name: has no filter operator \"not_equal\"")
          .hasMessageContaining("use one of exact (or equal), contains, starts_with, ends_with");
      assertThat(TextMatches.parse("2001:db8::1")).isEqualTo(TextMatch.exact("2001:db8::1"));
      assertThatThrownBy(() -> TextMatches.parse("content", "not_equal:192.0.2.1"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("content: has no filter operator \"not_equal\"");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aTagGivenTwice_isStoredOnce_andTheRecordCountedOnce(Database.Kind kind) {
    // This test changes the account, so it has a simulator of its own.
    try (var sim = CloudflareSimulator.start(InventoryScanTest.OPTIONS);
        var opened = TestDatabases.open(kind, dir);
        var setup = InventoryScanTest.setup(opened.database(), sim, "account-token", null)) {
      var zoneId = sim.state().read(s -> s.zones().get(0).id());
      sim.state()
          .write(
              s -> {
                var records = s.records(zoneId);
                var first = records.get(0);
                records.set(
                    0,
                    new DnsRecord(
                        first.id(),
                        first.zoneId(),
                        first.name(),
                        first.type(),
                        first.content(),
                        first.priority(),
                        first.data(),
                        first.proxied(),
                        first.ttl(),
                        first.comment(),
                        List.of("twice:yes", "twice:yes", "twice:also", "twice"),
                        first.createdOn(),
                        Instant.now()));
                return null;
              });
      assertThat(setup.scan().state()).isEqualTo("succeeded");
      for (var tag : List.of("twice:yes", "twice", "twice:also", "twice:")) {
        var page =
            setup
                .queries()
                .records("w", setup.connectionId(), dns(null, null, null, null, null, tag), false);
        assertThat(page.records()).as(tag).hasSize(1);
        assertThat(page.total()).as(tag).isEqualTo(1);
        assertThat(page.records().get(0).tags())
            .as("the record as Cloudflare lists it")
            .containsExactly("twice:yes", "twice:yes", "twice:also", "twice");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void tagsHoldingNewlinesAndCommas_readBackAsCloudflareListsThem(Database.Kind kind) {
    // This test changes the account, so it has a simulator of its own.
    var tags = List.of("note:line one\nline two", "team:a,b", "say:\"hi\"", "env:prod");
    try (var sim = CloudflareSimulator.start(InventoryScanTest.OPTIONS);
        var opened = TestDatabases.open(kind, dir);
        var setup = InventoryScanTest.setup(opened.database(), sim, "account-token", null)) {
      var zoneId = sim.state().read(s -> s.zones().get(0).id());
      var recordId =
          sim.state()
              .write(
                  s -> {
                    var records = s.records(zoneId);
                    var first = records.get(0);
                    records.set(
                        0,
                        new DnsRecord(
                            first.id(),
                            first.zoneId(),
                            first.name(),
                            first.type(),
                            first.content(),
                            first.priority(),
                            first.data(),
                            first.proxied(),
                            first.ttl(),
                            first.comment(),
                            tags,
                            first.createdOn(),
                            Instant.now()));
                    return first.id();
                  });
      assertThat(setup.scan().state()).isEqualTo("succeeded");
      var stored =
          setup.records(DnsQuery.ALL, false).stream()
              .filter(r -> r.recordId().equals(recordId))
              .findFirst()
              .orElseThrow();
      assertThat(stored.tags()).as("the record as Cloudflare lists it").isEqualTo(tags);
      var tagged =
          setup
              .queries()
              .records(
                  "w", setup.connectionId(), dns(null, null, null, null, null, "team:a,b"), false);
      assertThat(tagged.records()).extracting(DnsRecordEntry::recordId).containsExactly(recordId);
    }
  }

  private static List<String> ids(List<DnsRecordEntry> records) {
    return records.stream().map(DnsRecordEntry::recordId).sorted().toList();
  }

  private static List<String> zoneIds(
      InventoryScanTest.Setup setup, ZoneQuery query, boolean fresh) {
    return setup.queries().zones("w", setup.connectionId(), query, fresh).zones().stream()
        .map(ZoneEntry::zoneId)
        .sorted()
        .toList();
  }
}
