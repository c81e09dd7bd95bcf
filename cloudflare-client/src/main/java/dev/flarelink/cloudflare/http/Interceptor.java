package dev.flarelink.cloudflare.http;

/**
 * One stage of the client's transport pipeline. An interceptor sees each attempt of a request and
 * calls {@link Chain#proceed(CloudflareRequest)} to pass it on.
 */
@FunctionalInterface
public interface Interceptor {

  /** Handles one attempt; returns the response or throws a {@code CloudflareException}. */
  CloudflareResponse intercept(Chain chain);

  /** The rest of the pipeline, as seen from one interceptor. */
  interface Chain {

    /** The request as it reaches this interceptor. */
    CloudflareRequest request();

    /** Passes the request to the next stage. */
    CloudflareResponse proceed(CloudflareRequest request);
  }
}
