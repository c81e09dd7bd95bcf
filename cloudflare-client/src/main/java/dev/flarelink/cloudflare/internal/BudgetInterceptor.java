package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.ratelimit.RateBudget;
import dev.flarelink.cloudflare.ratelimit.RateBudgetRegistry;
import java.time.Clock;

/** Spends the credential's rate budget before each attempt and resyncs it from each response. */
public final class BudgetInterceptor implements Interceptor {

  private final RateBudget rest;
  private final RateBudget graphQl;
  private final Clock clock;

  /** Spends the budgets the registry keeps for this credential fingerprint. */
  public BudgetInterceptor(RateBudgetRegistry registry, String fingerprint, Clock clock) {
    this.rest =
        registry.budget(fingerprint, dev.flarelink.cloudflare.http.CloudflareRequest.Budget.REST);
    this.graphQl =
        registry.budget(
            fingerprint, dev.flarelink.cloudflare.http.CloudflareRequest.Budget.GRAPHQL);
    this.clock = clock;
  }

  @Override
  public CloudflareResponse intercept(Chain chain) {
    var budget =
        switch (chain.request().budget()) {
          case REST -> rest;
          case GRAPHQL -> graphQl;
        };
    budget.acquire();
    var response = chain.proceed(chain.request());
    budget.record(
        response.header("ratelimit"),
        response.status(),
        response.status() == 429 ? RetryAfter.from(response, clock) : null);
    return response;
  }

  /** The REST budget, for progress reports. */
  public RateBudget restBudget() {
    return rest;
  }
}
