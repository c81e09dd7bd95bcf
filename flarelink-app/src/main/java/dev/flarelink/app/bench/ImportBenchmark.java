package dev.flarelink.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.store.RowWrites;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports a simulated account through the service's own use cases (identity scan, inventory scan,
 * alert history), twice, and measures each pass against the physical bound. The simulator runs in
 * this JVM, so heap and resident memory include its account.
 */
public final class ImportBenchmark {

  private static final List<String> TABLES =
      List.of(
          "members",
          "member_changes",
          "roles",
          "account_security",
          "zones",
          "zone_settings",
          "dns_records",
          "dns_record_tags",
          "resources",
          "inventory_changes");

  private ImportBenchmark() {}

  /**
   * Runs the scenario and returns the report (also for the JSON file). With {@code keep}, a
   * PostgreSQL run leaves its scratch schema (named in the report) for inspection. With {@code
   * warmUp}, another small account is imported first (see {@link WarmUp}), so the passes measure a
   * warm process, as a running service is; without it they include the JVM's own warm-up (loading
   * and compiling the code), as a command run once does.
   */
  public static Map<String, Object> run(
      Scenario scenario,
      Duration latency,
      int limit,
      Duration window,
      String databaseUrl,
      boolean keep,
      boolean warmUp,
      Path dataDir,
      PrintWriter progress)
      throws Exception {
    double warmUpSeconds = 0;
    if (warmUp) {
      progress.println(scenario.name() + ": warming up on another account...");
      progress.flush();
      warmUpSeconds = WarmUp.run(databaseUrl, dataDir.resolve("warm-up"));
    }
    var options =
        SimulatorOptions.defaults()
            .withSeed(scenario.seed())
            .withRateLimit(limit, window)
            .withFaults(Faults.parse("latency=" + latency.toMillis()));
    Files.createDirectories(dataDir);
    try (var scratch = ScratchSchema.of(databaseUrl, keep);
        var sim = CloudflareSimulator.start(options);
        var wiring =
            Wiring.open(
                new ServerSettings("127.0.0.1", 0, scratch.url(), dataDir, sim.baseUrl(), null),
                Map.of(),
                Clock.systemUTC())) {
      var writes = RowWrites.install(wiring.database(), TABLES);
      var connectionId = Import.connect(wiring, sim, "Bench " + scenario.name());
      var seed = scenario.seed();
      long audit = sim.state().read(s -> (long) s.audit(sim.accountId()).size());
      var bound =
          Bound.of(
              seed.members() + seed.pending() + seed.rejected(),
              audit,
              seed.zones(),
              seed.recordsPerZone(),
              seed.alerts(),
              catalogue(sim),
              limit,
              window,
              latency);
      var report = new LinkedHashMap<String, Object>();
      report.put("scenario", scenario.name());
      report.put("seed", seed.toString());
      report.put("latency_ms", latency.toMillis());
      report.put("rate_limit", limit + "/" + window.toSeconds() + "s");
      report.put("database", databaseUrl == null ? "sqlite" : "postgresql");
      report.put("warm_up_seconds", warmUp ? warmUpSeconds : null);
      if (scratch.schema() != null) {
        report.put("schema", scratch.schema());
      }
      report.put(
          "bound",
          Map.of(
              "requests", bound.total(),
              "by_endpoint", bound.requests(),
              "seconds", round(bound.seconds()),
              "seconds_when_window_spent", round(bound.secondsWindowSpent()),
              "limited_by", bound.limitedBy()));
      long items =
          (long) seed.members()
              + seed.pending()
              + seed.zones()
              + (long) seed.zones() * seed.recordsPerZone()
              + seed.alerts()
              + catalogueItems(sim);
      for (var pass : List.of("first", "rescan")) {
        progress.println(scenario.name() + ": " + pass + " pass...");
        progress.flush();
        report.put(pass, pass(wiring, writes, sim, connectionId, bound, items));
      }
      progress.println(scenario.name() + ": queries under load...");
      progress.flush();
      report.put(
          "query_load", QueryLoad.run(wiring, connectionId, 8, 150, scenario.pacedSeconds()));
      report.put("peak_rss_mb", peakRssMb());
      return report;
    }
  }

