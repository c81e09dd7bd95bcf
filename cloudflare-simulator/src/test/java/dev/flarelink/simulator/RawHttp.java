package dev.flarelink.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Plain HTTP calls to a simulator, so its tests never go through the client. */
public final class RawHttp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final List<String> headers = new ArrayList<>();

  private RawHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Calls with no credential. */
  public static RawHttp anonymous(CloudflareSimulator simulator) {
    return new RawHttp(simulator.baseUrl());
  }

  /** Calls with a named credential of the simulator. */
  public static RawHttp as(CloudflareSimulator simulator, String credential) {
    var http = new RawHttp(simulator.baseUrl());
    var named = simulator.state().read(s -> s.credential(credential));
    if (named.kind().equals("global_api_key")) {
      return http.header("X-Auth-Key", named.secret()).header("X-Auth-Email", named.email());
    }
    return http.header("Authorization", "Bearer " + named.secret());
  }

  /** Adds a header. */
  public RawHttp header(String name, String value) {
    headers.add(name);
    headers.add(value);
    return this;
  }

  /** A response. */
  public record Reply(int status, HttpResponse<String> raw) {
    /** The body as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + raw.body(), e);
      }
    }

    /** The body. */
    public String body() {
      return raw.body();
    }

    /** A header. */
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The codes of the errors. */
    public List<Integer> codes() {
      var codes = new ArrayList<Integer>();
      json().path("errors").forEach(e -> codes.add(e.path("code").asInt()));
      return codes;
    }
  }

  /** GET a path below {@code /client/v4}. */
  public Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  /** Sends a request with an optional JSON body. */
  public Reply send(String method, String pathAndQuery, String json) {
    var builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
    for (int i = 0; i < headers.size(); i += 2) {
      builder.header(headers.get(i), headers.get(i + 1));
    }
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    builder.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
