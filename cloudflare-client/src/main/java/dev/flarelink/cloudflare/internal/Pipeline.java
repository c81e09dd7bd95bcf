package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.http.Transport;
import java.net.URI;
import java.util.List;

/** The interceptors in order, ending in the transport. Immutable and thread-safe. */
public final class Pipeline {

  private final List<Interceptor> interceptors;
  private final Transport transport;
  private final URI baseUrl;

  /** A pipeline that passes each attempt through the interceptors, then the transport. */
  public Pipeline(List<Interceptor> interceptors, Transport transport, URI baseUrl) {
    this.interceptors = List.copyOf(interceptors);
    this.transport = transport;
    this.baseUrl = baseUrl;
  }

  /** Sends one attempt. */
  public CloudflareResponse send(CloudflareRequest request) {
    return new Link(0, request).proceed(request);
  }

  private final class Link implements Interceptor.Chain {
    private final int index;
    private final CloudflareRequest request;

    private Link(int index, CloudflareRequest request) {
      this.index = index;
      this.request = request;
    }

    @Override
    public CloudflareRequest request() {
      return request;
    }

    @Override
    public CloudflareResponse proceed(CloudflareRequest next) {
      if (index == interceptors.size()) {
        return transport.send(baseUrl, next);
      }
      return interceptors.get(index).intercept(new Link(index + 1, next));
    }
  }
}
