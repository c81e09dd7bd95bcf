package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.util.List;
import java.util.Map;

/** Deletes a Page Rule; destructive, so it needs confirmation. */
public final class PageRuleDeleteAction extends DescribedAction {

  /** The action, as every face offers it. */
  public PageRuleDeleteAction() {
    super(
        "page_rule.delete",
        Service.PAGE_RULES_WRITE,
        "Delete a Page Rule of a zone. Destructive: needs confirmation (to keep it, set its"
            + " status to disabled with page_rule.update).",
        List.of(ZoneParam.ZONE, PageRules.ID));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var rules = PageRules.of(client, connection, input);
    var id = input.requiredText("id");
    var plan =
        rules
            .find(id)
            .map(
                r ->
                    Plan.of(
                        List.of(
                            "delete Page Rule "
                                + id
                                + " of "
                                + rules.where()
                                + ": "
                                + PageRules.describe(r)),
                        true))
            .orElseGet(
                () ->
                    Plan.nothing(
                        rules.where() + " has no Page Rule " + id + " (already deleted?)"));
    var zoneId = rules.zone().zoneId();
    return new Prepared<>(
        plan,
        () -> rules.checkPermission(client),
        () -> {
          try {
            client.pageRules().delete(zoneId, id);
          } catch (NotFoundException gone) {
            // Deleted meanwhile (or by a first try whose answer was lost): the outcome stands.
          }
          return Map.of("deleted", id, "zone_id", zoneId);
        });
  }
}
