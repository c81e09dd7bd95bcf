package dev.flarelink.app.bench;

import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.wiring.Wiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * Member and DNS queries through the same use cases the REST API calls, with their latency
 * percentiles: each alone, then as fast as 8 threads can ask (the machine's limit), then at steady
 * rates a service would see (20, 50 and 100 queries a second, for as long as the scenario says).
 */
final class QueryLoad {

  private QueryLoad() {}

  static Map<String, Object> run(
      Wiring wiring, String connectionId, int threads, int perThread, int pacedSeconds)
      throws InterruptedException {
    var ws = Wiring.DEFAULT_WORKSPACE;
    var identity = wiring.identity();
    var inventory = wiring.inventory();
    Map<String, Runnable> queries = new LinkedHashMap<>();
    queries.put(
        "members: text search",
        () ->
            identity.members(ws, connectionId, new MemberQuery(null, null, null, "user1", 1, 50)));
    queries.put(
        "members: active without 2FA",
        () ->
            identity.members(
                ws, connectionId, new MemberQuery("active", null, false, null, 1, 50)));
    queries.put(
        "members: page 100",
        () -> identity.members(ws, connectionId, new MemberQuery(null, null, null, null, 100, 50)));
    queries.put(
        "dns: A records pointing at 192.168.1.1",
        () -> inventory.records(ws, connectionId, dns("A", null, "192.168.1.1", null), false));
    queries.put(
        "dns: names ending in .io",
        () -> inventory.records(ws, connectionId, dns(null, "ends_with:.io", null, null), false));
    queries.put(
        "dns: tag env:prod",
        () -> inventory.records(ws, connectionId, dns(null, null, null, "env:prod"), false));
    var names = List.copyOf(queries.keySet());
    // Each query alone first (after one warm-up call), so the report separates what a query costs
    // from the waiting that concurrency adds on this machine's cores.
    var alone = new LinkedHashMap<String, Object>();
    for (var name : names) {
      queries.get(name).run();
      var nanos = new ArrayList<Long>();
      for (int i = 0; i < ALONE; i++) {
        var begin = System.nanoTime();
        queries.get(name).run();
        nanos.add(System.nanoTime() - begin);
      }
      alone.put(name, percentiles(nanos));
    }
    var timings = new ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>>();
    names.forEach(name -> timings.put(name, new ConcurrentLinkedQueue<>()));
    var started = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        var offset = t;
        pool.execute(
            () -> {
              for (int i = 0; i < perThread; i++) {
                var name = names.get((i + offset) % names.size());
                var begin = System.nanoTime();
                queries.get(name).run();
                timings.get(name).add(System.nanoTime() - begin);
              }
            });
      }
    }
    var seconds = (System.nanoTime() - started) / 1e9;
    var out = new LinkedHashMap<String, Object>();
    out.put("threads", threads);
    out.put("queries", threads * perThread);
    out.put("queries_per_second", Math.round(threads * perThread / seconds));
    var byQuery = new LinkedHashMap<String, Object>();
    for (var name : names) {
      byQuery.put(name, percentiles(new ArrayList<>(timings.get(name))));
    }
    out.put("latency_ms", byQuery);
    out.put("latency_ms_alone", alone);
    var paced = new LinkedHashMap<String, Object>();
    for (var rate : RATES) {
      paced.put(rate + "_per_second", atRate(queries, names, rate, threads, pacedSeconds));
    }
    out.put("latency_ms_at_rate", paced);
    out.put("cores", Runtime.getRuntime().availableProcessors());
    return out;
  }

  /** How often each query runs alone; a 99th percentile of fewer would be the slowest one. */
  private static final int ALONE = 100;

  /** The arrival rates of the paced load, in queries per second. */
  private static final int[] RATES = {20, 50, 100};

  /**
   * The queries in turn at a steady {@code rate} for {@code seconds}, up to {@code threads} at
   * once, each timed from when it was due to start, so that waiting for a free thread counts (no
   * coordinated omission): the latency a client sees at that load, rather than at the most the
   * machine can do.
   */
  private static Map<String, Object> atRate(
      Map<String, Runnable> queries, List<String> names, int rate, int threads, int seconds)
      throws InterruptedException {
    var timings = new ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>>();
    names.forEach(name -> timings.put(name, new ConcurrentLinkedQueue<>()));
    var total = rate * seconds;
    var spacing = 1_000_000_000L / rate;
    var started = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(threads)) {
      for (int i = 0; i < total; i++) {
        var due = started + i * spacing;
        var wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        var name = names.get(i % names.size());
        pool.execute(
            () -> {
              queries.get(name).run();
              timings.get(name).add(System.nanoTime() - due);
            });
      }
    }
    var byQuery = new LinkedHashMap<String, Object>();
    for (var name : names) {
      byQuery.put(name, percentiles(new ArrayList<>(timings.get(name))));
    }
    return byQuery;
  }

  private static DnsQuery dns(String type, String name, String content, String tag) {
    return new DnsQuery(
        null, type, TextMatches.parse(name), TextMatches.parse(content), null, null, tag, 1, 100);
  }

  private static Map<String, Object> percentiles(List<Long> nanos) {
    nanos.sort(Long::compare);
    var out = new LinkedHashMap<String, Object>();
    out.put("count", nanos.size());
    for (var p : new int[] {50, 95, 99}) {
      var index = Math.min(nanos.size() - 1, (int) Math.ceil(p / 100.0 * nanos.size()) - 1);
      out.put("p" + p, Math.round(nanos.get(Math.max(0, index)) / 1e4) / 100.0);
    }
    out.put("max", Math.round(nanos.get(nanos.size() - 1) / 1e4) / 100.0);
    return out;
  }
}
