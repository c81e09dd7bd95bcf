package dev.flarelink.benchmarks;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures how many 50-member pages per second the simulator serves on this machine, with a bounded
 * load from this process over loopback. Arguments: {@code [seconds] [clients]} (default 10 and 16).
 * Prints requests per second and latency percentiles.
 */
public final class SimulatorThroughput {

  private SimulatorThroughput() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    var seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    var clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    var options =
        SimulatorOptions.defaults()
            .withSeed(new SeedSpec(7, 10_000, 0, 0, 1, 1, 0))
            .withRateLimit(Integer.MAX_VALUE / 2, Duration.ofSeconds(1))
            .withRecordRequests(0);
    try (var simulator = CloudflareSimulator.start(options);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var token = simulator.secret("account-token");
      var base =
          simulator.baseUrl() + "/accounts/" + simulator.accountId() + "/members?per_page=50&page=";
      var ok = new LongAdder();
      var failed = new LongAdder();
      var latencies = new ConcurrentLinkedQueue<Long>();
      run(
          http,
          pool,
          token,
          base,
          clients,
          Duration.ofSeconds(2),
          new LongAdder(),
          new LongAdder(),
          new ConcurrentLinkedQueue<>());
      var started = System.nanoTime();
      run(http, pool, token, base, clients, Duration.ofSeconds(seconds), ok, failed, latencies);
      var elapsed = (System.nanoTime() - started) / 1e9;
      var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          "simulator throughput: %d clients, %.1f s, %d pages of 50 members, %d failed%n",
          clients, elapsed, ok.sum(), failed.sum());
      System.out.printf("requests per second: %.0f%n", ok.sum() / elapsed);
      System.out.printf(
          "latency ms: p50 %.2f, p99 %.2f, max %.2f%n",
          pct(sorted, 0.50),
          pct(sorted, 0.99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }
  }

  private static void run(
      HttpClient http,
      ExecutorService pool,
      String token,
      String base,
      int clients,
      Duration duration,
      LongAdder ok,
      LongAdder failed,
      ConcurrentLinkedQueue<Long> latencies)
      throws InterruptedException {
    var deadline = System.nanoTime() + duration.toNanos();
    var done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      var client = c;
      pool.execute(
          () -> {
            try {
              var page = 1 + client;
              while (System.nanoTime() < deadline) {
                var request =
                    HttpRequest.newBuilder(URI.create(base + page))
                        .header("Authorization", "Bearer " + token)
                        .build();
                var start = System.nanoTime();
                try {
                  var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (response.statusCode() == 200) {
                    ok.increment();
                  } else {
                    failed.increment();
                  }
                } catch (Exception e) {
                  failed.increment();
                }
                latencies.add(System.nanoTime() - start);
                page = page % 200 + 1;
              }
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
  }

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
  }
}
