package dev.flarelink.core.action.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.RulesetsApi.Scope;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.model.Ruleset;
import dev.flarelink.cloudflare.model.RulesetRule;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A zone's custom firewall rules: the rules of its {@code http_request_firewall_custom} entry point
 * ruleset, which the firewall actions read and change.
 *
 * @param entrypoint the entry point ruleset, or {@code null} when the zone has none yet
 */
record FirewallRules(ZoneEntry zone, @Nullable Ruleset entrypoint) {

  /** The phase of custom firewall rules. */
  static final String PHASE = "http_request_firewall_custom";

  /** The actions a custom rule may take, from the weakest (skip lets requests past) up. */
  static final List<String> ACTIONS =
      List.of("skip", "log", "js_challenge", "challenge", "managed_challenge", "block");

  static final ActionParam ID =
      ActionParam.required("id", "the rule's id (32 hexadecimal characters)");

  static final ActionParam EXPRESSION =
      ActionParam.optional(
          "expression",
          ActionParam.Type.STRING,
          "which requests match, in Cloudflare's rules language, e.g. ip.src eq 192.0.2.1 or"
              + " (http.request.uri.path contains \"/admin\" and ip.geoip.country ne \"NL\")");

  static final ActionParam ACTION =
      ActionParam.optional(
              "action",
              ActionParam.Type.STRING,
              "what to do with matching requests (skip: let them past the remaining custom rules,"
                  + " or what skip names)")
          .oneOf(ACTIONS);

  static final ActionParam DESCRIPTION =
      ActionParam.optional("description", ActionParam.Type.STRING, "what the rule is for");

  static final ActionParam ENABLED =
      ActionParam.optional("enabled", ActionParam.Type.BOOLEAN, "whether the rule runs");

  static final ActionParam SKIP =
      ActionParam.optional(
          "skip",
          ActionParam.Type.LIST,
          "for a skip rule, what it skips: current (the remaining custom rules; the default),"
              + " phases (http_ratelimit, http_request_firewall_managed, http_request_sbfm) or"
              + " products (zoneLockdown, uaBlock, bic, hot, securityLevel, rateLimit, waf)");

  private static final List<String> SKIP_PHASES =
      List.of("http_ratelimit", "http_request_firewall_managed", "http_request_sbfm");
  private static final List<String> SKIP_PRODUCTS =
      List.of("zoneLockdown", "uaBlock", "bic", "hot", "securityLevel", "rateLimit", "waf");

  /** The zone the input names, with its custom rules as Cloudflare has them now. */
  static FirewallRules of(CloudflareClient client, Connection connection, ActionInput input) {
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    return new FirewallRules(zone, read(client, zone.zoneId()));
  }

  /** The entry point of the zone's custom rules, or {@code null} when there is none. */
  static @Nullable Ruleset read(CloudflareClient client, String zoneId) {
    try {
      return client.rulesets().entrypoint(Scope.ZONE, zoneId, PHASE);
    } catch (CloudflareException e) {
      if (e.status() == 404) {
        return null; // the phase has no entry point until its first rule
      }
      throw e;
    }
  }

  /** The rules, in order; none when the zone has no entry point. */
  List<RulesetRule> rules() {
    return entrypoint == null ? List.of() : entrypoint.rules();
  }

  /** The rule with this id, if the zone's custom rules hold it. */
  Optional<RulesetRule> find(String ruleId) {
    return rules().stream().filter(r -> ruleId.equals(r.id())).findFirst();
  }

