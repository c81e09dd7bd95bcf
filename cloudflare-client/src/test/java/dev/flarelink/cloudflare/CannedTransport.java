package dev.flarelink.cloudflare;

import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Transport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A transport that answers from a queue and remembers what it was sent. */
final class CannedTransport implements Transport {

  final ArrayDeque<Supplier<CloudflareResponse>> answers = new ArrayDeque<>();
  final List<CloudflareRequest> sent = new ArrayList<>();

  CannedTransport json(int status, String body, String... headers) {
    var map = new HashMap<String, List<String>>();
    map.put("content-type", List.of("application/json"));
    map.put("cf-ray", List.of("8abc123def456-SJC"));
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], List.of(headers[i + 1]));
    }
    answers.add(() -> new CloudflareResponse(status, map, body.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  CannedTransport html(int status, String body) {
    answers.add(
        () ->
            new CloudflareResponse(
                status,
                Map.of("content-type", List.of("text/html"), "cf-ray", List.of("8abc-LHR")),
                body.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  CannedTransport fail(RuntimeException failure) {
    answers.add(
        () -> {
          throw failure;
        });
    return this;
  }

  @Override
  public CloudflareResponse send(URI baseUrl, CloudflareRequest request) {
    sent.add(request);
    if (answers.isEmpty()) {
      throw new AssertionError("No canned answer left for " + request);
    }
    return answers.poll().get();
  }
}
