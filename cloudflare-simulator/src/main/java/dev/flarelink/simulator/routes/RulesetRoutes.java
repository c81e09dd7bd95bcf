package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimException;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Security.Ruleset;
import dev.flarelink.simulator.state.Security.RulesetRule;
import dev.flarelink.simulator.state.SimState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rulesets of zones and accounts: cursor-paged lists without rules, whole rulesets, phase entry
 * points (created or replaced by PUT) and single-rule writes. A zone's list shows its account's
 * managed rulesets beside its own, as Cloudflare's does; managed rulesets are read-only. Every
 * write bumps the ruleset's {@code version} and {@code last_updated}.
 */
public final class RulesetRoutes {

  private static final List<String> ACTIONS =
      List.of(
          "block",
          "challenge",
          "compress_response",
          "ddos_dynamic",
          "execute",
          "force_connection_close",
          "js_challenge",
          "log",
          "log_custom_field",
          "managed_challenge",
          "redirect",
          "rewrite",
          "route",
          "score",
          "serve_error",
          "set_cache_settings",
          "set_config",
          "skip");

  /** Actions that do nothing without parameters. */
  private static final List<String> NEED_PARAMETERS =
      List.of(
          "execute",
          "redirect",
          "rewrite",
          "route",
          "score",
          "serve_error",
          "set_cache_settings",
          "set_config",
          "skip",
          "compress_response",
          "log_custom_field");

  private static final List<String> PHASES =
      List.of(
          "ddos_l4",
          "ddos_l7",
          "http_config_settings",
          "http_custom_errors",
          "http_log_custom_fields",
          "http_ratelimit",
          "http_request_cache_settings",
          "http_request_dynamic_redirect",
          "http_request_firewall_custom",
          "http_request_firewall_managed",
          "http_request_late_transform",
          "http_request_origin",
          "http_request_redirect",
          "http_request_sanitize",
          "http_request_sbfm",
          "http_request_select_configuration",
          "http_request_transform",
          "http_response_compression",
          "http_response_firewall_managed",
          "http_response_headers_transform",
          "magic_transit",
          "magic_transit_ids_managed",
          "magic_transit_managed");

  /** Where rulesets live: a zone or an account, and who may read and write them there. */
  private record Scope(String type, String ownerParam, Access read, Access write) {

    String base() {
      return (type.equals("zone") ? "/zones/" : "/accounts/") + "{" + ownerParam + "}/rulesets";
    }

    /** The kind of an entry point ruleset in this scope. */
    String entrypointKind() {
      return type.equals("zone") ? "zone" : "root";
    }
  }

  /** Registers the routes. */
  public void register(Router router) {
    register(
        router,
        new Scope(
            "zone",
            "zone_id",
            Access.zone("Zone WAF Read", "Zone WAF Write"),
            Access.zone("Zone WAF Write")));
    register(
        router,
        new Scope(
            "account",
            "account_id",
            Access.account("Account Rulesets Read", "Account Rulesets Write"),
            Access.account("Account Rulesets Write")));
  }

  private void register(Router router, Scope scope) {
    var base = scope.base();
    var one = base + "/{ruleset_id}";
    var entrypoint = base + "/phases/{ruleset_phase}/entrypoint";
    router.add("GET", base, scope.read(), call -> list(call, scope));
    router.add("GET", one, scope.read(), call -> get(call, scope));
    router.add("DELETE", one, scope.write(), call -> delete(call, scope));
    router.add("GET", entrypoint, scope.read(), call -> getEntrypoint(call, scope));
    router.add("PUT", entrypoint, scope.write(), call -> putEntrypoint(call, scope));
    router.add("POST", one + "/rules", scope.write(), call -> addRule(call, scope));
    router.add("PATCH", one + "/rules/{rule_id}", scope.write(), call -> updateRule(call, scope));
    router.add("DELETE", one + "/rules/{rule_id}", scope.write(), call -> deleteRule(call, scope));
  }

  private static String owner(Call call, Scope scope) {
    return call.param(scope.ownerParam());
  }

  /** What the scope's list shows: a zone sees its account's managed rulesets too. */
  private static List<Ruleset> visible(SimState state, Scope scope, String owner) {
    if (scope.type().equals("zone")) {
      var accountId = state.zone(owner).orElseThrow().accountId();
      return state.security().visibleInZone(accountId, owner);
    }
    return List.copyOf(state.security().rulesets("account", owner));
  }

  private SimResponse list(Call call, Scope scope) {
    var rulesets = call.state().read(state -> visible(state, scope, owner(call, scope)));
    return Paging.cursor(call, rulesets, Paging.RULESETS, RulesetRoutes::summary);
  }

  private SimResponse get(Call call, Scope scope) {
    return call.state()
        .read(
            state ->
                Wire.ok(
                    full(
                        find(
                            visible(state, scope, owner(call, scope)), call.param("ruleset_id")))));
  }

