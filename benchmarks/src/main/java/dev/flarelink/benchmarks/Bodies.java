package dev.flarelink.benchmarks;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real response bodies, fetched once from a simulator, for the decoding benchmarks. */
final class Bodies {

  /** A 5,000-record page of DNS records. */
  final byte[] dnsPage;

  /** A 50-member page. */
  final byte[] memberPage;

  Bodies() {
    var options =
        SimulatorOptions.defaults()
            .withSeed(new SeedSpec(1, 60, 0, 0, 1, 5_000, 0))
            .withRecordRequests(0);
    try (var simulator = CloudflareSimulator.start(options);
        var http = HttpClient.newHttpClient()) {
      var token = simulator.secret("account-token");
      var zone = simulator.state().read(s -> s.zones().getFirst().id());
      dnsPage =
          fetch(http, simulator.baseUrl() + "/zones/" + zone + "/dns_records?per_page=5000", token);
      memberPage =
          fetch(
              http,
              simulator.baseUrl() + "/accounts/" + simulator.accountId() + "/members?per_page=50",
              token);
    }
  }

  private static byte[] fetch(HttpClient http, String url, String token) {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(url))
              .header("Authorization", "Bearer " + token)
              .build();
      var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The simulator answered " + response.statusCode() + " for " + url);
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
