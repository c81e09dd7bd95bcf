package dev.flarelink.app.bench;

import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.wiring.Wiring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One import of a simulated account through the service's own use cases. */
final class Import {

  private Import() {}

  /**
   * Saves a connection to the simulated account, with every service an import reads (the resource
   * catalogue's included).
   */
  static String connect(Wiring wiring, CloudflareSimulator sim, String name) {
    return wiring
        .connections()
        .create(
            Wiring.DEFAULT_WORKSPACE,
            new ConnectionInput(
                name,
                sim.accountId(),
                null,
                null,
                sim.secret("account-token"),
                null,
                null,
                List.of(
                    "identity",
                    "inventory",
                    "security_rules",
                    "certificates",
                    "load_balancing",
                    "alerts")))
        .id();
  }

  /** What one import did: each scan's end state, its steps' seconds, and the alerts read. */
  record Outcome(Map<String, Object> states, Map<String, Object> seconds, long alerts) {}

  /** An identity scan, an inventory scan and the alert history, one after the other. */
  static Outcome once(Wiring wiring, String connectionId) {
    var scans = wiring.scans();
    var states = new LinkedHashMap<String, Object>();
    var seconds = new LinkedHashMap<String, Object>();
    var started = System.nanoTime();
    for (var kind : List.of(ScanKind.IDENTITY, ScanKind.INVENTORY)) {
      var scan =
          scans.await(
              scans.request(Wiring.DEFAULT_WORKSPACE, connectionId, kind, ScanCause.MANUAL).id(),
              s -> {});
      states.put(kind.id(), scan.state() + (scan.error() == null ? "" : ": " + scan.error()));
      seconds.put(kind.id(), secondsSince(started));
      started = System.nanoTime();
    }
    var alerts =
        wiring.analytics().alerts(Wiring.DEFAULT_WORKSPACE, connectionId, null, null, 1, 1000);
    seconds.put("alerts", secondsSince(started));
    return new Outcome(states, seconds, alerts.total());
  }

  /** Seconds since {@code started} (a {@link System#nanoTime()}), to the hundredth. */
  static double secondsSince(long started) {
    return Math.round((System.nanoTime() - started) / 1e7) / 100.0;
  }
}
