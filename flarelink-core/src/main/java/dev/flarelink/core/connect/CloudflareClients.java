package dev.flarelink.core.connect;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.CloudflareClientBuilder;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.core.diagnosis.ConnectionTester;
import java.time.Clock;
import java.time.Duration;

/**
 * The Cloudflare clients Flarelink uses, by who waits for them: a person (tests and fresh reads:
 * few attempts, short waits) or nobody (scans: patient through rate limits).
 */
public final class CloudflareClients {

  private CloudflareClients() {}

  /**
   * The connection tester every face uses: Cloudflare at {@code baseUrl}, two attempts, and no wait
   * longer than 5 s, because a person is waiting for the answer.
   */
  public static ConnectionTester tester(String baseUrl, Clock clock) {
    return new ConnectionTester(
        credential ->
            CloudflareClient.builder()
                .baseUrl(baseUrl)
                .credential(credential)
                .retryPolicy(
                    RetryPolicy.DEFAULT.withMaxAttempts(2).withMaxRetryAfter(Duration.ofSeconds(5)))
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20))
                .build(),
        clock);
  }

  /**
   * The client a scan uses: patient, because no person waits on it; it sits out rate-limit waits of
   * up to one budget window and retries the rest.
   */
  public static CloudflareClientBuilder forScans(String baseUrl, Credential credential) {
    return CloudflareClient.builder()
        .baseUrl(baseUrl)
        .credential(credential)
        .retryPolicy(
            RetryPolicy.DEFAULT.withMaxAttempts(10).withMaxRetryAfter(Duration.ofMinutes(6)))
        .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  /**
   * The client of a read a person waits for ({@code fresh=true}, analytics, actions): three
   * attempts, and no wait longer than 10 s.
   */
  public static CloudflareClient forPeople(String baseUrl, Credential credential) {
    return CloudflareClient.builder()
        .baseUrl(baseUrl)
        .credential(credential)
        .retryPolicy(
            RetryPolicy.DEFAULT.withMaxAttempts(3).withMaxRetryAfter(Duration.ofSeconds(10)))
        .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
        .build();
  }
}
