package dev.flarelink.cloudflare.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A zone's standalone health check of one origin.
 *
 * @param type {@code HTTP}, {@code HTTPS} or {@code TCP}
 * @param status {@code unknown}, {@code healthy}, {@code unhealthy} or {@code suspended}
 * @param httpConfig for HTTP and HTTPS checks, else {@code null}
 * @param tcpConfig for TCP checks, else {@code null}
 */
public record HealthCheck(
    String id,
    String name,
    @Nullable String description,
    String address,
    String type,
    @Nullable Integer interval,
    @Nullable Integer retries,
    @Nullable Integer timeout,
    @Nullable Boolean suspended,
    @Nullable String status,
    @Nullable String failureReason,
    List<String> checkRegions,
    @Nullable HttpConfig httpConfig,
    @Nullable TcpConfig tcpConfig,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn) {

  public HealthCheck {
    checkRegions = checkRegions == null ? List.of() : List.copyOf(checkRegions);
  }

  /** How an HTTP(S) check asks. */
  public record HttpConfig(
      @Nullable String method,
      @Nullable String path,
      @Nullable Integer port,
      List<String> expectedCodes,
      @Nullable String expectedBody,
      @Nullable Boolean followRedirects,
      @Nullable Boolean allowInsecure) {

    public HttpConfig {
      expectedCodes = expectedCodes == null ? List.of() : List.copyOf(expectedCodes);
    }
  }

  /** How a TCP check connects. */
  public record TcpConfig(@Nullable String method, @Nullable Integer port) {}
}
