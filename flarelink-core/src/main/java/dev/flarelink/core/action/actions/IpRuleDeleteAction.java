package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.action.Action;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import java.util.List;
import java.util.Map;

/** Deletes an IP access rule; destructive, so it needs confirmation. */
public final class IpRuleDeleteAction implements Action {

  @Override
  public String name() {
    return "ip_rule.delete";
  }

  @Override
  public String description() {
    return "Delete an IP access rule of the account (or a zone). Destructive: needs confirmation.";
  }

  @Override
  public Service service() {
    return Service.IP_ACCESS_RULES;
  }

  @Override
  public List<ActionParam> params() {
    return List.of(ActionParam.required("id", "the rule's id"), IpRules.ZONE);
  }

  @Override
  public Prepared prepare(CloudflareClient client, Connection connection, ActionInput input) {
    var id = input.text("id");
    var where = IpRules.of(client, connection, input);
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
    return new Prepared() {
      @Override
      public Plan plan() {
        return plan;
      }

      @Override
      public void checkPermission() {
        WriteProbes.ipAccessRules(client, connection.accountId(), where.zoneId());
      }

      @Override
      public Object apply() {
        try {
          return Map.of(
              "deleted",
              String.valueOf(client.ipAccessRules().delete(where.scope(), where.ownerId(), id)));
        } catch (NotFoundException gone) {
          return Map.of("deleted", id);
        }
      }
    };
  }
}
