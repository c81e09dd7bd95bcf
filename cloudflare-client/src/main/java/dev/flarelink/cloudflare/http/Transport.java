package dev.flarelink.cloudflare.http;

import java.net.URI;

/** Sends one request over the network: the last stage of the pipeline. */
@FunctionalInterface
public interface Transport {

  /**
   * Sends the request to the base URL and reads the whole response.
   *
   * @throws dev.flarelink.cloudflare.error.TransportException when no complete response arrived
   */
  CloudflareResponse send(URI baseUrl, CloudflareRequest request);
}
