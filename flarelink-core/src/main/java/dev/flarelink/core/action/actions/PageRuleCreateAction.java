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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates a Page Rule. A rule for the same URL pattern already there is kept: with the same actions
 * nothing changes, with others the run is refused with the way to change it.
 */
public final class PageRuleCreateAction extends DescribedAction {

  /** The action, as every face offers it. */
  public PageRuleCreateAction() {
    super(
        "page_rule.create",
        Service.PAGE_RULES_WRITE,
        "Create a Page Rule for a URL pattern of a zone: actions such as cache_level=bypass,"
            + " always_use_https or forwarding_url=301 https://www.example.com/$1, a priority and"
            + " a status. A rule for the same pattern already there is kept.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.required("url", PageRules.URL.description()),
            new ActionParam(
                "actions", ActionParam.Type.LIST, true, PageRules.ACTIONS.description(), List.of()),
            PageRules.PRIORITY,
            ActionParam.optional(
                    "status", ActionParam.Type.STRING, "active (the default) or disabled")
                .oneOf(List.of("active", "disabled"))));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var actions = PageRules.actions(input.list("actions"));
    var rules = PageRules.of(client, connection, input);
    var url = rules.url(input.requiredText("url"));
    var status = Objects.requireNonNullElse(input.text("status"), "active");
    var priority = input.integer("priority");
    var existing = rules.rules().stream().filter(r -> url.equals(r.url())).findFirst();
    if (existing.isPresent()) {
      var rule = existing.get();
      var same =
          PageRules.sameActions(rule.actions(), actions)
              && rule.status().equals(status)
              && (priority == null || priority == rule.priority());
      if (!same) {
        throw InvalidInputException.of(
            "url",
            rules.where()
                + " already has a Page Rule for "
                + url
                + " ("
                + rule.id()
                + ": "
                + PageRules.describe(rule)
                + "); change it with page_rule.update instead");
      }
    }
    var wanted = new PageRuleInput(List.of(PageRule.Target.url(url)), actions, priority, status);
    var plan =
        existing.isPresent()
            ? Plan.nothing(
                rules.where() + " already has this Page Rule (" + existing.get().id() + ")")
            : Plan.of(
                List.of(
                    "create a Page Rule in "
                        + rules.where()
                        + ": "
                        + url
                        + " → "
                        + PageRules.describe(actions)
                        + " ("
                        + (priority == null ? "default priority" : "priority " + priority)
                        + ", "
                        + status
                        + ")"),
                false);
    var zoneId = rules.zone().zoneId();
    return new Prepared<>(
        plan,
        () -> rules.checkPermission(client),
        () ->
            PageRules.result(
                zoneId,
                Writes.once(
                    () -> client.pageRules().create(zoneId, wanted),
                    () ->
                        client.pageRules().list(zoneId).stream()
                            .filter(r -> url.equals(r.url()))
                            .findFirst())));
  }
}
