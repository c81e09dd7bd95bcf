package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.util.List;
import java.util.Map;

/** Changes a custom firewall rule's expression, action, description or switch. */
public final class FirewallRuleUpdateAction extends DescribedAction {

  /** The action, as every face offers it. */
  public FirewallRuleUpdateAction() {
    super(
        "firewall.rule.update",
        Service.SECURITY_RULES_WRITE,
        "Change a zone's custom firewall rule: its expression, action, description or whether it"
            + " runs; what is not given stays. Turning it off or weakening its action (block →"
            + " challenge → log → skip) needs confirmation.",
        List.of(
            ZoneParam.ZONE,
            FirewallRules.ID,
            FirewallRules.EXPRESSION,
            FirewallRules.ACTION,
            FirewallRules.DESCRIPTION,
            FirewallRules.ENABLED,
            FirewallRules.SKIP));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    return FirewallRuleChange.of(input).prepare(client, connection, input);
  }
}
