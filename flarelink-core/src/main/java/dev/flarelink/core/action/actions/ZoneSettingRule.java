package dev.flarelink.core.action.actions;

import java.util.List;
import java.util.Optional;

/**
 * A zone setting {@code zone.setting} changes: the values Cloudflare accepts and, for a setting
 * that protects visitors, which direction weakens it.
 *
 * @param values the values Cloudflare accepts; when {@code weakestFirst}, ordered from the weakest
 *     to the strongest, so that a move down the list weakens security and needs confirmation
 * @param weakestFirst whether the order of {@code values} is a security order
 * @param number whether Cloudflare takes the value as a number rather than text
 */
record ZoneSettingRule(String id, List<String> values, boolean weakestFirst, boolean number) {

  /** Every setting the action changes, in the order the action lists them. */
  static final List<ZoneSettingRule> ALL =
      List.of(
          secure("ssl", "off", "flexible", "full", "strict"),
          secure("min_tls_version", "1.0", "1.1", "1.2", "1.3"),
          secure("always_use_https", "off", "on"),
          secure("automatic_https_rewrites", "off", "on"),
          // 0-RTT (zrt) lets a resumed connection's first request be replayed: weaker than on.
          secure("tls_1_3", "off", "zrt", "on"),
          secure("security_level", "essentially_off", "low", "medium", "high", "under_attack"),
          plain("cache_level", "aggressive", "basic", "simplified"),
          plain("development_mode", "on", "off"),
          new ZoneSettingRule(
              "browser_cache_ttl",
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
              false,
              true));

  ZoneSettingRule {
    values = List.copyOf(values);
  }

  /** The rule of a setting, if the action changes it. */
  static Optional<ZoneSettingRule> of(String id) {
    return ALL.stream().filter(r -> r.id.equals(id)).findFirst();
  }

  /** Every setting's id. */
  static List<String> ids() {
    return ALL.stream().map(ZoneSettingRule::id).toList();
  }

  /** Whether going from {@code current} to {@code next} weakens security. */
  boolean weakens(String current, String next) {
    if (!weakestFirst) {
      return false;
    }
    var from = values.indexOf(current);
    var to = values.indexOf(next);
    return from >= 0 && to >= 0 && to < from;
  }

  /** The value as Cloudflare takes it. */
  Object wire(String value) {
    return number ? Integer.valueOf(value) : value;
  }

  private static ZoneSettingRule secure(String id, String... weakestFirst) {
    return new ZoneSettingRule(id, List.of(weakestFirst), true, false);
  }

  private static ZoneSettingRule plain(String id, String... values) {
    return new ZoneSettingRule(id, List.of(values), false, false);
  }
}
