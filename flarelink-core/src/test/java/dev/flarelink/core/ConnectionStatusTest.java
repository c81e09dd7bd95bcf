package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.scan.ConnectionStatus;
import dev.flarelink.core.scan.ConnectionStatus.State;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status combines the last test and the last scans; the worst applies, every reason shown. */
class ConnectionStatusTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  private static Connection connection(Boolean lastTestOk, List<Service> services) {
    return new Connection(
        "c",
        "w",
        "Acme",
        "a".repeat(32),
        null,
        null,
        "hint",
        null,
        services,
        AT,
        AT,
        lastTestOk == null ? null : AT,
        lastTestOk,
        null);
  }

  private static Optional<ScanState> scan(ScanKind kind, String state, ScanWarning... warnings) {
    return Optional.of(
        new ScanState(
            "s-" + kind.id(),
            "c",
            kind,
            state,
            ScanCause.MANUAL,
            1,
            null,
            1,
            1,
            1,
            null,
            null,
            null,
            state.equals("failed") ? "refused" : null,
            List.of(warnings),
            0,
            AT,
            AT,
            AT));
  }

  private static final ScanWarning SETTINGS =
      new ScanWarning("zone_settings", "Settings not read.", "Zone → Zone Settings → Read");

  @Test
  void testedAndEveryEnabledKindReadWhole_isWorking() {
    var status =
        ConnectionStatus.of(
            connection(true, List.of(Service.IDENTITY, Service.INVENTORY, Service.ALERTS)),
            Map.of(
                ScanKind.IDENTITY, scan(ScanKind.IDENTITY, "succeeded"),
                ScanKind.INVENTORY, scan(ScanKind.INVENTORY, "succeeded")));
    assertThat(status.state()).isEqualTo(State.WORKING);
    assertThat(status.reasons()).isEmpty();
  }

  @Test
  void theWorstApplies_andEveryReasonIsGiven() {
    var status =
        ConnectionStatus.of(
            connection(null, List.of(Service.IDENTITY, Service.INVENTORY)),
            Map.of(
                ScanKind.IDENTITY,
                Optional.empty(),
                ScanKind.INVENTORY,
                scan(ScanKind.INVENTORY, "succeeded", SETTINGS)));
    assertThat(status.state()).isEqualTo(State.PARTIAL);
    assertThat(status.reasons())
        .containsExactly(
            "The connection was never tested.",
            "No identity scan yet.",
            "The last inventory scan was partial: Settings not read. Give the credential the"
                + " permission Zone → Zone Settings → Read.");
  }

  @Test
  void aPassedTestDoesNotHideAFailedScan() {
    var status =
        ConnectionStatus.of(
            connection(true, List.of(Service.IDENTITY)),
            Map.of(ScanKind.IDENTITY, scan(ScanKind.IDENTITY, "failed")));
    assertThat(status.state()).isEqualTo(State.FAILING);
    assertThat(status.reasons()).singleElement().asString().endsWith("failed: refused");
  }

  @Test
  void aFailedTest_isFailingWhateverTheScansSay() {
    var status =
        ConnectionStatus.of(
            connection(false, List.of(Service.INVENTORY)),
            Map.of(ScanKind.INVENTORY, scan(ScanKind.INVENTORY, "succeeded")));
    assertThat(status.state()).isEqualTo(State.FAILING);
  }

  @Test
  void neverTestedButScannedWhole_isUntested_andNoScannedServiceNeedsNoScan() {
    assertThat(
            ConnectionStatus.of(
                    connection(null, List.of(Service.IDENTITY)),
                    Map.of(ScanKind.IDENTITY, scan(ScanKind.IDENTITY, "succeeded")))
                .state())
        .isEqualTo(State.UNTESTED);
    assertThat(ConnectionStatus.of(connection(true, List.of(Service.ALERTS)), Map.of()).state())
        .isEqualTo(State.WORKING);
  }
}
