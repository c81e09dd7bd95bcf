package dev.flarelink.core.inventory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A zone with its settings and how many DNS records it holds.
 *
 * @param records the number of DNS records, or {@code null} when not counted (a fresh read)
 */
public record ZoneDetail(
    ZoneEntry zone, List<ZoneSettingEntry> settings, @Nullable Integer records) {

  /** The settings a security review looks at first. */
  public static final List<String> KEY_SETTINGS =
      List.of("ssl", "min_tls_version", "always_use_https", "tls_1_3", "security_level");

  public ZoneDetail {
    settings = List.copyOf(settings);
  }

  /** The value of a setting, or {@code null} when the zone does not have it. */
  public @Nullable String setting(String settingId) {
    return settings.stream()
        .filter(s -> s.settingId().equals(settingId))
        .map(ZoneSettingEntry::value)
        .findFirst()
        .orElse(null);
  }
}
