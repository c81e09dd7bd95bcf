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
import java.util.Locale;
import java.util.Map;

/**
 * Changes one of a zone's commonly changed settings (see {@link ZoneSettingRule}); a change that
 * weakens security is destructive.
 */
public final class ZoneSettingAction extends DescribedAction {

  /** The action, as every face offers it. */
  public ZoneSettingAction() {
    super(
        "zone.setting",
        Service.ZONE_SETTINGS_WRITE,
        "Change a zone setting: ssl (off, flexible, full, strict), min_tls_version (1.0 to 1.3),"
            + " always_use_https and automatic_https_rewrites (on, off), tls_1_3 (on, off, zrt),"
            + " security_level (essentially_off, low, medium, high, under_attack), cache_level"
            + " (aggressive, basic, simplified), development_mode (on, off) or browser_cache_ttl"
            + " (seconds, one of Cloudflare's steps; 0 respects the origin's headers). Weakening"
            + " ssl, min_tls_version, always_use_https, automatic_https_rewrites, tls_1_3 or"
            + " security_level is destructive: it needs confirmation. Setting the value a zone"
            + " already has changes nothing.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.required("setting", "the setting").oneOf(ZoneSettingRule.ids()),
            ActionParam.required("value", "the new value")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var setting = input.requiredText("setting");
    var value = input.requiredText("value").toLowerCase(Locale.ROOT);
    // The setting parameter allows only the settings ZoneSettingRule knows.
    var rule = ZoneSettingRule.of(setting).orElseThrow();
    if (!rule.values().contains(value)) {
      throw InvalidInputException.of(
          "value", setting + " takes " + String.join(", ", rule.values()) + ", not " + value);
    }
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var current = client.zoneSettings().get(zone.zoneId(), setting).text();
    var weaker = current != null && rule.weakens(current, value);
    var plan =
        value.equals(current)
            ? Plan.nothing(setting + " of " + zone.name() + " is already " + value)
            : new Plan(
                List.of("set " + setting + " of " + zone.name() + ": " + current + " → " + value),
                weaker,
                weaker ? "this weakens " + setting + ": visitors are less protected" : null);
    return new Prepared<>(
        plan,
        () -> WriteProbes.zoneSettingsWrite(client, zone.zoneId()),
        () -> {
          var after = client.zoneSettings().update(zone.zoneId(), setting, rule.wire(value));
          return Map.of("setting", setting, "value", String.valueOf(after.text()));
        });
  }
}