  private static Ruleset find(List<Ruleset> rulesets, String id) {
    return rulesets.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> fail(404, 10003, "could not find ruleset " + id));
  }

  /** The scope's own ruleset with this id, which a write may change. */
  private static Ruleset writable(SimState state, Scope scope, String owner, String id) {
    var ruleset = find(visible(state, scope, owner), id);
    if (ruleset.managed()) {
      throw fail(
          403,
          20215,
          "managed ruleset "
              + id
              + " can only be changed by Cloudflare; override its rules in an execute rule of the"
              + " phase entry point instead");
    }
    return ruleset;
  }

  private static void replace(SimState state, Scope scope, String owner, Ruleset changed) {
    state
        .security()
        .rulesets(scope.type(), owner)
        .replaceAll(r -> r.id().equals(changed.id()) ? changed : r);
  }

  private SimResponse delete(Call call, Scope scope) {
    var owner = owner(call, scope);
    return call.state()
        .write(
            state -> {
              var ruleset = writable(state, scope, owner, call.param("ruleset_id"));
              state.security().rulesets(scope.type(), owner).remove(ruleset);
              return new SimResponse(204, "application/json", new byte[0]);
            });
  }

  private static Ruleset entrypoint(SimState state, Scope scope, String owner, String phase) {
    return state.security().rulesets(scope.type(), owner).stream()
        .filter(r -> r.phase().equals(phase) && r.kind().equals(scope.entrypointKind()))
        .findFirst()
        .orElse(null);
  }

  private SimResponse getEntrypoint(Call call, Scope scope) {
    var phase = phase(call);
    return call.state()
        .read(
            state -> {
              var ruleset = entrypoint(state, scope, owner(call, scope), phase);
              if (ruleset == null) {
                throw fail(
                    404, 10003, "could not find entrypoint ruleset in the '" + phase + "' phase");
              }
              return Wire.ok(full(ruleset));
            });
  }

  private static String phase(Call call) {
    var phase = call.param("ruleset_phase");
    if (!PHASES.contains(phase)) {
      throw failAt(
          "/phase",
          "'" + phase + "' is not a valid value for phase because it's not in the allowed list");
    }
    return phase;
  }

  private SimResponse putEntrypoint(Call call, Scope scope) {
    var phase = phase(call);
    var body = call.json();
    var owner = owner(call, scope);
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var existing = entrypoint(state, scope, owner, phase);
              var previous = existing == null ? List.<RulesetRule>of() : existing.rules();
              var rules = new ArrayList<RulesetRule>();
              var given = body.path("rules");
              for (int i = 0; i < given.size(); i++) {
                var node = given.get(i);
                var id = node.path("id").asText("");
                var before = previous.stream().filter(r -> r.id().equals(id)).findFirst();
                rules.add(
                    rule(
                        state,
                        phase,
                        node,
                        before.orElse(null),
                        before.isPresent() ? id : state.newId(),
                        "/rules/" + i,
                        now));
              }
              Ruleset ruleset;
              if (existing == null) {
                ruleset =
                    new Ruleset(
                        state.newId(),
                        scope.type(),
                        owner,
                        body.path("name").asText("default"),
                        body.path("description").asText(""),
                        scope.entrypointKind(),
                        phase,
                        1,
                        now,
                        rules);
                state.security().rulesets(scope.type(), owner).add(ruleset);
              } else {
                var changed = existing.withRules(rules, now);
                ruleset =
                    new Ruleset(
                        changed.id(),
                        changed.scopeType(),
                        changed.scopeId(),
                        body.path("name").asText(changed.name()),
                        body.path("description").asText(changed.description()),
                        changed.kind(),
                        phase,
                        changed.version(),
                        now,
                        rules);
                replace(state, scope, owner, ruleset);
              }
              return Wire.ok(full(ruleset));
            });
  }

  private SimResponse addRule(Call call, Scope scope) {
    var body = call.json();
    var owner = owner(call, scope);
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var ruleset = writable(state, scope, owner, call.param("ruleset_id"));
              var rules = new ArrayList<>(ruleset.rules());
              rules.add(rule(state, ruleset.phase(), body, null, state.newId(), "", now));
              var changed = ruleset.withRules(rules, now);
              replace(state, scope, owner, changed);
              return Wire.ok(full(changed));
            });
  }

  private SimResponse updateRule(Call call, Scope scope) {
    var body = call.json();
    var owner = owner(call, scope);
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var ruleset = writable(state, scope, owner, call.param("ruleset_id"));
              var ruleId = call.param("rule_id");
              var before = findRule(ruleset, ruleId);
              var merged = before.deepCopy();
              body.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
              var changed =
                  rule(state, ruleset.phase(), merged, ruleFor(ruleset, ruleId), ruleId, "", now);
              var rules =
                  ruleset.rules().stream().map(r -> r.id().equals(ruleId) ? changed : r).toList();
              var updated = ruleset.withRules(rules, now);
              replace(state, scope, owner, updated);
              return Wire.ok(full(updated));
            });
  }

  private SimResponse deleteRule(Call call, Scope scope) {
    var owner = owner(call, scope);
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var ruleset = writable(state, scope, owner, call.param("ruleset_id"));
              var ruleId = call.param("rule_id");
              findRule(ruleset, ruleId);
              var rules = ruleset.rules().stream().filter(r -> !r.id().equals(ruleId)).toList();
              var updated = ruleset.withRules(rules, now);
              replace(state, scope, owner, updated);
              return Wire.ok(full(updated));
            });
  }

  private static RulesetRule ruleFor(Ruleset ruleset, String ruleId) {
    return ruleset.rules().stream()
        .filter(r -> r.id().equals(ruleId))
        .findFirst()
        .orElseThrow(
            () ->
                fail(404, 10003, "could not find rule " + ruleId + " in ruleset " + ruleset.id()));
  }

  /** A rule as JSON, to merge a PATCH onto. */
  private static ObjectNode findRule(Ruleset ruleset, String ruleId) {
    return rule(ruleFor(ruleset, ruleId));
  }

  /**
   * A rule from a request body, validated as Cloudflare does: a known action, an expression, the
   * parameters the action needs, a rate limit in the rate limiting phase.
   *
   * @param before the rule this replaces, whose version is bumped, or {@code null}
   */
  private static RulesetRule rule(
      SimState state,
      String phase,
      JsonNode node,
      RulesetRule before,
      String id,
      String pointer,
      Instant now) {
    var action = node.path("action").asText("");
    if (!ACTIONS.contains(action)) {
      throw failAt(
          pointer + "/action",
          "'"
              + action
              + "' is not a valid value for action because it's not in the allowed list of "
              + ACTIONS);
    }
    var expression = node.path("expression").asText("");
    if (expression.isBlank()) {
      throw failAt(pointer + "/expression", "the expression of a rule must not be empty");
    }
    var parameters = node.path("action_parameters");
    if (NEED_PARAMETERS.contains(action) && (!parameters.isObject() || parameters.isEmpty())) {
      throw failAt(
          pointer + "/action_parameters",
          "action parameters are required for the " + action + " action",
          20113);
    }
    if (action.equals("execute")) {
      var target = parameters.path("id").asText("");
      var accounts = state.accounts();
      var known =
          accounts.stream()
              .flatMap(a -> state.security().rulesets("account", a.id()).stream())
              .anyMatch(r -> r.id().equals(target));
      if (!known) {
        throw failAt(
            pointer + "/action_parameters/id",
            "could not find ruleset '" + target + "' to execute");
      }
    }
    var ratelimit = node.path("ratelimit");
    if (phase.equals("http_ratelimit") && !ratelimit.isObject()) {
      throw failAt(
          pointer + "/ratelimit", "rules in the http_ratelimit phase must have a ratelimit");
    }
    return new RulesetRule(
        id,
        before == null ? 1 : before.version() + 1,
        action,
        expression,
        node.path("description").asText(""),
        node.path("enabled").asBoolean(true),
        now,
        node.path("ref").asText(id),
        parameters.isObject() ? toMap(parameters) : null,
        ratelimit.isObject() ? toMap(ratelimit) : null,
        before == null ? List.of() : before.categories());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> toMap(JsonNode node) {
    return Wire.MAPPER.convertValue(node, Map.class);
  }

  private static SimException failAt(String pointer, String message) {
    return failAt(pointer, message, 20021);
  }

  private static SimException failAt(String pointer, String message, int code) {
    var error = Wire.error(code, message);
    error.putObject("source").put("pointer", pointer.isEmpty() ? "/" : pointer);
    return new SimException(Wire.failure(400, error));
  }

  static ObjectNode summary(Ruleset ruleset) {
    return Wire.object()
        .put("id", ruleset.id())
        .put("name", ruleset.name())
        .put("description", ruleset.description())
        .put("kind", ruleset.kind())
        .put("phase", ruleset.phase())
        .put("version", String.valueOf(ruleset.version()))
        .put("last_updated", Wire.time(ruleset.lastUpdated()));
  }

  static ObjectNode full(Ruleset ruleset) {
    var node = summary(ruleset);
    var rules = node.putArray("rules");
    ruleset.rules().forEach(r -> rules.add(rule(r)));
    return node;
  }

  static ObjectNode rule(RulesetRule rule) {
    var node =
        Wire.object()
            .put("id", rule.id())
            .put("version", String.valueOf(rule.version()))
            .put("action", rule.action());
    if (rule.actionParameters() != null) {
      node.set("action_parameters", Wire.MAPPER.valueToTree(rule.actionParameters()));
    }
    if (rule.ratelimit() != null) {
      node.set("ratelimit", Wire.MAPPER.valueToTree(rule.ratelimit()));
    }
    if (!rule.categories().isEmpty()) {
      var categories = node.putArray("categories");
      rule.categories().forEach(categories::add);
    }
    node.put("expression", rule.expression())
        .put("description", rule.description())
        .put("last_updated", Wire.time(rule.lastUpdated()))
        .put("ref", rule.ref())
        .put("enabled", rule.enabled());
    return node;
  }
}
