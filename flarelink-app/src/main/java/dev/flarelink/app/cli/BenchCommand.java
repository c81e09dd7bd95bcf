package dev.flarelink.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.app.bench.ImportBenchmark;
import dev.flarelink.app.bench.Scenario;
import dev.flarelink.cli.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flarelink bench}: a full import of a simulated account, against the physical bound. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures importing a simulated account through the service's own code.",
      "It starts the simulator with a latency and rate limit, seeds an account, and imports it twice (members, roles, zones, settings, DNS records, alert history), printing per pass: wall time, requests by endpoint, 429s, the bound (fewest requests and least time under the limits), peak memory and rows written; then it times member and DNS queries.",
      "Scenarios: small (200 members, 20 zones x 50 records), large (10,000 members, 1,000 zones x 200 records, 5,000 alerts). The simulator runs in this JVM."
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", description = "small (default) or large; repeatable.")
  List<String> scenarios = List.of("small");

  @Option(names = "--latency-ms", description = "Latency per request (default: ${DEFAULT-VALUE}).")
  int latencyMs = 50;

  @Option(names = "--rate-limit", description = "N/SECONDS (default: ${DEFAULT-VALUE}).")
  String rateLimit = "1200/300";

  @Option(
      names = "--time-scale",
      description = "Divide the rate limit's window and quota by this (same rate, shorter window).")
  int timeScale = 1;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "PostgreSQL instead of SQLite.")
  String database;

  @Option(
      names = "--keep",
      description =
          "Keep each scenario's data for inspection: the SQLite directory or the PostgreSQL schema.")
  boolean keep;

  @Option(
      names = "--cold",
      description = {
        "Measure a cold process: skip importing another small account first, so the first pass",
        "includes the JVM's loading and compiling of the import's code."
      })
  boolean cold;

  @Option(
      names = "--queries-on",
      paramLabel = "DIR_OR_SCHEMA",
      description = {
        "Only run the query load, on data a --keep run left: its SQLite directory, or with --db",
        "its PostgreSQL schema (newer migrations are applied first)."
      })
  String queriesOn;

  @Option(
      names = "--out",
      description = "The JSON file (default: bench-results/SCENARIO-TIME.json).")
  Path out;

  @Override
  public Integer call() throws Exception {
    var limit = SimCommand.parseRateLimit(rateLimit);
    if (timeScale < 1 || limit.limit() / timeScale < 1) {
      throw new IllegalArgumentException(
          "--time-scale must be at least 1 and leave a quota of 1 or more");
    }
    var quota = limit.limit() / timeScale;
    var window = limit.window().dividedBy(timeScale);
    var reports = new ArrayList<Map<String, Object>>();
    var printer = spec.commandLine().getOut();
    for (var name : scenarios) {
      var scenario =
          Scenario.named(name)
              .orElseThrow(
                  () -> new IllegalArgumentException("--scenario is small or large, not " + name));
      if (queriesOn != null) {
        reports.add(queriesOn(scenario));
        Output.json(printer, reports.get(reports.size() - 1));
        continue;
      }
      var dir = Files.createTempDirectory("flarelink-bench-");
      Map<String, Object> report;
      try {
        report =
            ImportBenchmark.run(
                scenario,
                Duration.ofMillis(latencyMs),
                quota,
                window,
                database,
                keep,
                !cold,
                dir,
                spec.commandLine().getErr());
      } finally {
        // The large scenario leaves a 200 MB database; the JSON report is what is kept.
        if (keep && database == null) {
          spec.commandLine().getErr().println("Kept the data of " + name + " in " + dir);
        } else {
          Cleanup.deleteTree(dir);
        }
      }
      if (keep && database != null) {
        spec.commandLine()
            .getErr()
            .println("Kept the data of " + name + " in the schema " + report.get("schema"));
      }
      reports.add(report);
      Output.json(printer, report);
      printer.flush();
    }
    write(reports);
    return 0;
  }

  private Map<String, Object> queriesOn(Scenario scenario) throws Exception {
    if (database == null) {
      var dir = Path.of(queriesOn);
      if (!Files.isRegularFile(dir.resolve("flarelink.db"))) {
        throw new IllegalArgumentException(
            "--queries-on takes the directory a --keep run printed (it holds flarelink.db); "
                + dir
                + " does not");
      }
      return ImportBenchmark.queries(scenario, null, null, dir);
    }
    if (!queriesOn.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "--queries-on with --db takes the schema a --keep run printed (like"
              + " flarelink_bench_1700000000000), not "
              + queriesOn);
    }
    var scratch = Files.createTempDirectory("flarelink-bench-");
    try {
      return ImportBenchmark.queries(scenario, database, queriesOn, scratch);
    } finally {
      Cleanup.deleteTree(scratch);
    }
  }

  private void write(List<Map<String, Object>> reports) throws IOException {
    var file =
        out != null
            ? out
            : Path.of(
                "bench-results",
                String.join("-", scenarios) + "-" + System.currentTimeMillis() + ".json");
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(
        file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(reports));
    spec.commandLine().getErr().println("Results written to " + file);
  }
}
