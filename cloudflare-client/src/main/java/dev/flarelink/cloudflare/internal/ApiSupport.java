package dev.flarelink.cloudflare.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.MalformedResponseException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.model.ApiMessage;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.paging.Paged;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What every resource API needs: send, decode, page. Thread-safe. */
public final class ApiSupport {

  private final CallExecutor executor;
  private final ResponseDecoder decoder;

  /** Support over this executor and decoder. */
  public ApiSupport(CallExecutor executor, ResponseDecoder decoder) {
    this.executor = executor;
    this.decoder = decoder;
  }

  /** A path segment, percent-encoded so an id can never change the path. */
  public static String segment(String value) {
    return CloudflareRequest.segment(value);
  }

  /** A builder for a request; the path's segments must already be encoded. */
  public static CloudflareRequest.Builder request(String method, String path) {
    return CloudflareRequest.builder(method, path);
  }

  /** Sends the request and returns the decoded envelope. */
  public <T> Envelope<T> envelope(CloudflareRequest request, JavaType type) {
    return executor.execute(request, type);
  }

  /**
   * Sends the request and returns its result.
   *
   * @throws MalformedResponseException when Cloudflare reports success without a result
   */
  public <T> T call(CloudflareRequest request, Class<T> type) {
    var result = this.<T>envelope(request, Json.mapper().constructType(type)).result();
    if (result == null) {
      // The envelope decoded, so the status was a 2xx; which one is not kept.
      var context =
          new ErrorContext(200, List.of(), null, request.method(), request.pathWithQuery(), null);
      throw new MalformedResponseException(
          context,
          "Cloudflare reported success without a result; retry, and report it if it persists",
          null);
    }
    return result;
  }

  /** Sends the request and returns its result as a JSON tree. */
  public JsonNode call(CloudflareRequest request) {
    return call(request, JsonNode.class);
  }

  /** Sends a JSON body and returns the result. */
  public <T> T send(CloudflareRequest.Builder builder, Object body, Class<T> type) {
    return call(builder.jsonBody(Json.write(body)).build(), type);
  }

  /** A lazily paged list of items of {@code type}. */
  public <T> Paged<T> list(CloudflareRequest request, Class<T> type, Paged.Style style) {
    JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, type);
    return Paged.of(request, style, page -> executor.<List<T>>execute(page, listType));
  }

  /**
   * A lazily paged list whose items sit in a field of {@code result} (R2's {@code result.buckets})
   * rather than in {@code result} itself.
   */
  public <T> Paged<T> listNested(
      CloudflareRequest request, Class<T> type, String field, Paged.Style style) {
    var mapper = Json.mapper();
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
    return Paged.of(
        request,
        style,
        page -> {
          Envelope<JsonNode> envelope =
              executor.execute(page, mapper.constructType(JsonNode.class));
          var items = envelope.result() == null ? null : envelope.result().get(field);
          List<T> list =
              items == null || items.isNull() ? List.of() : mapper.convertValue(items, listType);
          return new Envelope<>(list, envelope.resultInfo(), envelope.messages());
        });
  }

  /** Sends the request and returns the body as text, for the few endpoints without an envelope. */
  public String text(CloudflareRequest request) {
    return executor.execute(
        request,
        response -> {
          if (response.status() >= 400) {
            var errors =
                response.isJson()
                    ? ResponseDecoder.messages(readTree(response.body()).get("errors"))
                    : List.<ApiMessage>of();
            throw decoder.error(request, response, errors, !response.isJson());
          }
          return new String(response.body(), StandardCharsets.UTF_8);
        });
  }

  /** The executor, for APIs with their own response shapes. */
  public CallExecutor executor() {
    return executor;
  }

  static JsonNode readTree(byte[] body) {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return Json.mapper().createObjectNode();
    }
  }
}
