package dev.flarelink.cloudflare.internal;

import com.fasterxml.jackson.databind.JavaType;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.MalformedResponseException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.error.TransportException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.cloudflare.retry.WaitListener;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request through the pipeline, decodes it, and retries what may be retried. A write is
 * retried only when it cannot have been applied: a connection that never opened, or a 429 (which
 * Cloudflare answers before doing anything).
 */
public final class CallExecutor {

  private final Pipeline pipeline;
  private final ResponseDecoder decoder;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Clock clock;
  private final WaitListener listener;

  /** An executor over this pipeline, with this policy and these injected waits. */
  public CallExecutor(
      Pipeline pipeline,
      ResponseDecoder decoder,
      RetryPolicy policy,
      Sleeper sleeper,
      RandomGenerator random,
      Clock clock,
      WaitListener listener) {
    this.clock = clock;
    this.listener = listener;
    this.pipeline = pipeline;
    this.decoder = decoder;
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
  }

  /** Sends the request and decodes its envelope's result as {@code type}. */
  public <T> Envelope<T> execute(CloudflareRequest request, JavaType type) {
    return execute(request, response -> decoder.decode(request, response, type));
  }

  /** Sends the request and reads the response with {@code reader}, which may throw typed errors. */
  public <T> T execute(CloudflareRequest request, Function<CloudflareResponse, T> reader) {
    for (int attempt = 1; ; attempt++) {
      try {
        return reader.apply(pipeline.send(request));
      } catch (CloudflareException failure) {
        var wait = retryWait(request, failure, attempt);
        if (wait == null) {
          throw failure;
        }
        listener.waiting(
            failure instanceof RateLimitedException
                ? WaitListener.Reason.RATE_LIMITED
                : WaitListener.Reason.RETRY,
            clock.instant().plus(wait));
        try {
          sleeper.sleep(wait);
        } finally {
          listener.resumed();
        }
        if (Thread.currentThread().isInterrupted()) {
          throw failure;
        }
      }
    }
  }

  /** How long to wait before the next attempt, or {@code null} to give up. */
  private @Nullable Duration retryWait(
      CloudflareRequest request, CloudflareException failure, int attempt) {
    if (attempt >= policy.maxAttempts() || !retryable(request, failure)) {
      return null;
    }
    var asked = failure.context().retryAfter();
    if (asked != null) {
      return asked.compareTo(policy.maxRetryAfter()) > 0 ? null : asked;
    }
    return policy.backoff(attempt - 1, random);
  }

  private static boolean retryable(CloudflareRequest request, CloudflareException failure) {
    return switch (failure) {
      case RateLimitedException limited -> true;
      case TransportException transport -> request.idempotent() || !transport.requestSent();
      case ServerErrorException server -> request.idempotent();
      case MalformedResponseException malformed -> request.idempotent();
      case InvalidRequestException invalid ->
          request.idempotent() && (invalid.status() == 408 || invalid.status() == 409);
      default -> false;
    };
  }
}
