package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import java.lang.System.Logger.Level;

/** Logs method, path, status, ray id and time of each attempt; never headers or bodies. */
public final class LoggingInterceptor implements Interceptor {

  private static final System.Logger LOG = System.getLogger("dev.flarelink.cloudflare");

  @Override
  public CloudflareResponse intercept(Chain chain) {
    var request = chain.request();
    var started = System.nanoTime();
    try {
      var response = chain.proceed(request);
      if (LOG.isLoggable(Level.DEBUG)) {
        LOG.log(
            Level.DEBUG,
            "{0} {1} -> {2} in {3} ms (cf-ray {4})",
            request.method(),
            request.pathWithQuery(),
            response.status(),
            (System.nanoTime() - started) / 1_000_000,
            response.rayId());
      }
      return response;
    } catch (CloudflareException e) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} failed: {2}",
          request.method(),
          request.pathWithQuery(),
          e.getMessage());
      throw e;
    }
  }
}
