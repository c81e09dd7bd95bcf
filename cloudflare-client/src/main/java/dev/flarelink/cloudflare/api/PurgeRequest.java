package dev.flarelink.cloudflare.api;

import java.util.List;
import java.util.Map;

/** What to purge from Cloudflare's cache: exactly one of its variants. */
public sealed interface PurgeRequest {

  /** The JSON body Cloudflare takes. */
  Map<String, Object> body();

  /** Everything cached for the zone. */
  static PurgeRequest everything() {
    return new Everything();
  }

  /** These URLs. */
  static PurgeRequest files(List<String> urls) {
    return new Files(urls.stream().map(url -> new File(url, Map.of())).toList());
  }

  /** These cache tags (Enterprise). */
  static PurgeRequest tags(List<String> tags) {
    return new Tags(tags);
  }

  /** Everything under these hostnames. */
  static PurgeRequest hosts(List<String> hosts) {
    return new Hosts(hosts);
  }

  /** Everything under these URL prefixes. */
  static PurgeRequest prefixes(List<String> prefixes) {
    return new Prefixes(prefixes);
  }

  /** Purge everything. */
  record Everything() implements PurgeRequest {
    @Override
    public Map<String, Object> body() {
      return Map.of("purge_everything", true);
    }
  }

  /** A URL, with the request headers that select its cached variant (may be empty). */
  record File(String url, Map<String, String> headers) {}

  /** Purge by URL. */
  record Files(List<File> files) implements PurgeRequest {
    public Files {
      files = List.copyOf(files);
    }

    @Override
    public Map<String, Object> body() {
      List<Object> items =
          files.stream()
              .<Object>map(
                  file ->
                      file.headers().isEmpty()
                          ? file.url()
                          : Map.of("url", file.url(), "headers", file.headers()))
              .toList();
      return Map.of("files", items);
    }
  }

  /** Purge by tag. */
  record Tags(List<String> tags) implements PurgeRequest {
    public Tags {
      tags = List.copyOf(tags);
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("tags", tags);
    }
  }

  /** Purge by host. */
  record Hosts(List<String> hosts) implements PurgeRequest {
    public Hosts {
      hosts = List.copyOf(hosts);
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("hosts", hosts);
    }
  }

  /** Purge by prefix. */
  record Prefixes(List<String> prefixes) implements PurgeRequest {
    public Prefixes {
      prefixes = List.copyOf(prefixes);
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("prefixes", prefixes);
    }
  }
}
