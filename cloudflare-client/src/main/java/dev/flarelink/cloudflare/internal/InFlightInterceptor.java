package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import java.util.concurrent.Semaphore;

/** Bounds the number of requests a client has on the wire at once. */
public final class InFlightInterceptor implements Interceptor {

  private final Semaphore permits;

  /** Allows at most {@code maxInFlight} concurrent attempts. */
  public InFlightInterceptor(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
    }
    this.permits = new Semaphore(maxInFlight, true);
  }

  @Override
  public CloudflareResponse intercept(Chain chain) {
    permits.acquireUninterruptibly();
    try {
      return chain.proceed(chain.request());
    } finally {
      permits.release();
    }
  }
}