  /**
   * Only the query load, on the data a kept run left: the SQLite data directory {@code dataDir}, or
   * with {@code databaseUrl} the PostgreSQL schema {@code schema} (then {@code dataDir} is scratch
   * space). Migrations newer than the kept data are applied first, so a change to the queries or
   * the indexes is measured without importing again.
   */
  public static Map<String, Object> queries(
      Scenario scenario, String databaseUrl, String schema, Path dataDir) throws Exception {
    var url = databaseUrl == null ? null : ScratchSchema.inSchema(databaseUrl, schema);
    try (var wiring =
        Wiring.open(
            new ServerSettings("127.0.0.1", 0, url, dataDir, "http://127.0.0.1:9", null),
            Map.of(),
            Clock.systemUTC())) {
      var connections = wiring.connections().list(Wiring.DEFAULT_WORKSPACE);
      if (connections.size() != 1) {
        throw new IllegalArgumentException(
            "the kept data holds "
                + connections.size()
                + " connections, not the one a benchmark run saves; give the directory or schema"
                + " a --keep run printed");
      }
      var report = new LinkedHashMap<String, Object>();
      report.put("scenario", scenario.name());
      report.put("database", databaseUrl == null ? "sqlite" : "postgresql");
      report.put("kept_data", databaseUrl == null ? dataDir.toString() : schema);
      report.put("rows", rows(wiring));
      report.put(
          "query_load",
          QueryLoad.run(wiring, connections.get(0).id(), 8, 150, scenario.pacedSeconds()));
      return report;
    }
  }

  /** How many resources of the catalogue's types a full read lists (zone settings aside). */
  private static long catalogueItems(CloudflareSimulator sim) throws IOException {
    var resources = new ObjectMapper().readTree(sim.stateJson()).path("resources");
    long total = 0;
    for (var entry : resources.properties()) {
      if (!entry.getKey().equals("zone_settings")) {
        total += entry.getValue().asLong();
      }
    }
    return total;
  }

  /** The catalogue's sizes in the simulated account, for the bound. */
  private static Bound.Catalogue catalogue(CloudflareSimulator sim) {
    var account = sim.accountId();
    return sim.state()
        .read(
            state -> {
              var zones =
                  state.zones().stream().filter(z -> z.accountId().equals(account)).toList();
              return new Bound.Catalogue(
                  zones.size(),
                  state.security().rulesets("account", account).size(),
                  zones.stream()
                      .mapToInt(z -> state.security().rulesets("zone", z.id()).size())
                      .sum(),
                  state.accessRules("account", account).size(),
                  state.traffic().pools(account).size());
            });
  }

  private static Map<String, Object> pass(
      Wiring wiring,
      RowWrites writes,
      CloudflareSimulator sim,
      String connectionId,
      Bound bound,
      long items)
      throws Exception {
    sim.resetCounters();
    var heap = new HeapSampler();
    var before = rows(wiring);
    var writtenBefore = writes.counts();
    var started = System.nanoTime();
    var outcome = Import.once(wiring, connectionId);
    var seconds = (System.nanoTime() - started) / 1e9;
    var after = rows(wiring);
    var rowsWritten = RowWrites.between(writtenBefore, writes.counts());
    var byEndpoint = new TreeMap<String, Long>();
    long requests = 0;
    long throttled = 0;
    long failed = 0;
    for (var entry : sim.counters().entrySet()) {
      var key = entry.getKey();
      var status = key.substring(key.lastIndexOf(' ') + 1);
      var endpoint = key.substring(0, key.lastIndexOf(' '));
      requests += entry.getValue();
      byEndpoint.merge(endpoint, entry.getValue(), Long::sum);
      if (status.equals("429")) {
        throttled += entry.getValue();
      } else if (!status.startsWith("2")) {
        failed += entry.getValue();
      }
    }
    var out = new LinkedHashMap<String, Object>();
    out.put("scans", outcome.states());
    out.put("alerts_read", outcome.alerts());
    out.put("seconds", round(seconds));
    out.put("seconds_by_step", outcome.seconds());
    out.put("requests", requests);
    out.put("requests_by_endpoint", byEndpoint);
    out.put("throttled_429", throttled);
    out.put("other_failures_retried", failed);
    out.put("requests_over_bound", round((double) requests / bound.total()));
    out.put("seconds_over_bound", bound.seconds() == 0 ? null : round(seconds / bound.seconds()));
    // A pass that starts while the previous one's requests still fill the window (the rescan)
    // can do no better than the sustained rate.
    out.put(
        "seconds_over_bound_window_spent",
        bound.secondsWindowSpent() == 0 ? null : round(seconds / bound.secondsWindowSpent()));
    out.put("items_per_second", Math.round(items / seconds));
    out.put("rows_written", rowsWritten);
    out.put("row_count_change", RowWrites.between(before, after));
    heap.close();
    out.put("peak_heap_mb", heap.peakMb());
    return out;
  }

  private static Map<String, Long> rows(Wiring wiring) throws Exception {
    var counts = new LinkedHashMap<String, Long>();
    try (var connection = wiring.database().dataSource().getConnection();
        var statement = connection.createStatement()) {
      for (var table : TABLES) {
        try (var rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** The process's peak resident memory (VmHWM), or -1 where /proc does not tell. */
  private static long peakRssMb() {
    try {
      for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: say so with -1
    }
    return -1;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
