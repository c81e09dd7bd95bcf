package dev.flarelink.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting a full read of a zone's settings returns, as the official schema lists them, with
 * the kind and allowed values of each and the value a new zone starts with. Values are kept as
 * text: numbers as their digits, lists and objects as JSON.
 */
public final class ZoneSettings {

  /** How a setting's value is written. */
  public enum Kind {
    /** A string from a fixed list. */
    TEXT,
    /** A number, from a fixed list when one is given. */
    NUMBER,
    /** A JSON array of strings. */
    LIST,
    /** A JSON object. */
    OBJECT
  }

  /**
   * One setting.
   *
   * @param allowed the values it accepts (empty: any of its kind)
   * @param initial the value of a new zone
   */
  public record Definition(String id, Kind kind, List<String> allowed, String initial) {}

  private static final List<String> ON_OFF = List.of("on", "off");

  private static final List<Definition> ALL =
      List.of(
          text("0rtt", "off"),
          text("advanced_ddos", "on"),
          text("always_online", "off"),
          text("always_use_https", "off"),
          text("automatic_https_rewrites", "on"),
          text("brotli", "on"),
          new Definition(
              "browser_cache_ttl",
              Kind.NUMBER,
              List.of(
                  "0",
                  "30",
                  "60",
                  "120",
                  "300",
                  "1200",
                  "1800",
                  "3600",
                  "7200",
                  "10800",
                  "14400",
                  "18000",
                  "28800",
                  "43200",
                  "57600",
                  "72000",
                  "86400",
                  "172800",
                  "259200",
                  "345600",
                  "432000",
                  "691200",
                  "1382400",
                  "2073600",
                  "2678400",
                  "5356800",
                  "16070400",
                  "31536000"),
              "14400"),
          text("browser_check", "on"),
          new Definition(
              "cache_level", Kind.TEXT, List.of("aggressive", "basic", "simplified"), "aggressive"),
          new Definition(
              "challenge_ttl",
              Kind.NUMBER,
              List.of(
                  "300",
                  "900",
                  "1800",
                  "2700",
                  "3600",
                  "7200",
                  "10800",
                  "14400",
                  "28800",
                  "57600",
                  "86400",
                  "604800",
                  "2592000",
                  "31536000"),
              "1800"),
          new Definition("ciphers", Kind.LIST, List.of(), "[]"),
          new Definition(
              "cname_flattening",
              Kind.TEXT,
              List.of("flatten_at_root", "flatten_all"),
              "flatten_at_root"),
          text("development_mode", "off"),
          text("early_hints", "off"),
          new Definition(
              "edge_cache_ttl",
              Kind.NUMBER,
              List.of(
                  "30", "60", "300", "1200", "1800", "3600", "7200", "10800", "14400", "18000",
                  "28800", "43200", "57600", "72000", "86400", "172800", "259200", "345600",
                  "432000", "518400", "604800"),
              "7200"),
          text("email_obfuscation", "on"),
          new Definition("h2_prioritization", Kind.TEXT, List.of("on", "off", "custom"), "off"),
          text("hotlink_protection", "off"),
          text("http2", "on"),
          text("http3", "on"),
          new Definition("image_resizing", Kind.TEXT, List.of("on", "off", "open"), "off"),
          text("ip_geolocation", "on"),
          text("ipv6", "on"),
          new Definition("max_upload", Kind.NUMBER, List.of("100", "200", "500"), "100"),
          new Definition("min_tls_version", Kind.TEXT, List.of("1.0", "1.1", "1.2", "1.3"), "1.0"),
          new Definition(
              "minify",
              Kind.OBJECT,
              List.of(),
              "{\"css\":\"off\",\"html\":\"off\",\"js\":\"off\"}"),
          text("mirage", "off"),
          new Definition(
              "mobile_redirect",
              Kind.OBJECT,
              List.of(),
              "{\"status\":\"off\",\"strip_uri\":false}"),
          new Definition("nel", Kind.OBJECT, List.of(), "{\"enabled\":false}"),
          text("opportunistic_encryption", "on"),
          text("opportunistic_onion", "on"),
          text("orange_to_orange", "off"),
          text("origin_error_page_pass_thru", "off"),
          new Definition("polish", Kind.TEXT, List.of("off", "lossless", "lossy"), "off"),
          text("prefetch_preload", "off"),
          new Definition("proxy_read_timeout", Kind.NUMBER, List.of(), "100"),
          new Definition(
              "pseudo_ipv4", Kind.TEXT, List.of("off", "add_header", "overwrite_header"), "off"),
          text("replace_insecure_js", "on"),
          text("response_buffering", "off"),
          text("rocket_loader", "off"),
          new Definition(
              "automatic_platform_optimization",
              Kind.OBJECT,
              List.of(),
              "{\"enabled\":false,\"cf\":false,\"wordpress\":false,\"wp_plugin\":false,"
                  + "\"hostnames\":[],\"cache_by_device_type\":false}"),
          new Definition(
              "security_header",
              Kind.OBJECT,
              List.of(),
              "{\"strict_transport_security\":{\"enabled\":false,\"max_age\":0,"
                  + "\"include_subdomains\":false,\"preload\":false,\"nosniff\":false}}"),
          new Definition(
              "security_level",
              Kind.TEXT,
              List.of("off", "essentially_off", "low", "medium", "high", "under_attack"),
              "medium"),
          text("server_side_exclude", "on"),
          text("sha1_support", "off"),
          text("sort_query_string_for_cache", "off"),
          new Definition("ssl", Kind.TEXT, List.of("off", "flexible", "full", "strict"), "full"),
          text("tls_1_2_only", "off"),
          new Definition("tls_1_3", Kind.TEXT, List.of("on", "off", "zrt"), "on"),
          text("tls_client_auth", "off"),
          text("true_client_ip_header", "off"),
          text("waf", "off"),
          text("webp", "off"),
          text("websockets", "on"));

  private static final Map<String, Definition> BY_ID = byId();

  private ZoneSettings() {}

  private static Definition text(String id, String initial) {
    return new Definition(id, Kind.TEXT, ON_OFF, initial);
  }

  private static Map<String, Definition> byId() {
    var map = new LinkedHashMap<String, Definition>();
    ALL.forEach(definition -> map.put(definition.id(), definition));
    return Map.copyOf(map);
  }

  /** Every setting a full read returns, in the schema's order. */
  public static List<Definition> all() {
    return ALL;
  }

  /** A setting by id. */
  public static Optional<Definition> definition(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The settings of a new zone, in the schema's order. */
  public static Map<String, String> initial() {
    var map = new LinkedHashMap<String, String>();
    ALL.forEach(definition -> map.put(definition.id(), definition.initial()));
    return map;
  }
}
