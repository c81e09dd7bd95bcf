package dev.flarelink.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls the service over real HTTP in tests. Every answer of {@link #call} is checked against the
 * OpenAPI description the service serves ({@link ServedSpec}), so the description cannot drift from
 * the code; {@link #callUnchecked} is for hostile requests only.
 */
public final class TestHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestHttp() {}

  /** A response. */
  public record Reply(int status, String contentType, String body) {
    /** The body as JSON. */
    public JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  /**
   * Sends a request with an optional API key and JSON body, and checks the answer against the
   * served OpenAPI description (its status, content type and body).
   */
  public static Reply call(String baseUrl, String key, String method, String path, String body)
      throws Exception {
    var reply = callUnchecked(baseUrl, key, method, path, body);
    assertThat(ServedSpec.of(baseUrl).checkResponse(method, path, reply))
        .as("%s %s answered %s %s", method, path, reply.status(), reply.body())
        .isEmpty();
    return reply;
  }

  /**
   * Checks an answer a test received by other means (an event stream, headers of its own) against
   * the served OpenAPI description, and gives it back.
   */
  public static HttpResponse<String> checked(
      String baseUrl, String method, String path, HttpResponse<String> response) {
    var reply =
        new Reply(
            response.statusCode(),
            response.headers().firstValue("content-type").orElse(""),
            response.body());
    assertThat(ServedSpec.of(baseUrl).checkResponse(method, path, reply))
        .as("%s %s answered %s %s", method, path, reply.status(), reply.body())
        .isEmpty();
    return response;
  }

  /**
   * Sends a request without checking the answer against the OpenAPI description: only for hostile
   * requests (the fuzz test), whose answers need only be no server error.
   */
  public static Reply callUnchecked(
      String baseUrl, String key, String method, String path, String body) throws Exception {
    var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    builder.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    var response =
        HTTP.send(
            builder.header("Content-Type", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("content-type").orElse(""),
        response.body());
  }
}