  /**
   * The rule with this id.
   *
   * @throws NotFoundException naming the id when there is none
   */
  RulesetRule require(String ruleId) {
    return find(ruleId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "zone "
                        + zone.name()
                        + " has no custom firewall rule "
                        + ruleId
                        + "; list the zone's rulesets (resource type rulesets) for the ids of"
                        + " its "
                        + PHASE
                        + " rules"));
  }

  /** Where the rules are, for plans and notes. */
  String where() {
    return "zone " + zone.name();
  }

  /** Checks, without changing anything, that the credential may change the zone's rules. */
  void checkPermission(CloudflareClient client) {
    WriteProbes.securityRulesWrite(client, zone.zoneId());
  }

  /** A rule's one-line description for plans: its action, expression, description and switch. */
  static String describe(RulesetRule rule) {
    var text = rule.action() + " when " + rule.expression();
    if (rule.description() != null && !rule.description().isBlank()) {
      text += " (\"" + rule.description() + "\")";
    }
    return text + (rule.isEnabled() ? "" : " [disabled]");
  }

  /** How strong an action is: a lower rank lets more requests through. */
  static int strength(String action) {
    return ACTIONS.indexOf(action);
  }

  /**
   * The parameters a rule's action needs: a skip rule names what it skips (the remaining custom
   * rules unless {@code skip} says otherwise); the others take none.
   */
  static @Nullable JsonNode parameters(String action, List<String> skip) {
    if (!action.equals("skip")) {
      if (!skip.isEmpty()) {
        throw InvalidInputException.of(
            "skip", "applies only to action skip; leave it out for action " + action);
      }
      return null;
    }
    var node = JsonNodeFactory.instance.objectNode();
    if (skip.isEmpty() || skip.equals(List.of("current"))) {
      node.put("ruleset", "current");
      return node;
    }
    var phases = node.putArray("phases");
    var products = node.putArray("products");
    for (var item : skip) {
      if (SKIP_PHASES.contains(item)) {
        phases.add(item);
      } else if (SKIP_PRODUCTS.contains(item)) {
        products.add(item);
      } else {
        throw InvalidInputException.of(
            "skip",
            "cannot skip '"
                + item
                + "'; name current, or phases "
                + String.join(", ", SKIP_PHASES)
                + ", or products "
                + String.join(", ", SKIP_PRODUCTS));
      }
    }
    if (phases.isEmpty()) {
      node.remove("phases");
    }
    if (products.isEmpty()) {
      node.remove("products");
    }
    return node;
  }

  /** Refuses an empty or unbalanced expression before Cloudflare does, naming the field. */
  static void checkExpression(String expression) {
    var depth = 0;
    var quoted = false;
    for (var i = 0; i < expression.length(); i++) {
      var c = expression.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      }
      if (depth < 0) {
        break;
      }
    }
    if (quoted || depth != 0) {
      throw InvalidInputException.of(
          "expression",
          (quoted ? "has an unclosed \"" : "has unbalanced parentheses")
              + ": "
              + expression
              + "; write it as in the dashboard's expression editor, e.g. ip.src eq 192.0.2.1");
    }
  }

  /**
   * Runs a rule write; Cloudflare's refusal of the expression (its rules language parser is the
   * judge) becomes an input error naming the field, with Cloudflare's words.
   */
  static <T> T refusingBadExpressions(Supplier<T> write) {
    try {
      return write.get();
    } catch (InvalidRequestException e) {
      var about =
          e.errors().stream()
              .map(m -> m.message())
              .filter(
                  m ->
                      m.toLowerCase(Locale.ROOT).contains("expression")
                          || m.toLowerCase(Locale.ROOT).contains("filter parsing"))
              .findFirst();
      if (about.isEmpty()) {
        throw e;
      }
      throw InvalidInputException.of(
          "expression",
          "Cloudflare refused it: "
              + about.get()
              + "; correct it (the dashboard's expression editor checks an expression as it is"
              + " typed)");
    }
  }

  /** A rule as an action's result: plain values only, ready for any face. */
  static Map<String, Object> result(String zoneId, String rulesetId, RulesetRule rule) {
    var out = new LinkedHashMap<String, Object>();
    out.put("zone_id", zoneId);
    out.put("ruleset_id", rulesetId);
    out.put("id", rule.id());
    out.put("action", rule.action());
    out.put("expression", rule.expression());
    out.put("description", rule.description());
    out.put("enabled", rule.isEnabled());
    out.put("version", rule.version());
    return out;
  }
}
