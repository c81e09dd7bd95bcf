package dev.flarelink.cloudflare.http;

import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * The default transport, on the JDK's {@link HttpClient}. Thread-safe; one instance serves many
 * concurrent requests over pooled connections.
 */
public final class JdkHttpTransport implements Transport, AutoCloseable {

  private final HttpClient httpClient;
  private final Duration requestTimeout;
  private final String userAgent;

  /** A transport with the given connect and whole-request timeouts. */
  public JdkHttpTransport(Duration connectTimeout, Duration requestTimeout, String userAgent) {
    this.httpClient =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = requestTimeout;
    this.userAgent = userAgent;
  }

  @Override
  public CloudflareResponse send(URI baseUrl, CloudflareRequest request) {
    var builder =
        HttpRequest.newBuilder(URI.create(baseUrl.toString() + request.pathWithQuery()))
            .timeout(requestTimeout)
            .header("User-Agent", userAgent)
            .method(
                request.method(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach(builder::header);
    try {
      var response = httpClient.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new CloudflareResponse(
          response.statusCode(), response.headers().map(), response.body());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw failure(request, "Could not connect to Cloudflare at " + baseUrl.getHost(), false, e);
    } catch (HttpTimeoutException e) {
      throw failure(
          request,
          "Cloudflare did not answer within " + requestTimeout.toSeconds() + " s",
          true,
          e);
    } catch (IOException e) {
      throw failure(request, "The connection to Cloudflare failed or was cut off", true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(request, "The request was interrupted", true, e);
    }
  }

  private static TransportException failure(
      CloudflareRequest request, String what, boolean sent, Exception cause) {
    var context =
        new ErrorContext(0, List.of(), null, request.method(), request.pathWithQuery(), null);
    var detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new TransportException(
        context,
        what + " (" + detail + "); check the network and the base URL, then retry.",
        sent,
        cause);
  }

  @Override
  public void close() {
    httpClient.close();
  }
}
