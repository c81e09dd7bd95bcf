package dev.flarelink.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.state.Generator;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.simulator.state.SimState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private static final Instant DAY = Instant.parse("2026-11-23T08:00:00Z");
  private static final SeedSpec SPEC = new SeedSpec(5, 300, 20, 7, 15, 40, 90);

  private static List<String> fingerprint(SimState state) {
    var account = state.primaryAccountId();
    var parts = new ArrayList<String>();
    state
        .members(account)
        .forEach(m -> parts.add(m.id() + m.email() + m.status() + m.roleIds() + m.policies()));
    state
        .zones()
        .forEach(
            z -> {
              parts.add(z.id() + z.name() + z.settings());
              state
                  .records(z.id())
                  .forEach(r -> parts.add(r.id() + r.name() + r.type() + r.content()));
            });
    state.alerts(account).forEach(a -> parts.add(a.id() + a.sent()));
    state.credentials().forEach(c -> parts.add(c.name() + c.secret()));
    return parts;
  }

  @Test
  void theSameSpecAndDay_giveTheSameAccount() {
    assertThat(fingerprint(Generator.generate(SPEC, DAY)))
        .isEqualTo(fingerprint(Generator.generate(SPEC, DAY.plusSeconds(3600))));
    assertThat(fingerprint(Generator.generate(SPEC.withSeed(6), DAY)))
        .isNotEqualTo(fingerprint(Generator.generate(SPEC, DAY)));
  }

  @Test
  void sizes_areThoseAskedFor() {
    var state = Generator.generate(SPEC, DAY);
    var members = state.members(state.primaryAccountId());
    assertThat(members.stream().filter(m -> m.status().equals("accepted"))).hasSize(300);
    assertThat(members.stream().filter(m -> m.status().equals("pending")))
        .hasSize(20)
        .allSatisfy(m -> assertThat(m.userId()).isNull());
    assertThat(members.stream().filter(m -> m.status().equals("rejected"))).hasSize(7);
    var zones =
        state.zones().stream().filter(z -> z.accountId().equals(state.primaryAccountId())).toList();
    assertThat(zones).hasSize(15);
    assertThat(zones.stream().map(z -> z.name()).distinct()).hasSize(15);
    zones.forEach(z -> assertThat(state.records(z.id())).hasSize(40));
    assertThat(state.alerts(state.primaryAccountId())).hasSize(90);
    assertThat(members.stream().filter(m -> !m.policies().isEmpty())).isNotEmpty();
    assertThat(state.credentials())
        .extracting(c -> c.name())
        .contains(
            "account-token",
            "user-token",
            "global-key",
            "no-account-settings",
            "other-account",
            "expired",
            "disabled",
            "ip-restricted",
            "zone-dns-read-only",
            "dns-write");
  }

  @Test
  void generatedDns_hasNoCnameBesideAnAddressRecord_andUniqueIds() {
    var state = Generator.generate(SPEC, DAY);
    var ids = new HashSet<String>();
    for (var zone : state.zones()) {
      var records = state.records(zone.id());
      for (var record : records) {
        assertThat(ids.add(record.id())).isTrue();
        assertThat(record.name()).endsWith(zone.name());
        if (record.type().equals("CNAME")) {
          assertThat(records)
              .noneMatch(
                  other ->
                      other.name().equals(record.name())
                          && List.of("A", "AAAA").contains(other.type()));
        }
      }
    }
  }
}
