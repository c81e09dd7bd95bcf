package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.RulesetsApi.Scope;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Deletes a custom firewall rule; destructive, so it needs confirmation. */
public final class FirewallRuleDeleteAction extends DescribedAction {

  /** The action, as every face offers it. */
  public FirewallRuleDeleteAction() {
    super(
        "firewall.rule.delete",
        Service.SECURITY_RULES_WRITE,
        "Delete a zone's custom firewall rule. Destructive: needs confirmation (to keep it,"
            + " turn it off with firewall.rule.disable).",
        List.of(ZoneParam.ZONE, FirewallRules.ID));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var rules = FirewallRules.of(client, connection, input);
    var id = input.requiredText("id");
    var rule = rules.find(id);
    var plan =
        rule.map(
                r ->
                    Plan.of(
                        List.of(
                            "delete custom rule "
                                + id
                                + " of "
                                + rules.where()
                                + ": "
                                + FirewallRules.describe(r)),
                        true))
            .orElseGet(
                () ->
                    Plan.nothing(
                        rules.where() + " has no custom rule " + id + " (already deleted?)"));
    var zoneId = rules.zone().zoneId();
    return new Prepared<>(
        plan,
        () -> rules.checkPermission(client),
        () -> {
          // A plan with a change found the rule in the entry point, so there is one.
          var entrypoint = Objects.requireNonNull(rules.entrypoint());
          try {
            client.rulesets().deleteRule(Scope.ZONE, zoneId, entrypoint.id(), id);
          } catch (NotFoundException gone) {
            // Deleted meanwhile (or by a first try whose answer was lost): the outcome stands.
          }
          return Map.of("deleted", id, "zone_id", zoneId);
        });
  }
}
