package dev.flarelink.simulator.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks requests and responses against Cloudflare's official OpenAPI schema in {@code
 * ../shared/cloudflare-openapi/}. Loaded once per JVM (the schema is 4 MB).
 */
public final class OpenApiContract {

  private static final String BASE = "/client/v4";
  private static volatile OpenApiInteractionValidator validator;

  private OpenApiContract() {}

  /** The shared reference directory, from {@code -Dflarelink.shared.dir} or next to the repo. */
  public static Path sharedDir() {
    var configured = System.getProperty("flarelink.shared.dir");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    var here = Path.of("").toAbsolutePath();
    for (var dir = here; dir != null; dir = dir.getParent()) {
      var candidate = dir.resolve("../shared").normalize();
      if (Files.isDirectory(candidate.resolve("cloudflare-openapi"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("Cannot find ../shared (set -Dflarelink.shared.dir)");
  }

  private static OpenApiInteractionValidator validator() {
    if (validator == null) {
      synchronized (OpenApiContract.class) {
        if (validator == null) {
          var spec = sharedDir().resolve("cloudflare-openapi/openapi-2024-08-07.json");
          validator =
              OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
                  .withBasePathOverride(BASE)
                  .withLevelResolver(
                      LevelResolver.create()
                          // Security schemes in the spec are unreliable (cloudflare-api.md §2.1).
                          .withLevel(
                              "validation.request.security.missing",
                              com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE)
                          .withLevel(
                              "validation.request.security.invalid",
                              com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE)
                          .build())
                  .build();
        }
      }
    }
    return validator;
  }

  /** The schema's complaints about a request (empty when it conforms). */
  public static List<String> checkRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      String contentType,
      String body) {
    var builder = new SimpleRequest.Builder(Request.Method.valueOf(method), BASE + path);
    query.forEach((name, values) -> builder.withQueryParam(name, values));
    if (contentType != null) {
      builder.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      builder.withBody(body);
    }
    return messages(validator().validateRequest(builder.build()));
  }

  /** The schema's complaints about a JSON response (empty when it conforms). */
  public static List<String> checkResponse(String method, String path, int status, String body) {
    var response =
        SimpleResponse.Builder.status(status)
            .withContentType("application/json")
            .withBody(body)
            .build();
    return messages(
        validator().validateResponse(BASE + path, Request.Method.valueOf(method), response));
  }

  private static List<String> messages(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .collect(Collectors.toList());
  }
}
