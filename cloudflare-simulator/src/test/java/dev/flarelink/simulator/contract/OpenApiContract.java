package dev.flarelink.simulator.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Checks requests and responses against Cloudflare's official OpenAPI schema, kept (gzipped, with
 * its BSD 3-Clause licence) in this module's test resources under {@code cloudflare-openapi/}.
 * Loaded once per JVM (the schema is 4 MB).
 */
public final class OpenApiContract {

  private static final String BASE = "/client/v4";
  private static volatile OpenApiInteractionValidator validator;

  private OpenApiContract() {}

  /**
   * A captured Cloudflare body from {@code cloudflare-examples/} on the test classpath (see its
   * README for where each comes from).
   */
  public static String capturedBody(String name) {
    try (var in = resource("/cloudflare-examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the captured body " + name, e);
    }
  }

  private static InputStream resource(String path) {
    var in = OpenApiContract.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          path + " is missing from the test classpath (cloudflare-simulator's test resources)");
    }
    return in;
  }

  private static OpenApiInteractionValidator validator() {
    if (validator == null) {
      synchronized (OpenApiContract.class) {
        if (validator == null) {
          validator =
              OpenApiInteractionValidator.createForInlineApiSpecification(loadSpec())
                  .withBasePathOverride(BASE)
                  .withLevelResolver(
                      LevelResolver.create()
                          // Security schemes in the spec are unreliable (cloudflare-api.md §2.1).
                          .withLevel(
                              "validation.request.security.missing", ValidationReport.Level.IGNORE)
                          .withLevel(
                              "validation.request.security.invalid", ValidationReport.Level.IGNORE)
                          .build())
                  .build();
        }
      }
    }
    return validator;
  }

  /**
   * The official schema, minus what its loader cannot read: multipart {@code encoding} maps (the
   * Workers upload body has one the parser rejects) and {@code default} values, some of which
   * contradict their own types. Neither takes part in validating the endpoints we use.
   */
  private static String loadSpec() {
    try {
      var mapper = new ObjectMapper();
      ObjectNode spec;
      try (var in =
          new GZIPInputStream(resource("/cloudflare-openapi/openapi-2024-08-07.json.gz"))) {
        spec = (ObjectNode) mapper.readTree(in);
      }
      stripUnreadable(spec, "");
      allowUnderscoresInRuleActions(spec);
      return mapper.writeValueAsString(spec);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenAPI schema", e);
    }
  }

  /**
   * A schema defect, not a departure: {@code rulesets_RuleAction} restricts an action to {@code
   * ^[a-z]+$}, which its own rule schemas contradict ({@code managed_challenge}, {@code
   * js_challenge}, {@code set_config}, ... are the enums of their branches), so every rule with
   * such an action would match no branch. Underscores are allowed; each branch's enum still checks
   * the action.
   */
  private static void allowUnderscoresInRuleActions(ObjectNode spec) {
    var action = spec.path("components").path("schemas").path("rulesets_RuleAction");
    if (action instanceof ObjectNode node && "^[a-z]+$".equals(node.path("pattern").asText())) {
      node.put("pattern", "^[a-z_]+$");
    }
  }

  private static void stripUnreadable(JsonNode node, String key) {
    if (node.isObject()) {
      var object = (ObjectNode) node;
      if (object.has("multipart/form-data") && object.get("multipart/form-data").isObject()) {
        ((ObjectNode) object.get("multipart/form-data")).remove("encoding");
      }
      // A few defaults contradict their own types; defaults take no part in validation.
      if (!key.equals("properties") && !key.equals("responses") && object.has("default")) {
        object.remove("default");
      }
      object.properties().forEach(entry -> stripUnreadable(entry.getValue(), entry.getKey()));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> stripUnreadable(child, ""));
    }
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

  /**
   * The errors that matter. The validator checks each {@code allOf} member as if it had {@code
   * additionalProperties: false}, so it reports properties that a sibling member defines; the
   * schema itself does not forbid extra properties on these objects. Those reports are left out,
   * and a {@code oneOf} verdict (a discriminator's "no matching schema" too) stands only when no
   * branch failed on nothing but them.
   */
  private static List<String> messages(ValidationReport report) {
    var errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .toList();
    if (System.getProperty("contract.debug") != null) {
      errors.forEach(
          m ->
              System.out.println(
                  "MSG "
                      + m.getKey()
                      + " | "
                      + m.getMessage()
                      + " | "
                      + instancePointer(m)
                      + " @ "
                      + schemaPointer(m)));
    }
    return errors.stream()
        .filter(m -> !m.getKey().endsWith(".additionalProperties"))
        .filter(
            m ->
                !schemaPointer(m).matches(".*/(oneOf|anyOf)/\\d+/.*")
                    && !schemaPointer(m).matches(".*/(oneOf|anyOf)/\\d+"))
        .filter(
            m ->
                !((m.getKey().endsWith(".oneOf")
                        || m.getKey().endsWith(".anyOf")
                        || m.getKey().endsWith(".discriminator.oneOf.no_match_found"))
                    && someBranchOnlyInjected(m, errors)))
        .map(m -> m.getKey() + ": " + m.getMessage() + " at " + instancePointer(m))
        .collect(Collectors.toList());
  }

  private static boolean someBranchOnlyInjected(
      ValidationReport.Message verdict, List<ValidationReport.Message> errors) {
    var prefix = schemaPointer(verdict) + "/";
    var instance = instancePointer(verdict);
    var byBranch = new TreeMap<String, Boolean>();
    for (var message : errors) {
      var pointer = schemaPointer(message);
      var at = instancePointer(message);
      if (!pointer.startsWith(prefix) || !(at.equals(instance) || at.startsWith(instance + "/"))) {
        continue;
      }
      var branch = pointer.substring(prefix.length()).split("/", -1)[0];
      var injected = message.getKey().endsWith(".additionalProperties");
      byBranch.merge(branch, injected, Boolean::logicalAnd);
    }
    return byBranch.containsValue(true);
  }

  private static String schemaPointer(ValidationReport.Message message) {
    return message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getSchema()).orElse("");
  }

  private static String instancePointer(ValidationReport.Message message) {
    return message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
  }
}
