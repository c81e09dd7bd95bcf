package dev.flarelink.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The OpenAPI description a running service serves at {@code /api/openapi.yaml}, as a response
 * validator. Fetched once per JVM: every test server serves the same file.
 */
public final class ServedSpec {

  private static volatile ServedSpec served;

  private final OpenApiInteractionValidator validator;

  /** The description in this YAML (the served one is fetched by {@link #of}). */
  public ServedSpec(String yaml) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
  }

  /** The description served by the service at {@code baseUrl}. */
  public static ServedSpec of(String baseUrl) {
    if (served == null) {
      synchronized (ServedSpec.class) {
        if (served == null) {
          served = new ServedSpec(fetch(baseUrl));
        }
      }
    }
    return served;
  }

  private static String fetch(String baseUrl) {
    try (var http = HttpClient.newHttpClient()) {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/api/openapi.yaml")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The service answered " + response.statusCode() + " for /api/openapi.yaml");
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fetch /api/openapi.yaml", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the description says is wrong with an answer (empty when it conforms). An answer to a path
   * the description does not have must be a 404 or 405 problem.
   */
  public List<String> checkResponse(String method, String pathAndQuery, TestHttp.Reply reply) {
    var path = pathAndQuery.split("\\?", 2)[0];
    var builder = SimpleResponse.Builder.status(reply.status());
    if (!reply.contentType().isEmpty()) {
      builder.withContentType(reply.contentType());
    }
    if (!reply.body().isEmpty()) {
      builder.withBody(reply.body());
    }
    var report = validator.validateResponse(path, Request.Method.valueOf(method), builder.build());
    var unknownPath = reply.status() == 404 || reply.status() == 405;
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(
            m ->
                !(unknownPath
                    && (m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"))))
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }
}
