package dev.flarelink.cloudflare.error;

import java.util.List;

/**
 * A GraphQL Analytics query failed: Cloudflare returned {@code errors}, often inside an HTTP 200.
 */
public final class GraphQlException extends CloudflareException {

  private static final long serialVersionUID = 1L;

  private final List<String> graphQlErrors;
  private final boolean retryable;

  /** Made by the client's error mapper. */
  public GraphQlException(
      ErrorContext context, String explanation, List<String> graphQlErrors, boolean retryable) {
    super(context, explanation + ": " + String.join("; ", graphQlErrors), null);
    this.graphQlErrors = List.copyOf(graphQlErrors);
    this.retryable = retryable;
  }

  /** The message of each GraphQL error, in order. */
  public List<String> graphQlErrors() {
    return graphQlErrors;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
