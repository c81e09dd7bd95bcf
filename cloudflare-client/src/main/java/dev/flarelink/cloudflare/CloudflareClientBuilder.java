package dev.flarelink.cloudflare;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.http.JdkHttpTransport;
import dev.flarelink.cloudflare.http.Transport;
import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.internal.AuthInterceptor;
import dev.flarelink.cloudflare.internal.BudgetInterceptor;
import dev.flarelink.cloudflare.internal.CallExecutor;
import dev.flarelink.cloudflare.internal.InFlightInterceptor;
import dev.flarelink.cloudflare.internal.LoggingInterceptor;
import dev.flarelink.cloudflare.internal.Pipeline;
import dev.flarelink.cloudflare.internal.ResponseDecoder;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.cloudflare.retry.WaitListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Builds a {@link CloudflareClient}. Not thread-safe; the client it builds is. */
public final class CloudflareClientBuilder {

  /** Requests a client keeps on the wire at once unless told otherwise. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 8;

  private String baseUrl = CloudflareClient.DEFAULT_BASE_URL;
  private @Nullable Credential credential;
  private @Nullable String defaultAccountId;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private @Nullable RateBudgetRegistry budgets;
  private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(60);
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private WaitListener waitListener = WaitListener.NONE;
  private boolean ownTime;
  private RandomGenerator random = RandomGenerator.getDefault();
  private @Nullable Transport transport;
  private String userAgent = "flarelink-cloudflare-client/0.1";
  private final List<Interceptor> interceptors = new ArrayList<>();

  CloudflareClientBuilder() {}

  /** The credential every request carries. */
  public CloudflareClientBuilder credential(Credential value) {
    this.credential = value;
    return this;
  }

  /** The API's base URL, including {@code /client/v4}; how tests reach the simulator. */
  public CloudflareClientBuilder baseUrl(String value) {
    Objects.requireNonNull(value, "baseUrl == null");
    var trimmed = value.strip();
    this.baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    return this;
  }

  /**
   * Reads the credential, account and base URL from the conventional variables: {@code
   * CLOUDFLARE_API_TOKEN}, or {@code CLOUDFLARE_API_KEY} with {@code CLOUDFLARE_EMAIL}, {@code
   * CLOUDFLARE_ACCOUNT_ID} and {@code CLOUDFLARE_BASE_URL}.
   */
  public CloudflareClientBuilder environment(Map<String, String> environment) {
    Credential.fromEnvironment(environment).ifPresent(this::credential);
    var account = environment.get("CLOUDFLARE_ACCOUNT_ID");
    if (account != null && !account.isBlank()) {
      defaultAccountId(account);
    }
    var url = environment.get("CLOUDFLARE_BASE_URL");
    if (url != null && !url.isBlank()) {
      baseUrl(url);
    }
    return this;
  }

  /** The account most calls are about, as {@code CLOUDFLARE_ACCOUNT_ID} names it. */
  public CloudflareClientBuilder defaultAccountId(@Nullable String value) {
    this.defaultAccountId = value == null ? null : value.strip();
    return this;
  }

  /** When and how to retry. */
  public CloudflareClientBuilder retryPolicy(RetryPolicy value) {
    this.retryPolicy = Objects.requireNonNull(value, "retryPolicy == null");
    return this;
  }

  /** Where the credential's rate budgets live; the process-wide registry by default. */
  public CloudflareClientBuilder rateBudgets(RateBudgetRegistry value) {
    this.budgets = value;
    return this;
  }

  /** The most requests on the wire at once. */
  public CloudflareClientBuilder maxInFlight(int value) {
    this.maxInFlight = value;
    return this;
  }

  /** How long to wait for a connection, and for a whole response. */
  public CloudflareClientBuilder timeouts(Duration connect, Duration request) {
    this.connectTimeout = connect;
    this.requestTimeout = request;
    return this;
  }

  /** The clock, for {@code Retry-After} dates and the rate budget. */
  public CloudflareClientBuilder clock(Clock value) {
    this.clock = value;
    this.ownTime = true;
    return this;
  }

  /** How the client waits between retries and for the budget. */
  public CloudflareClientBuilder sleeper(Sleeper value) {
    this.sleeper = value;
    this.ownTime = true;
    return this;
  }

  /** The randomness of backoff jitter. */
  public CloudflareClientBuilder random(RandomGenerator value) {
    this.random = value;
    return this;
  }

  /** A transport other than the JDK's HTTP client. */
  public CloudflareClientBuilder transport(Transport value) {
    this.transport = value;
    return this;
  }

  /** The User-Agent header. */
  public CloudflareClientBuilder userAgent(String value) {
    this.userAgent = value;
    return this;
  }

  /** Adds an interceptor that sees each attempt after the client's own stages. */
  public CloudflareClientBuilder addInterceptor(Interceptor interceptor) {
    interceptors.add(interceptor);
    return this;
  }

  /**
   * Tells {@code value} whenever the client waits before sending: for the rate budget, after a 429,
   * or backing off before a retry. Does not separate this client's budget from the process's.
   */
  public CloudflareClientBuilder waitListener(WaitListener value) {
    this.waitListener = Objects.requireNonNull(value, "waitListener");
    return this;
  }

  /** Builds the client. */
  public CloudflareClient build() {
    var url = URI.create(baseUrl);
    if (url.getScheme() == null || !List.of("http", "https").contains(url.getScheme())) {
      throw new IllegalArgumentException(
          "The base URL must start with https:// (or http:// for a local simulator), was "
              + baseUrl);
    }
    // A client with its own clock or sleeper (a test) must not share the process's budgets.
    var registry =
        budgets != null
            ? budgets
            : ownTime
                ? new RateBudgetRegistry(
                    RateBudgetRegistry.DEFAULT_REST,
                    RateBudgetRegistry.DEFAULT_GRAPHQL,
                    clock,
                    sleeper)
                : RateBudgetRegistry.processWide();
    var fingerprint = credential == null ? "anonymous" : credential.fingerprint();
    var budget =
        new BudgetInterceptor(
            registry, fingerprint, clock, retryPolicy.maxRetryAfter(), waitListener);
    var stages = new ArrayList<Interceptor>();
    stages.add(new LoggingInterceptor());
    stages.add(budget);
    stages.add(new InFlightInterceptor(maxInFlight));
    stages.addAll(interceptors);
    stages.add(new AuthInterceptor(credential));
    var ownTransport =
        transport == null ? new JdkHttpTransport(connectTimeout, requestTimeout, userAgent) : null;
    var pipeline =
        new Pipeline(stages, ownTransport != null ? ownTransport : given(transport), url);
    var decoder = new ResponseDecoder(clock);
    var executor =
        new CallExecutor(pipeline, decoder, retryPolicy, sleeper, random, clock, waitListener);
    AutoCloseable resources = ownTransport != null ? ownTransport : () -> {};
    return new CloudflareClient(
        new CloudflareClient.ClientParts(
            url,
            credential,
            new ApiSupport(executor, decoder),
            decoder,
            budget,
            resources,
            defaultAccountId));
  }

  /** The transport set with {@link #transport}, when no own one was made for want of it. */
  private static Transport given(@Nullable Transport transport) {
    return Objects.requireNonNull(transport, "transport");
  }
}
