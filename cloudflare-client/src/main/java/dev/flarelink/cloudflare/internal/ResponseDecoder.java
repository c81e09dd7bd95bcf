package dev.flarelink.cloudflare.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.MalformedResponseException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.model.ApiMessage;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.model.ResultInfo;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes Cloudflare's envelope in one place: {@code success}, {@code errors} with their chains,
 * {@code messages}, {@code result} bound straight from the stream, and {@code result_info}.
 */
public final class ResponseDecoder {

  private final Clock clock;

  /** A decoder that reads HTTP dates in {@code Retry-After} against this clock. */
  public ResponseDecoder(Clock clock) {
    this.clock = clock;
  }

  /** Decodes a response, or throws the typed error it describes. */
  public <T> Envelope<T> decode(
      CloudflareRequest request, CloudflareResponse response, JavaType type) {
    var failed = response.status() >= 400;
    Parsed<T> parsed;
    try {
      parsed = parse(response.body(), failed ? null : type);
    } catch (IOException | IllegalArgumentException e) {
      if (failed) {
        throw error(request, response, List.of(), true);
      }
      throw malformed(request, response, e);
    }
    if (failed || !parsed.success) {
      throw ErrorMapper.map(
          request.method(),
          request.pathWithQuery(),
          response.status(),
          response.rayId(),
          parsed.errors,
          parsed.messages,
          RetryAfter.from(response, clock),
          false);
    }
    return new Envelope<>(parsed.result, parsed.resultInfo, parsed.messages);
  }

  /** Maps a failed response whose body is already known. */
  public CloudflareException error(
      CloudflareRequest request,
      CloudflareResponse response,
      List<ApiMessage> errors,
      boolean html) {
    return ErrorMapper.map(
        request.method(),
        request.pathWithQuery(),
        response.status(),
        response.rayId(),
        errors,
        RetryAfter.from(response, clock),
        html);
  }

  /** The error for a body that could not be read. */
  public static MalformedResponseException malformed(
      CloudflareRequest request, CloudflareResponse response, Exception cause) {
    var context =
        new ErrorContext(
            response.status(),
            List.of(),
            response.rayId(),
            request.method(),
            request.pathWithQuery(),
            null);
    return new MalformedResponseException(
        context,
        "Cloudflare's response could not be decoded ("
            + response.body().length
            + " bytes; "
            + firstLine(cause.getMessage())
            + "); it was cut off or not in the documented shape: retry, and report it if it"
            + " persists",
        cause);
  }

  private static String firstLine(@Nullable String text) {
    if (text == null) {
      return "no detail";
    }
    var end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private record Parsed<T>(
      boolean success,
      List<ApiMessage> errors,
      List<ApiMessage> messages,
      @Nullable T result,
      ResultInfo resultInfo) {}

  private static <T> Parsed<T> parse(byte[] body, @Nullable JavaType type) throws IOException {
    if (body.length == 0) {
      return new Parsed<>(true, List.of(), List.of(), null, ResultInfo.empty());
    }
    var mapper = Json.mapper();
    Boolean success = null;
    List<ApiMessage> errors = List.of();
    List<ApiMessage> messages = List.of();
    @Nullable T result = null;
    var resultInfo = ResultInfo.empty();
    try (JsonParser parser = mapper.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("the body is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        var name = parser.currentName();
        var token = parser.nextToken();
        switch (name) {
          case "success" -> success = token == JsonToken.VALUE_TRUE;
          case "errors" -> errors = messages(mapper.readTree(parser));
          case "messages" -> messages = messages(mapper.readTree(parser));
          case "result" -> {
            if (token != JsonToken.VALUE_NULL && type != null) {
              result = mapper.readValue(parser, type);
            } else {
              parser.skipChildren();
            }
          }
          case "result_info" -> resultInfo = resultInfo(mapper.readTree(parser));
          default -> parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw new IOException("the JSON object ends early");
      }
    }
    return new Parsed<>(success == null || success, errors, messages, result, resultInfo);
  }

  static List<ApiMessage> messages(@Nullable JsonNode node) {
    if (node == null || !node.isArray()) {
      return List.of();
    }
    var list = new ArrayList<ApiMessage>(node.size());
    for (var item : node) {
      if (item.isTextual()) {
        list.add(ApiMessage.of(0, item.asText()));
        continue;
      }
      var docs = item.path("documentation_url");
      list.add(
          new ApiMessage(
              item.path("code").asInt(0),
              item.path("message").asText(""),
              messages(item.get("error_chain")),
              docs.isTextual() ? docs.asText() : null));
    }
    return list;
  }

  private static ResultInfo resultInfo(@Nullable JsonNode node) {
    if (node == null || !node.isObject()) {
      return ResultInfo.empty();
    }
    var cursorAfter = node.path("cursors").path("after");
    var cursor = node.path("cursor");
    return new ResultInfo(
        integer(node, "page"),
        integer(node, "per_page"),
        integer(node, "count"),
        integer(node, "total_count"),
        integer(node, "total_pages"),
        cursor.isTextual() && !cursor.asText().isEmpty() ? cursor.asText() : null,
        cursorAfter.isTextual() && !cursorAfter.asText().isEmpty() ? cursorAfter.asText() : null);
  }

  private static @Nullable Integer integer(JsonNode node, String field) {
    var value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isNumber() || value.isTextual() ? value.asInt() : null;
  }
}
