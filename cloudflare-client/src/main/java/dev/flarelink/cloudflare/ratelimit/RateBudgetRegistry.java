package dev.flarelink.cloudflare.ratelimit;

import dev.flarelink.cloudflare.http.CloudflareRequest.Budget;
import dev.flarelink.cloudflare.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one budget per credential and budget kind, so that every client of a credential in the
 * process spends the same budget. Budgets are keyed by a fingerprint of the credential, never by
 * the secret itself. Thread-safe.
 */
public final class RateBudgetRegistry {

  /** Cloudflare's client API limit per credential: 1200 requests per 300 s. */
  public static final RateLimit DEFAULT_REST = new RateLimit(1200, Duration.ofMinutes(5));

  /** GraphQL Analytics' own limit: 300 queries per 300 s. */
  public static final RateLimit DEFAULT_GRAPHQL = new RateLimit(300, Duration.ofMinutes(5));

  private static final RateBudgetRegistry PROCESS_WIDE =
      new RateBudgetRegistry(DEFAULT_REST, DEFAULT_GRAPHQL, Clock.systemUTC(), Sleeper.system());

  /** A request limit: {@code limit} per {@code window}. */
  public record RateLimit(int limit, Duration window) {}

  /** Makes the budget for one credential and kind. */
  @FunctionalInterface
  public interface BudgetFactory {
    /** A new budget for the fingerprinted credential and budget kind. */
    RateBudget create(String credentialFingerprint, Budget kind);
  }

  private final BudgetFactory factory;
  private final ConcurrentHashMap<String, RateBudget> budgets = new ConcurrentHashMap<>();

  /** A registry of local sliding-window budgets with these limits. */
  public RateBudgetRegistry(RateLimit rest, RateLimit graphQl, Clock clock, Sleeper sleeper) {
    this(
        (fingerprint, kind) -> {
          var limit = kind == Budget.GRAPHQL ? graphQl : rest;
          return new SlidingWindowRateBudget(limit.limit(), limit.window(), clock, sleeper);
        });
  }

  /** A registry whose budgets come from a factory, e.g. one backed by a shared database. */
  public RateBudgetRegistry(BudgetFactory factory) {
    this.factory = factory;
  }

  /** The registry every client uses unless told otherwise, with Cloudflare's default limits. */
  public static RateBudgetRegistry processWide() {
    return PROCESS_WIDE;
  }

  /** The budget of this credential and kind, made on first use. */
  public RateBudget budget(String credentialFingerprint, Budget kind) {
    return budgets.computeIfAbsent(
        credentialFingerprint + "/" + kind, key -> factory.create(credentialFingerprint, kind));
  }
}
