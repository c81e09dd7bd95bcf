package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.util.List;
import java.util.Map;

/** Turns a custom firewall rule off, keeping it to turn on again; needs confirmation. */
public final class FirewallRuleDisableAction extends DescribedAction {

  /** The action, as every face offers it. */
  public FirewallRuleDisableAction() {
    super(
        "firewall.rule.disable",
        Service.SECURITY_RULES_WRITE,
        "Turn a zone's custom firewall rule off (it stays, to turn on again with"
            + " firewall.rule.update enabled=true). Weakens the zone's protection: needs"
            + " confirmation.",
        List.of(ZoneParam.ZONE, FirewallRules.ID));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    return new FirewallRuleChange(null, null, null, false, List.of())
        .prepare(client, connection, input);
  }
}
