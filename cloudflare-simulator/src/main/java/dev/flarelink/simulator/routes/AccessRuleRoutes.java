package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.AccessRule;
import java.util.List;

/** IP access rules of accounts and zones. */
public final class AccessRuleRoutes {

  private static final List<String> MODES =
      List.of("block", "challenge", "whitelist", "js_challenge", "managed_challenge");
  private static final List<String> TARGETS = List.of("ip", "ip_range", "asn", "country");

  /** Registers the routes. */
  public void register(Router router) {
    var account = "/accounts/{account_id}/firewall/access_rules/rules";
    var zone = "/zones/{zone_id}/firewall/access_rules/rules";
    var accountRead =
        Access.account("Account Firewall Access Rules Read", "Account Firewall Access Rules Write");
    var accountWrite = Access.account("Account Firewall Access Rules Write");
    var zoneRead = Access.zone("Firewall Services Read", "Firewall Services Write");
    var zoneWrite = Access.zone("Firewall Services Write");
    router.add(
        "GET", account, accountRead, call -> list(call, "account", call.param("account_id")));
    router.add(
        "POST", account, accountWrite, call -> create(call, "account", call.param("account_id")));
    // Cloudflare reads one rule only at account scope (there is no such read for a zone's).
    router.add(
        "GET", account + "/{rule_id}", accountRead, call -> get(call, call.param("account_id")));
    router.add(
        "PATCH",
        account + "/{rule_id}",
        accountWrite,
        call -> update(call, "account", call.param("account_id")));
    router.add(
        "DELETE",
        account + "/{rule_id}",
        accountWrite,
        call -> delete(call, "account", call.param("account_id")));
    router.add("GET", zone, zoneRead, call -> list(call, "zone", call.param("zone_id")));
    router.add("POST", zone, zoneWrite, call -> create(call, "zone", call.param("zone_id")));
    router.add(
        "PATCH",
        zone + "/{rule_id}",
        zoneWrite,
        call -> update(call, "zone", call.param("zone_id")));
    router.add(
        "DELETE",
        zone + "/{rule_id}",
        zoneWrite,
        call -> delete(call, "zone", call.param("zone_id")));
  }

  private SimResponse list(Call call, String scope, String owner) {
    var mode = call.query("mode");
    var target = call.query("configuration.target");
    var value = call.query("configuration.value");
    var rules =
        call.state().read(state -> List.copyOf(state.accessRules(scope, owner))).stream()
            .filter(r -> mode == null || r.mode().equals(mode))
            .filter(r -> target == null || r.target().equals(target))
            .filter(r -> value == null || r.value().equals(value))
            .toList();
    return Paging.page(call, rules, Paging.ACCESS_RULES, AccessRuleRoutes::rule);
  }

  static ObjectNode rule(AccessRule rule) {
    var node =
        Wire.object()
            .put("id", rule.id())
            .put("mode", rule.mode())
            .put("notes", rule.notes() == null ? "" : rule.notes());
    node.putObject("configuration").put("target", rule.target()).put("value", rule.value());
    var modes = node.putArray("allowed_modes");
    MODES.forEach(modes::add);
    node.put("created_on", Wire.time(rule.createdOn()))
        .put("modified_on", Wire.time(rule.modifiedOn()));
    node.putObject("scope")
        .put("id", rule.scopeId())
        .put("type", rule.scopeType().equals("zone") ? "zone" : "account");
    return node;
  }

  private SimResponse create(Call call, String scope, String owner) {
    var body = call.json();
    var mode = body.path("mode").asText("");
    var target = body.path("configuration").path("target").asText("");
    var value = body.path("configuration").path("value").asText("");
    if (!MODES.contains(mode)) {
      throw fail(400, 10011, "mode must be one of " + String.join(", ", MODES));
    }
    if (!TARGETS.contains(target) || value.isBlank()) {
      throw fail(
          400, 10012, "configuration needs a target (ip, ip_range, asn or country) and a value");
    }
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var rules = state.accessRules(scope, owner);
              if (rules.stream()
                  .anyMatch(r -> r.target().equals(target) && r.value().equals(value))) {
                throw fail(400, 10009, "firewallaccessrules.api.duplicate_of_existing");
              }
              var rule =
                  new AccessRule(
                      state.newId(),
                      scope,
                      owner,
                      mode,
                      target,
                      value,
                      body.path("notes").asText(null),
                      now,
                      now);
              rules.add(rule);
              return Wire.ok(rule(rule));
            });
  }

  private SimResponse get(Call call, String owner) {
    return call.state()
        .read(
            state ->
                state.accessRules("account", owner).stream()
                    .filter(r -> r.id().equals(call.param("rule_id")))
                    .findFirst()
                    .map(r -> Wire.ok(rule(r)))
                    .orElseThrow(() -> fail(404, 10001, "firewallaccessrules.api.not_found")));
  }

  private SimResponse update(Call call, String scope, String owner) {
    var body = call.json();
    return call.state()
        .write(
            state -> {
              var rules = state.accessRules(scope, owner);
              var rule =
                  rules.stream()
                      .filter(r -> r.id().equals(call.param("rule_id")))
                      .findFirst()
                      .orElseThrow(() -> fail(404, 10001, "firewallaccessrules.api.not_found"));
              var mode = body.has("mode") ? body.get("mode").asText() : rule.mode();
              if (!MODES.contains(mode)) {
                throw fail(400, 10011, "mode must be one of " + String.join(", ", MODES));
              }
              var changed =
                  new AccessRule(
                      rule.id(),
                      scope,
                      owner,
                      mode,
                      rule.target(),
                      rule.value(),
                      body.has("notes") ? body.get("notes").asText() : rule.notes(),
                      rule.createdOn(),
                      call.clock().instant());
              rules.replaceAll(r -> r.id().equals(rule.id()) ? changed : r);
              return Wire.ok(rule(changed));
            });
  }

  private SimResponse delete(Call call, String scope, String owner) {
    return call.state()
        .write(
            state -> {
              var removed =
                  state
                      .accessRules(scope, owner)
                      .removeIf(r -> r.id().equals(call.param("rule_id")));
              if (!removed) {
                throw fail(404, 10001, "firewallaccessrules.api.not_found");
              }
              return Wire.ok(Wire.object().put("id", call.param("rule_id")));
            });
  }
}
