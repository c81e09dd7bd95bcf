package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Changes a zone's SSL mode, minimum TLS version or "always use HTTPS". */
public final class ZoneSettingAction extends DescribedAction {

  /** The settings this action changes, each with its values from weakest to strongest. */
  static final Map<String, List<String>> VALUES =
      Map.of(
          "ssl", List.of("off", "flexible", "full", "strict"),
          "min_tls_version", List.of("1.0", "1.1", "1.2", "1.3"),
          "always_use_https", List.of("off", "on"));

  /** The action, as every face offers it. */
  public ZoneSettingAction() {
    super(
        "zone.setting",
        Service.ZONE_SETTINGS_WRITE,
        "Change a zone's ssl (off, flexible, full, strict), min_tls_version (1.0 to 1.3) or"
            + " always_use_https (on, off). Weakening one is destructive: it needs confirmation.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.required("setting", "the setting")
                .oneOf(List.of("ssl", "min_tls_version", "always_use_https")),
            ActionParam.required("value", "the new value")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var setting = input.requiredText("setting");
    var value = input.requiredText("value");
    // The setting parameter allows only the settings VALUES holds.
    var values = Objects.requireNonNull(VALUES.get(setting));
    if (!values.contains(value)) {
      throw InvalidInputException.of(
          "value", setting + " takes " + String.join(", ", values) + ", not " + value);
    }
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var current = client.zoneSettings().get(zone.zoneId(), setting).text();
    var weaker = current != null && values.indexOf(value) < values.indexOf(current);
    var plan =
        value.equals(current)
            ? Plan.nothing(setting + " of " + zone.name() + " is already " + value)
            : Plan.of(
                List.of("set " + setting + " of " + zone.name() + ": " + current + " → " + value),
                weaker);
    return new Prepared<>(
        plan,
        () -> WriteProbes.zoneSettingsWrite(client, zone.zoneId()),
        () -> {
          var after = client.zoneSettings().update(zone.zoneId(), setting, value);
          return Map.of("setting", setting, "value", String.valueOf(after.text()));
        });
  }
}
