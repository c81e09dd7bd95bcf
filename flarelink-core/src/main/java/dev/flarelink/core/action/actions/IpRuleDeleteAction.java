package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import java.util.List;
import java.util.Map;

/** Deletes an IP access rule; destructive, so it needs confirmation. */
public final class IpRuleDeleteAction extends DescribedAction {

  /** The action, as every face offers it. */
  public IpRuleDeleteAction() {
    super(
        "ip_rule.delete",
        Service.IP_ACCESS_RULES,
        "Delete an IP access rule of the account (or a zone). Destructive: needs confirmation.",
        List.of(ActionParam.required("id", "the rule's id"), IpRules.ZONE));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var id = input.requiredText("id");
    var where = IpRules.of(client, connection, input);
    // IpAccessRulesApi.list takes null for a filter it should not apply (its Javadoc says so) but
    // does not mark those parameters @Nullable.
    @SuppressWarnings("NullAway")
    var rule =
        client.ipAccessRules().list(where.scope(), where.ownerId(), null, null, null).stream()
            .filter(r -> r.id().equals(id))
            .findFirst();
    var plan =
        rule.map(
                r ->
                    Plan.of(
                        List.of(
                            "delete the "
                                + r.mode()
                                + " rule for "
                                + r.configuration().value()
                                + " ("
                                + id
                                + ") in "
                                + where.where()),
                        true))
            .orElseGet(
                () -> Plan.nothing(where.where() + " has no rule " + id + " (already deleted?)"));
    return new Prepared<>(
        plan,
        () -> WriteProbes.ipAccessRules(client, connection.accountId(), where.zoneId()),
        () -> {
          try {
            return Map.of(
                "deleted",
                String.valueOf(client.ipAccessRules().delete(where.scope(), where.ownerId(), id)));
          } catch (NotFoundException gone) {
            return Map.of("deleted", id);
          }
        });
  }
}
