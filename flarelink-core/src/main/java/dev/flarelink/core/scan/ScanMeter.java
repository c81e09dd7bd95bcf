package dev.flarelink.core.scan;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.retry.WaitListener;
import dev.flarelink.core.scan.ScanStore.Progress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Measures one running scan from inside its client: every request sent (retries included), the rate
 * budget left, and whether it is waiting for the rate limit and until when. Thread-safe.
 */
public final class ScanMeter implements Interceptor, WaitListener {

  private final AtomicInteger requests;
  private final Runnable onWait;
  private volatile @Nullable CloudflareClient client;
  private volatile @Nullable Instant waitingUntil;

  /**
   * A meter that starts counting at {@code requests} (a resumed scan's count so far) and calls
   * {@code onWait} when a rate-limit wait begins or ends, so that the change is published at once.
   */
  public ScanMeter(int requests, Runnable onWait) {
    this.requests = new AtomicInteger(requests);
    this.onWait = onWait;
  }

  /** Reads the rate budget from this client from now on. */
  public void attach(CloudflareClient value) {
    this.client = value;
  }

  @Override
  public CloudflareResponse intercept(Chain chain) {
    requests.incrementAndGet();
    return chain.proceed(chain.request());
  }

  @Override
  public void waiting(Reason reason, Instant until) {
    if (reason != Reason.RETRY) {
      waitingUntil = until;
      onWait.run();
    }
  }

  @Override
  public void resumed() {
    if (waitingUntil != null) {
      waitingUntil = null;
      onWait.run();
    }
  }

  /** The progress to publish now. */
  public Progress progress() {
    var until = waitingUntil;
    var attached = client;
    var budget = attached == null ? null : attached.budget();
    return new Progress(
        until == null ? "running" : "waiting",
        requests.get(),
        budget == null ? null : budget.limit(),
        budget == null ? null : budget.remaining(),
        until);
  }
}
