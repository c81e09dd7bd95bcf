package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.ratelimit.RateBudget;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import dev.flarelink.cloudflare.retry.WaitListener;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Spends the credential's rate budget before each attempt and resyncs it from each response. */
public final class BudgetInterceptor implements Interceptor {

  private final RateBudget rest;
  private final RateBudget graphQl;
  private final Clock clock;
  private final Duration maxWait;
  private final WaitListener listener;

  /**
   * Spends the budgets the registry keeps for this credential fingerprint, waiting at most {@code
   * maxWait} for room; past that the call fails as rate limited, with the time to retry.
   */
  public BudgetInterceptor(
      RateBudgetRegistry registry,
      String fingerprint,
      Clock clock,
      Duration maxWait,
      WaitListener listener) {
    this.listener = listener;
    this.rest = registry.budget(fingerprint, CloudflareRequest.Budget.REST);
    this.graphQl = registry.budget(fingerprint, CloudflareRequest.Budget.GRAPHQL);
    this.clock = clock;
    this.maxWait = maxWait;
  }

  @Override
  public CloudflareResponse intercept(Chain chain) {
    var budget =
        switch (chain.request().budget()) {
          case REST -> rest;
          case GRAPHQL -> graphQl;
        };
    var tooLong = spend(budget);
    if (tooLong != null) {
      var request = chain.request();
      var context =
          new ErrorContext(0, List.of(), null, request.method(), request.pathWithQuery(), tooLong);
      throw new RateLimitedException(
          context,
          "This credential's rate budget is spent (Cloudflare allows 1200 requests per 5 minutes,"
              + " counted across everything that uses it); the next request may go in "
              + Math.max(1, (tooLong.toMillis() + 999) / 1000)
              + " s",
          null);
    }
    var response = chain.proceed(chain.request());
    budget.record(
        response.header("ratelimit"),
        response.status(),
        response.status() == 429 ? RetryAfter.from(response, clock) : null);
    return response;
  }

  /** Spends one request, telling the listener when that means waiting first. */
  private @Nullable Duration spend(RateBudget budget) {
    var wait = budget.acquire(Duration.ZERO);
    if (wait == null || wait.compareTo(maxWait) > 0) {
      return wait;
    }
    listener.waiting(WaitListener.Reason.RATE_BUDGET, clock.instant().plus(wait));
    try {
      return budget.acquire(maxWait);
    } finally {
      listener.resumed();
    }
  }

  /** The REST budget, for progress reports. */
  public RateBudget restBudget() {
    return rest;
  }
}
