package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.connection.Service;
import dev.flarelink.simulator.state.Entities;
import dev.flarelink.simulator.state.Traffic.Pool;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection test's probes of zone_write and load_balancing_write: granted for a credential
 * that may write, refused naming the permissions for one that only reads, nothing changed.
 */
class TrafficWriteProbesTest {

  private static final List<String> SERVICES =
      List.of("inventory", "zone_write", "load_balancing_write");

  @TempDir Path writerDir;
  @TempDir Path readerDir;

  @Test
  void probes_tellAWriterFromAReader_withoutChangingAnything() {
    try (var sim = ActionHarness.simulator();
        var writerDb = TestDatabases.open(Database.Kind.SQLITE, writerDir);
        var readerDb = TestDatabases.open(Database.Kind.SQLITE, readerDir)) {
      var zones = sim.state().read(s -> List.copyOf(s.zones()));
      var pools = sim.state().read(s -> List.copyOf(s.traffic().pools(sim.accountId())));

      var writer = TestConnections.save(writerDb.database(), sim, "global-key", SERVICES);
      var granted = writer.connections().test("w", writer.connection().id()).services();
      assertThat(granted.get(Service.ZONE_WRITE).available()).isTrue();
      assertThat(granted.get(Service.ZONE_WRITE).reason()).contains("Zone Write granted");
      assertThat(granted.get(Service.LOAD_BALANCING_WRITE).available()).isTrue();
      assertThat(granted.get(Service.LOAD_BALANCING_WRITE).reason())
          .contains("Pool changes granted")
          .contains("Health check changes granted");
      var reader = TestConnections.save(readerDb.database(), sim, "account-token", SERVICES);
      var refused = reader.connections().test("w", reader.connection().id()).services();
      assertThat(refused.get(Service.ZONE_WRITE).available()).isFalse();
      assertThat(refused.get(Service.ZONE_WRITE).reason()).contains("Zone → Zone → Edit");
      assertThat(refused.get(Service.LOAD_BALANCING_WRITE).available()).isFalse();
      assertThat(refused.get(Service.LOAD_BALANCING_WRITE).reason())
          .contains("Load Balancing: Monitors and Pools → Edit");

      List<Entities.Zone> zonesAfter = sim.state().read(s -> List.copyOf(s.zones()));
      assertThat(zonesAfter).isEqualTo(zones);
      List<Pool> poolsAfter =
          sim.state().read(s -> List.copyOf(s.traffic().pools(sim.accountId())));
      assertThat(poolsAfter).isEqualTo(pools);
    }
  }
}
