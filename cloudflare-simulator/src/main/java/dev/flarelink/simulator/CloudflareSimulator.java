package dev.flarelink.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpServer;
import dev.flarelink.simulator.faults.FaultInjector;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.faults.RateLimiter;
import dev.flarelink.simulator.http.Authenticator;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.routes.AccessRuleRoutes;
import dev.flarelink.simulator.routes.AccountRoutes;
import dev.flarelink.simulator.routes.AlertRoutes;
import dev.flarelink.simulator.routes.AnalyticsRoutes;
import dev.flarelink.simulator.routes.CacheRoutes;
import dev.flarelink.simulator.routes.CertificatePackRoutes;
import dev.flarelink.simulator.routes.DnsRoutes;
import dev.flarelink.simulator.routes.HealthCheckRoutes;
import dev.flarelink.simulator.routes.LoadBalancerRoutes;
import dev.flarelink.simulator.routes.MemberRoutes;
import dev.flarelink.simulator.routes.MonitorRoutes;
import dev.flarelink.simulator.routes.PageRuleRoutes;
import dev.flarelink.simulator.routes.PoolRoutes;
import dev.flarelink.simulator.routes.R2Routes;
import dev.flarelink.simulator.routes.RulesetRoutes;
import dev.flarelink.simulator.routes.TokenRoutes;
import dev.flarelink.simulator.routes.WaitingRoomRoutes;
import dev.flarelink.simulator.routes.ZoneRoutes;
import dev.flarelink.simulator.state.Generator;
import dev.flarelink.simulator.state.SimState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * An in-memory Cloudflare v4 API on a local port: the state of a generated account, Cloudflare's
 * authentication, errors, paging and rate limits, and a fault plan. Serves {@code /client/v4/...}
 * and, for tests and scripts, {@code /__sim/...}. Start it with {@link #start(SimulatorOptions)};
 * close it when done. Thread-safe.
 */
public final class CloudflareSimulator implements AutoCloseable {

  static {
    // The JDK server writes headers and body in separate segments; with Nagle's algorithm on,
    // each response then waits for the client's delayed ACK (about 40 ms).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final SimulatorOptions options;
  private final SimState state;
  private final FaultInjector faults;
  private final RateLimiter restLimiter;
  private final RateLimiter graphQlLimiter;
  private final Router router = new Router();
  private final Authenticator authenticator;
  private final ConcurrentLinkedQueue<ScriptedResponse> script = new ConcurrentLinkedQueue<>();
  private final ArrayDeque<RecordedRequest> recorded = new ArrayDeque<>();
  private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final ExecutorService executor;

  private CloudflareSimulator(SimulatorOptions options) throws IOException {
    this.options = options;
    this.state = Generator.generate(options.seed(), options.clock().instant());
    this.faults = new FaultInjector(options.faults(), options.seed().seed());
    this.restLimiter = new RateLimiter(options.rateLimit(), options.rateWindow(), options.clock());
    this.graphQlLimiter =
        new RateLimiter(options.graphQlLimit(), options.rateWindow(), options.clock());
    this.authenticator = new Authenticator(options.clock());
    new TokenRoutes(authenticator).register(router);
    new AccountRoutes(faults).register(router);
    new MemberRoutes().register(router);
    new ZoneRoutes().register(router);
    new DnsRoutes().register(router);
    new AlertRoutes().register(router);
    new CacheRoutes().register(router);
    new AccessRuleRoutes().register(router);
    new AnalyticsRoutes().register(router);
    new R2Routes().register(router);
    new RulesetRoutes().register(router);
    new PageRuleRoutes().register(router);
    new CertificatePackRoutes().register(router);
    new LoadBalancerRoutes().register(router);
    new PoolRoutes().register(router);
    new MonitorRoutes().register(router);
    new HealthCheckRoutes().register(router);
    new WaitingRoomRoutes().register(router);
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.server =
        HttpServer.create(
            new InetSocketAddress(
                InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), options.port()),
            1024);
    var front = new FrontEnd(this);
    server.createContext("/client/v4", front::handleApi);
    server.createContext("/__sim", exchange -> new ControlRoutes(this).handle(exchange));
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a simulator with these options. */
  public static CloudflareSimulator start(SimulatorOptions options) {
    try {
      return new CloudflareSimulator(Objects.requireNonNull(options, "options == null"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the simulator on port " + options.port(), e);
    }
  }

  /** Starts a simulator with the defaults: the small account on any free port. */
  public static CloudflareSimulator start() {
    return start(SimulatorOptions.defaults());
  }

  /** The API's base URL, {@code http://127.0.0.1:PORT/client/v4}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/client/v4";
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The simulated Cloudflare's state; tests read ground truth from it. */
  public SimState state() {
    return state;
  }

  /** The account the named credentials are for. */
  public String accountId() {
    return state.primaryAccountId();
  }

  /** A named credential's secret (token or key). */
  public String secret(String credentialName) {
    return state.read(s -> s.credential(credentialName).secret());
  }

  /**
   * The named credentials as JSON: {@code {"base_url", "account_id", "credentials": [{"name",
   * "kind", "token" | "key" + "email", "purpose"}]}}.
   */
  public String credentialsJson() {
    try {
      return Wire.MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(ControlRoutes.credentials(this));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ground-truth summary served at {@code /__sim/state}, as JSON. */
  public String stateJson() {
    return state.read(s -> ControlRoutes.summary(s).toString());
  }

  /** The fault plan in force. */
  public Faults faults() {
    return faults.faults();
  }

  /** Replaces the fault plan at run time. */
  public void setFaults(Faults plan) {
    faults.set(plan);
  }

  /** Changes the REST rate limit (GraphQL's becomes a quarter of it) at run time. */
  public void setRateLimit(int limit, Duration window) {
    restLimiter.set(limit, window);
    graphQlLimiter.set(Math.max(1, limit / 4), window);
  }

  /** Queues a scripted response: the next API request gets it instead of the model's answer. */
  public void enqueue(ScriptedResponse response) {
    script.add(response);
  }

  /** The oldest recorded request not yet taken, or {@code null} when none is left. */
  public RecordedRequest takeRequest() {
    synchronized (recorded) {
      return recorded.pollFirst();
    }
  }

  /** Every recorded request not yet taken, oldest first, and forgets them. */
  public List<RecordedRequest> takeRequests() {
    synchronized (recorded) {
      var list = List.copyOf(recorded);
      recorded.clear();
      return list;
    }
  }

  /** Requests served, by {@code "METHOD template status"}. */
  public Map<String, Long> counters() {
    var copy = new TreeMap<String, Long>();
    counters.forEach((key, count) -> copy.put(key, count.sum()));
    return copy;
  }

  /** Forgets the counters and recorded requests. */
  public void resetCounters() {
    counters.clear();
    synchronized (recorded) {
      recorded.clear();
    }
  }

  SimulatorOptions options() {
    return options;
  }

  Router router() {
    return router;
  }

  Authenticator authenticator() {
    return authenticator;
  }

  FaultInjector faultInjector() {
    return faults;
  }

  RateLimiter limiter(boolean graphQl) {
    return graphQl ? graphQlLimiter : restLimiter;
  }

  ScriptedResponse nextScripted() {
    return script.poll();
  }

  /** Whether received requests are kept; when not, the front end does not even build them. */
  boolean recording() {
    return options.recordRequests() > 0;
  }

  void record(RecordedRequest request) {
    synchronized (recorded) {
      if (recorded.size() >= options.recordRequests()) {
        recorded.pollFirst();
      }
      recorded.addLast(request);
    }
  }

  void count(String key) {
    counters.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "CloudflareSimulator[" + baseUrl() + "]";
  }
}
