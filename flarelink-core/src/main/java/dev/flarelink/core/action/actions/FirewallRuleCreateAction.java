package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.RulesetsApi.Scope;
import dev.flarelink.cloudflare.model.Ruleset;
import dev.flarelink.cloudflare.model.RulesetRule;
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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Adds a custom firewall rule to a zone, creating the zone's {@code http_request_firewall_custom}
 * entry point when it has none. A rule with the same expression already there is kept: the same
 * rule changes nothing, a different one is refused with the way to change it.
 */
public final class FirewallRuleCreateAction extends DescribedAction {

  /** The action, as every face offers it. */
  public FirewallRuleCreateAction() {
    super(
        "firewall.rule.create",
        Service.SECURITY_RULES_WRITE,
        "Add a custom firewall rule to a zone: block, challenge, managed_challenge, js_challenge,"
            + " log or skip the requests an expression matches. A skip rule lets requests past"
            + " other protection, so it needs confirmation. A rule with the same expression already"
            + " there is kept.",
        List.of(
            ZoneParam.ZONE,
            required(FirewallRules.EXPRESSION),
            required(FirewallRules.ACTION),
            FirewallRules.DESCRIPTION,
            ActionParam.optional(
                "enabled", ActionParam.Type.BOOLEAN, "whether the rule runs (default true)"),
            FirewallRules.SKIP));
  }

  private static ActionParam required(ActionParam param) {
    return new ActionParam(param.name(), param.type(), true, param.description(), param.allowed());
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var expression = input.requiredText("expression");
    FirewallRules.checkExpression(expression);
    var action = input.requiredText("action");
    var parameters = FirewallRules.parameters(action, input.list("skip"));
    var enabled = Objects.requireNonNullElse(input.bool("enabled"), true);
    var rule = RulesetRule.of(action, expression, input.text("description"), enabled, parameters);
    var rules = FirewallRules.of(client, connection, input);
    var existing =
        rules.rules().stream().filter(r -> r.expression().equals(expression)).findFirst();
    if (existing.isPresent() && !same(existing.get(), rule)) {
      throw InvalidInputException.of(
          "expression",
          rules.where()
              + " already has a rule for this expression ("
              + existing.get().id()
              + ": "
              + FirewallRules.describe(existing.get())
              + "); change it with firewall.rule.update instead");
    }
    var entrypoint = rules.entrypoint();
    Plan plan;
    if (existing.isPresent()) {
      plan = Plan.nothing(rules.where() + " already has this rule (" + existing.get().id() + ")");
    } else {
      var line =
          (entrypoint == null
                  ? "create the "
                      + FirewallRules.PHASE
                      + " entry point of "
                      + rules.where()
                      + " with the rule: "
                  : "add to the custom rules of " + rules.where() + ": ")
              + FirewallRules.describe(rule);
      plan = Plan.of(List.of(line), action.equals("skip"));
    }
    var zoneId = rules.zone().zoneId();
    return new Prepared<>(
        plan,
        () -> rules.checkPermission(client),
        () -> {
          var after =
              FirewallRules.refusingBadExpressions(
                  () ->
                      Writes.once(
                          () ->
                              entrypoint == null
                                  ? client
                                      .rulesets()
                                      .putEntrypoint(
                                          Scope.ZONE,
                                          zoneId,
                                          FirewallRules.PHASE,
                                          null,
                                          List.of(rule))
                                  : client
                                      .rulesets()
                                      .addRule(Scope.ZONE, zoneId, entrypoint.id(), rule),
                          () -> Optional.ofNullable(withRule(client, zoneId, expression))));
          var added =
              after.rules().stream()
                  .filter(r -> r.expression().equals(expression))
                  .findFirst()
                  .orElse(rule);
          return FirewallRules.result(zoneId, after.id(), added);
        });
  }

  /** The entry point as it is now, if it holds a rule with this expression. */
  private static @Nullable Ruleset withRule(
      CloudflareClient client, String zoneId, String expression) {
    var now = FirewallRules.read(client, zoneId);
    return now != null && now.rules().stream().anyMatch(r -> r.expression().equals(expression))
        ? now
        : null;
  }

  private static boolean same(RulesetRule existing, RulesetRule wanted) {
    return existing.action().equals(wanted.action())
        && existing.isEnabled() == wanted.isEnabled()
        && Objects.requireNonNullElse(existing.description(), "")
            .equals(Objects.requireNonNullElse(wanted.description(), ""))
        && (wanted.actionParameters() == null
            || wanted.actionParameters().equals(existing.actionParameters()));
  }
}
