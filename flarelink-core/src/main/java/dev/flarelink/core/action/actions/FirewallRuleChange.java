package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.RulesetsApi.Scope;
import dev.flarelink.cloudflare.model.RulesetRule;
import dev.flarelink.core.action.Action.Prepared;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change to an existing custom firewall rule; fields left null stay as they are. Turning a rule
 * off, or making its action weaker (block → challenge → log → skip), weakens the zone's protection,
 * so such a plan needs confirmation.
 */
record FirewallRuleChange(
    @Nullable String expression,
    @Nullable String action,
    @Nullable String description,
    @Nullable Boolean enabled,
    List<String> skip) {

  /** The change the input asks for. */
  static FirewallRuleChange of(ActionInput input) {
    return new FirewallRuleChange(
        input.text("expression"),
        input.text("action"),
        input.text("description"),
        input.bool("enabled"),
        input.list("skip"));
  }

  /** Works out the plan against the rule as Cloudflare has it, and the write that applies it. */
  Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    if (expression == null
        && action == null
        && description == null
        && enabled == null
        && skip.isEmpty()) {
      throw InvalidInputException.of(
          "expression", "give at least one of expression, action, description or enabled");
    }
    if (expression != null) {
      FirewallRules.checkExpression(expression);
    }
    var rules = FirewallRules.of(client, connection, input);
    var id = input.requiredText("id");
    var current = rules.require(id);
    var newAction = Objects.requireNonNullElse(action, current.action());
    var parameters =
        newAction.equals(current.action()) && skip.isEmpty()
            ? current.actionParameters()
            : FirewallRules.parameters(newAction, skip);
    var wanted =
        new RulesetRule(
            null,
            null,
            newAction,
            parameters,
            Objects.requireNonNullElse(expression, current.expression()),
            description == null ? current.description() : description,
            enabled == null ? current.isEnabled() : enabled,
            current.ref(),
            current.ratelimit(),
            current.logging(),
            null,
            null);
    var changes = new ArrayList<String>();
    var what = "custom rule " + id + " of " + rules.where();
    change(changes, what, "expression", current.expression(), wanted.expression());
    change(changes, what, "action", current.action(), wanted.action());
    if (!Objects.equals(current.actionParameters(), wanted.actionParameters())) {
      changes.add(
          "change "
              + what
              + " action parameters: "
              + current.actionParameters()
              + " → "
              + wanted.actionParameters());
    }
    change(
        changes,
        what,
        "description",
        Objects.requireNonNullElse(current.description(), ""),
        Objects.requireNonNullElse(wanted.description(), ""));
    change(changes, what, "enabled", current.isEnabled(), wanted.isEnabled());
    var weaker =
        (current.isEnabled() && !wanted.isEnabled())
            || FirewallRules.strength(wanted.action()) < FirewallRules.strength(current.action());
    var plan =
        changes.isEmpty()
            ? Plan.nothing(what + " already is: " + FirewallRules.describe(current))
            : Plan.of(changes, weaker);
    // FirewallRules.require found the rule in the entry point, so there is one.
    var entrypoint = Objects.requireNonNull(rules.entrypoint());
    var zoneId = rules.zone().zoneId();
    return new Prepared<>(
        plan,
        () -> rules.checkPermission(client),
        () -> {
          // The whole rule is sent: setting the same values twice leaves the same rule.
          var after =
              FirewallRules.refusingBadExpressions(
                  () ->
                      client
                          .rulesets()
                          .updateRule(Scope.ZONE, zoneId, entrypoint.id(), id, wanted));
          return FirewallRules.result(zoneId, after.id(), after.rule(id).orElse(wanted));
        });
  }

  private static void change(
      List<String> changes, String what, String field, Object before, Object after) {
    if (!before.equals(after)) {
      changes.add("change " + what + " " + field + ": " + before + " → " + after);
    }
  }
}
