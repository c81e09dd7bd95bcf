package dev.flarelink.app.cli;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.state.SeedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink sim}: runs the Cloudflare simulator until stopped. */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the Cloudflare simulator: a generated account behind Cloudflare's v4 API.",
      "Prints the base URL on its first line and serves until stopped (Ctrl-C).",
      "Ground truth and fault control: GET /__sim/state, /__sim/members, /__sim/credentials, /__sim/requests; PUT /__sim/faults."
    })
public final class SimCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 0;

  @Option(
      names = "--seed",
      description =
          "Random seed; the same seed and sizes give the same account (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--members", description = "Accepted members (default: ${DEFAULT-VALUE}).")
  int members = 25;

  @Option(names = "--pending", description = "Pending invitations (default: ${DEFAULT-VALUE}).")
  int pending = 5;

  @Option(names = "--rejected", description = "Declined invitations (default: ${DEFAULT-VALUE}).")
  int rejected = 2;

  @Option(names = "--zones", description = "Zones (default: ${DEFAULT-VALUE}).")
  int zones = 5;

  @Option(names = "--records", description = "DNS records per zone (default: ${DEFAULT-VALUE}).")
  int records = 20;

  @Option(names = "--alerts", description = "Alert history entries (default: ${DEFAULT-VALUE}).")
  int alerts = 40;

  @Option(
      names = "--latency-ms",
      description =
          "How long every response takes from its request's arrival, in ms (default:"
              + " ${DEFAULT-VALUE}).")
  int latencyMillis = 0;

  @Option(
      names = "--rate-limit",
      paramLabel = "N/SECONDS",
      description = "Requests per window per credential (default: ${DEFAULT-VALUE}).")
  String rateLimit = "1200/300";

  @Option(
      names = "--faults",
      paramLabel = "SPEC",
      description =
          "Fault plan, e.g. 429=0.05,burst=3,5xx=0.1,html=0.5,cut=0.02,slow=0.01,malformed=0.01,jitter=20,accounts-page-bug")
  String faults = "";

  @Option(
      names = "--credentials-out",
      paramLabel = "FILE",
      description = "Write the named credentials as JSON to this file.")
  Path credentialsOut;

  @Override
  public Integer call() throws Exception {
    var plan = Faults.parse(faults);
    if (latencyMillis > 0) {
      plan = plan.withLatency(latencyMillis, plan.jitterMillis());
    }
    var limit = parseRateLimit(rateLimit);
    var options =
        SimulatorOptions.defaults()
            .withPort(port)
            .withSeed(new SeedSpec(seed, members, pending, rejected, zones, records, alerts))
            .withRateLimit(limit.limit(), limit.window())
            .withFaults(plan)
            .withRecordRequests(0);
    var simulator = CloudflareSimulator.start(options);
    System.out.println(simulator.baseUrl());
    System.out.flush();
    if (credentialsOut != null) {
      var parent = credentialsOut.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(credentialsOut, simulator.credentialsJson());
      System.err.println("Credentials written to " + credentialsOut);
    }
    System.err.println("Account " + simulator.accountId() + ": " + simulator.stateJson());
    System.err.println("Serving until stopped (Ctrl-C).");
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  record RateLimit(int limit, Duration window) {}

  static RateLimit parseRateLimit(String text) {
    var parts = text.trim().split("/", -1);
    try {
      if (parts.length == 2) {
        var limit = Integer.parseInt(parts[0].trim());
        var seconds = Long.parseLong(parts[1].trim());
        if (limit > 0 && seconds > 0) {
          return new RateLimit(limit, Duration.ofSeconds(seconds));
        }
      }
    } catch (NumberFormatException e) {
      // explained below
    }
    throw new IllegalArgumentException(
        "--rate-limit takes N/SECONDS with both above zero, e.g. 1200/300; was '" + text + "'");
  }
}
