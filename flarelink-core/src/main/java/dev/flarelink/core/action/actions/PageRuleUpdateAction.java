package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.PageRule;
import dev.flarelink.cloudflare.model.PageRuleInput;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes a Page Rule's URL pattern, actions (all replaced), priority or status; what is not given
 * stays. Not destructive: another update undoes it.
 */
public final class PageRuleUpdateAction extends DescribedAction {

  /** The action, as every face offers it. */
  public PageRuleUpdateAction() {
    super(
        "page_rule.update",
        Service.PAGE_RULES_WRITE,
        "Change a Page Rule of a zone: its URL pattern, its actions (the list given replaces"
            + " them all), priority or status (active, disabled); what is not given stays.",
        List.of(
            ZoneParam.ZONE,
            PageRules.ID,
            PageRules.URL,
            PageRules.ACTIONS,
            PageRules.PRIORITY,
            ActionParam.optional("status", ActionParam.Type.STRING, "active or disabled")
                .oneOf(List.of("active", "disabled"))));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var givenActions = input.list("actions");
    var actions = givenActions.isEmpty() ? null : PageRules.actions(givenActions);
    var priority = input.integer("priority");
    var status = input.text("status");
    if (input.text("url") == null && actions == null && priority == null && status == null) {
      throw InvalidInputException.of("url", "give at least one of url, actions, priority, status");
    }
    var rules = PageRules.of(client, connection, input);
    var url = input.text("url") == null ? null : rules.url(input.requiredText("url"));
    var id = input.requiredText("id");
    var current = rules.require(id);
    var what = "Page Rule " + id + " of " + rules.where();
    var changes = new ArrayList<String>();
    var newUrl = url != null && !url.equals(current.url()) ? url : null;
    if (newUrl != null) {
      changes.add("change " + what + " url: " + current.url() + " → " + newUrl);
    }
    var newActions =
        actions != null && !PageRules.sameActions(current.actions(), actions) ? actions : null;
    if (newActions != null) {
      changes.add(
          "change "
              + what
              + " actions: "
              + PageRules.describe(current.actions())
              + " → "
              + PageRules.describe(newActions));
    }
    var newPriority = priority != null && priority != current.priority() ? priority : null;
    if (newPriority != null) {
      changes.add("change " + what + " priority: " + current.priority() + " → " + newPriority);
    }
    var newStatus = status != null && !status.equals(current.status()) ? status : null;
    if (newStatus != null) {
      changes.add("change " + what + " status: " + current.status() + " → " + newStatus);
    }
    var plan =
        changes.isEmpty()
            ? Plan.nothing(what + " already is: " + PageRules.describe(current))
            : Plan.of(changes, false);
    var edit =
        new PageRuleInput(
            newUrl == null ? null : List.of(PageRule.Target.url(newUrl)),
            newActions,
            newPriority,
            newStatus);
    var zoneId = rules.zone().zoneId();
    return new Prepared<>(
        plan,
        () -> rules.checkPermission(client),
        // An edit sets values, so sending it twice leaves the same rule.
        () -> PageRules.result(zoneId, client.pageRules().edit(zoneId, id, edit)));
  }
}
