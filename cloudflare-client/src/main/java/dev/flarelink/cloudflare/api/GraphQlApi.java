package dev.flarelink.cloudflare.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.internal.Json;
import dev.flarelink.cloudflare.internal.ResponseDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GraphQL Analytics ({@code POST /graphql}). It spends its own budget of 300 queries per 5 minutes;
 * a zone query may name at most 10 zones, an account query one account.
 */
public final class GraphQlApi {

  private final ApiSupport api;
  private final ResponseDecoder decoder;

  /** Made by {@code CloudflareClient}. */
  public GraphQlApi(ApiSupport api, ResponseDecoder decoder) {
    this.api = api;
    this.decoder = decoder;
  }

  /**
   * Runs a query and returns its {@code data}.
   *
   * @throws GraphQlException when Cloudflare returns {@code errors}, even inside an HTTP 200
   */
  public JsonNode query(String query, Map<String, Object> variables) {
    var body = new LinkedHashMap<String, Object>();
    body.put("query", query);
    body.put("variables", variables == null ? Map.of() : variables);
    var request =
        CloudflareRequest.builder("POST", "/graphql")
            .jsonBody(Json.write(body))
            .idempotent(true)
            .budget(CloudflareRequest.Budget.GRAPHQL)
            .build();
    return api.executor().execute(request, response -> read(request, response));
  }

  private JsonNode read(CloudflareRequest request, CloudflareResponse response) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(response.body());
    } catch (IOException e) {
      if (response.status() >= 400) {
        throw decoder.error(request, response, List.of(), true);
      }
      throw ResponseDecoder.malformed(request, response, e);
    }
    if (root == null || !root.isObject()) {
      throw ResponseDecoder.malformed(request, response, new IOException("not a JSON object"));
    }
    if (root.has("success") && !root.has("data")) {
      // Authentication failures come in the REST envelope.
      decoder.decode(request, response, Json.mapper().constructType(JsonNode.class));
    }
    var errors = root.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      var messages = new ArrayList<String>();
      errors.forEach(error -> messages.add(error.path("message").asText("unknown error")));
      var text = String.join(" ", messages).toLowerCase(Locale.ROOT);
      var retryable =
          response.status() == 429
              || response.status() >= 500
              || text.contains("try again")
              || text.contains("budget depleted");
      var context =
          new ErrorContext(
              response.status(),
              List.of(),
              response.rayId(),
              request.method(),
              request.path(),
              null);
      throw new GraphQlException(context, explain(text), messages, retryable);
    }
    if (response.status() >= 400) {
      throw decoder.error(request, response, List.of(), false);
    }
    return root.path("data");
  }

  private static String explain(String text) {
    if (text.contains("not authorized")
        || text.contains("does not have access")
        || text.contains("unauthorized")) {
      return "The GraphQL query reaches data the token may not read; give it Analytics Read (zone data)"
          + " or Account Analytics Read (account data) on those zones or the account";
    }
    if (text.contains("budget depleted") || text.contains("too many")) {
      return "GraphQL's own limit (300 queries per 5 minutes, or too many at once) was reached; wait"
          + " and retry with fewer or smaller queries";
    }
    if (text.contains("older than") || text.contains("time range") || text.contains("limit must")) {
      return "The GraphQL query exceeds the dataset's limits (how far back, how long a range, how many"
          + " rows); narrow the time range or the limit";
    }
    return "Cloudflare's GraphQL API rejected the query; check field names and arguments";
  }
}
