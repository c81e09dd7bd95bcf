package dev.flarelink.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the service over real HTTP in tests. */
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

  /** Sends a request with an optional API key and JSON body. */
  public static Reply call(String baseUrl, String key, String method, String path, String body)
      throws Exception {
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
