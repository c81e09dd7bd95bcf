package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** dns.create of SRV and CAA records, sent as their parts and checked as Cloudflare does. */
class DnsStructuredRecordsTest {

  private static final List<String> SERVICES = List.of("inventory", "dns_write");

  @TempDir Path dir;

  private static List<DnsRecord> named(CloudflareSimulator sim, String zoneId, String name) {
    return sim.state()
        .read(s -> s.records(zoneId).stream().filter(r -> r.name().equals(name)).toList());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void srvAndCaa_areCreatedFromTheirParts_once(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "dns-write", SERVICES);
      var zone = actions.zone();
      var srv =
          Map.of(
              "zone", zone.name(),
              "type", "SRV",
              "name", "_sip._tcp.voice",
              "content", "10 5 5060 SIP.example.net.");
      var planned = actions.run("dns.create", srv, true, false);
      assertThat(planned.plan().changes())
          .containsExactly(
              "create SRV _sip._tcp.voice."
                  + zone.name()
                  + " 10 5 5060 sip.example.net ttl auto in "
                  + zone.name());
      assertThat(actions.run("dns.create", srv, false, false).status())
          .isEqualTo(ActionStatus.SUCCEEDED);
      var made = named(sim, zone.id(), "_sip._tcp.voice." + zone.name());
      assertThat(made).hasSize(1);
      assertThat(made.getFirst().data())
          .containsEntry("priority", 10)
          .containsEntry("weight", 5)
          .containsEntry("port", 5060)
          .containsEntry("target", "sip.example.net");
      assertThat(actions.run("dns.create", srv, false, false).status())
          .isEqualTo(ActionStatus.UNCHANGED);

      var caa =
          Map.of(
              "zone", zone.name(),
              "type", "caa",
              "name", "@",
              "content", "0 issue \"pki.example.org\"");
      assertThat(actions.run("dns.create", caa, false, false).status())
          .isEqualTo(ActionStatus.SUCCEEDED);
      var issued =
          named(sim, zone.id(), zone.name()).stream()
              .filter(
                  r -> r.type().equals("CAA") && "pki.example.org".equals(r.data().get("value")))
              .toList();
      assertThat(issued).hasSize(1);
      assertThat(issued.getFirst().data()).containsEntry("flags", 0).containsEntry("tag", "issue");
      assertThat(actions.run("dns.create", caa, false, false).status())
          .isEqualTo(ActionStatus.UNCHANGED);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badParts_areNamed_withTheFix(Database.Kind kind) {
    try (var sim = ActionHarness.simulator();
        var opened = TestDatabases.open(kind, dir)) {
      var actions = ActionHarness.open(opened.database(), sim, "dns-write", SERVICES);
      var zone = actions.zone().name();
      var before = sim.state().read(s -> List.copyOf(s.records(actions.zone().id())));
      for (var bad :
          List.of(
              List.of("SRV", "sip", "10 5 5060 sip.example.net", "service and protocol"),
              List.of("SRV", "_sip.voice", "10 5 5060 sip.example.net", "protocol"),
              List.of("SRV", "_sip._tcp", "10 5 70000 sip.example.net", "port"),
              List.of("SRV", "_sip._tcp", "5060 sip.example.net", "priority weight port target"),
              List.of("SRV", "_sip._tcp", "10 5 5060 not_a host", "priority weight port target"),
              List.of("CAA", "@", "0 issue", "flags tag value"),
              List.of("CAA", "@", "300 issue letsencrypt.org", "flags"),
              List.of("CAA", "@", "0 policy letsencrypt.org", "issue, issuewild, iodef"),
              List.of("CAA", "@", "0 iodef security@example.com", "mailto:"))) {
        var input =
            Map.of("zone", zone, "type", bad.get(0), "name", bad.get(1), "content", bad.get(2));
        assertThatThrownBy(() -> actions.run("dns.create", input, false, false))
            .as(bad.toString())
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining(bad.get(3));
      }
      List<DnsRecord> after = sim.state().read(s -> List.copyOf(s.records(actions.zone().id())));
      assertThat(after).isEqualTo(before);
    }
  }
}
