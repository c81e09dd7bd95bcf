package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.simulator.contract.OpenApiContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that requests the client sent validate against Cloudflare's official schema (path, method,
 * parameters, body). Endpoints that appeared after the 2024 schema are named and skipped.
 */
final class RequestContract {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EPOCH = "2000-01-01T00:00:00Z";

  /** Paths newer than the 2024 schema (cloudflare-api.md §0: [SPEC26], [AE]). */
  private static final Set<String> NEWER_THAN_SCHEMA =
      Set.of(
          "/accounts/[0-9a-f]{32}/tokens/verify",
          "/zones/[0-9a-f]{32}/dns_records/batch",
          "/graphql");

  /** Where the 2024 schema and the API as documented since disagree, each named with its reason. */
  private static final Map<String, String> DEPARTURES =
      Map.of(
          "Query parameter '(name|content|comment|tag)\\.(contains|startswith|endswith|exact|present|absent)' is unexpected.*",
          "the dotted DNS filter operators are in the 2026 schema (cloudflare-api.md §5.5), not the 2024 one",
          "required property '(id|created_on|modified_on|proxiable)' not found.*",
          "the 2024 schema reuses the response record for request bodies, with its read-only fields required",
          "PATCH .*required property '(name|type|content)' not found.*|PATCH .*oneOf: must be valid to one and only one schema, but 0 are valid.*",
          "PATCH changes only the fields given (§5.6); the 2024 schema reuses the full record",
          "DELETE .*(contentType.notAllowed|body.missing).*",
          "the 2024 schema requires a body on DELETE; Cloudflare's own SDKs send none",
          "GET /accounts/[0-9a-f]{32}/roles: .*Query parameter '(page|per_page)' is unexpected.*",
          "roles paging (per_page 5 to 50) is in the 2026 schema (§4.2), not the 2024 one",
          ".*parameter.schema.invalidJson.*",
          "the 2024 schema declares some path identifiers as JSON content, so a plain id does not parse",
          "PATCH .*/access_rules/rules/.*required property '(allowed_modes|configuration|scope)' not found.*",
          "the 2024 schema reuses the whole rule for PATCH; Cloudflare changes only mode and notes");

  /**
   * Ruleset writes. The 2024 schema reuses the response records for their bodies, with the
   * read-only {@code version} and {@code last_updated} required on every rule (and {@code id} on a
   * ruleset), so no rule a client may send matches a branch of {@code rulesets_RequestRule}. Those
   * fields are filled in before the check, so that everything else is still checked.
   */
  private static final Pattern RULESET_WRITES =
      Pattern.compile(
          "(POST|PATCH|PUT) /(zones|accounts)/[0-9a-f]{32}/rulesets/.*(/rules(/[0-9a-f]{32})?|/entrypoint)");

  private RequestContract() {}

  private static String withReadOnlyRulesetFields(String body) {
    try {
      var node = MAPPER.readTree(body);
      if (node instanceof ObjectNode object) {
        if (object.has("rules")) {
          object.put("id", "0".repeat(32)).put("version", "1").put("last_updated", EPOCH);
          object.path("rules").forEach(RequestContract::readOnlyRuleFields);
        } else {
          readOnlyRuleFields(object);
        }
      }
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return body;
    }
  }

  private static void readOnlyRuleFields(JsonNode rule) {
    if (rule instanceof ObjectNode object) {
      object.put("version", "1").put("last_updated", EPOCH);
    }
  }

  static void check(List<CloudflareRequest> requests) {
    var problems = new ArrayList<String>();
    var checked = 0;
    for (var request : requests) {
      if (NEWER_THAN_SCHEMA.stream().anyMatch(request.path()::matches)
          || (!Character.isDigit(request.path().charAt(request.path().length() - 1))
              && request.path().equals("/x"))) {
        continue;
      }
      var query = new LinkedHashMap<String, List<String>>();
      request
          .query()
          .forEach(
              e -> query.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      var body = request.body() == null ? null : new String(request.body(), StandardCharsets.UTF_8);
      if (body != null
          && RULESET_WRITES.matcher(request.method() + " " + request.path()).matches()) {
        body = withReadOnlyRulesetFields(body);
      }
      var found =
          OpenApiContract.checkRequest(
              request.method(),
              request.path(),
              query,
              request.body() == null ? null : "application/json",
              body);
      for (var problem : found) {
        var line = request.method() + " " + request.path() + ": " + problem;
        if (DEPARTURES.keySet().stream()
            .noneMatch(
                pattern ->
                    Pattern.compile(".*" + pattern, Pattern.DOTALL).matcher(line).matches())) {
          problems.add(line);
        }
      }
      checked++;
    }
    assertThat(checked).as("requests checked").isPositive();
    assertThat(problems).isEmpty();
  }
}
