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
import dev.flarelink.simulator.state.Security.PageRule;
import dev.flarelink.simulator.state.Security.PageRuleAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Page Rules of a zone: an unpaged list (filters {@code status}, {@code order}, {@code direction},
 * {@code match}), and create, read, replace, edit and delete. Invalid input is refused as
 * Cloudflare does: 400, 1004 "Page Rule validation failed: See messages for details." with the
 * details in {@code messages}.
 */
public final class PageRuleRoutes {

  private static final List<String> ACTION_IDS =
      List.of(
          "always_use_https",
          "automatic_https_rewrites",
          "browser_cache_ttl",
          "browser_check",
          "bypass_cache_on_cookie",
          "cache_by_device_type",
          "cache_deception_armor",
          "cache_key_fields",
          "cache_level",
          "cache_on_cookie",
          "disable_apps",
          "disable_performance",
          "disable_railgun",
          "disable_security",
          "disable_zaraz",
          "edge_cache_ttl",
          "email_obfuscation",
          "explicit_cache_control",
          "forwarding_url",
          "host_header_override",
          "ip_geolocation",
          "mirage",
          "opportunistic_encryption",
          "origin_error_page_pass_thru",
          "polish",
          "resolve_override",
          "respect_strong_etag",
          "response_buffering",
          "rocket_loader",
          "security_level",
          "server_side_exclude",
          "sort_query_string_for_cache",
          "ssl",
          "true_client_ip_header",
          "waf");
  private static final List<String> OPERATORS =
      List.of("matches", "contains", "equals", "not_equal", "not_contain");
  private static final List<String> STATUSES = List.of("active", "disabled");

  /** Registers the routes. */
  public void register(Router router) {
    var base = "/zones/{zone_id}/pagerules";
    var read = Access.zone("Page Rules Read", "Page Rules Write");
    var write = Access.zone("Page Rules Write");
    router.add("GET", base, read, this::list);
    router.add("POST", base, write, this::create);
    router.add("GET", base + "/{pagerule_id}", read, this::get);
    router.add("PUT", base + "/{pagerule_id}", write, call -> change(call, true));
    router.add("PATCH", base + "/{pagerule_id}", write, call -> change(call, false));
    router.add("DELETE", base + "/{pagerule_id}", write, this::delete);
  }

  private SimResponse list(Call call) {
    var status = call.query("status");
    var order = call.query("order") == null ? "priority" : call.query("order");
    var direction = call.query("direction") == null ? "desc" : call.query("direction");
    var match = call.query("match");
    if (!List.of("status", "priority").contains(order)
        || !List.of("asc", "desc").contains(direction)
        || (match != null && !List.of("any", "all").contains(match))
        || (status != null && !STATUSES.contains(status))) {
      throw fail(
          400,
          1002,
          "Invalid list options: order is status or priority, direction asc or desc, match any or"
              + " all, status active or disabled");
    }
    var zoneId = call.param("zone_id");
    Comparator<PageRule> comparator =
        order.equals("status")
            ? Comparator.comparing(PageRule::status)
            : Comparator.comparingInt(PageRule::priority);
    if (direction.equals("desc")) {
      comparator = comparator.reversed();
    }
    var rules =
        call.state().read(state -> List.copyOf(state.security().pageRules(zoneId))).stream()
            .filter(r -> status == null || r.status().equals(status))
            .sorted(comparator)
            .toList();
    var result = Wire.array();
    rules.forEach(r -> result.add(rule(r)));
    return Wire.ok(result);
  }

  private SimResponse get(Call call) {
    var zoneId = call.param("zone_id");
    return call.state()
        .read(state -> Wire.ok(rule(find(state.security().pageRules(zoneId), call))));
  }

  private static PageRule find(List<PageRule> rules, Call call) {
    var id = call.param("pagerule_id");
    return rules.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> fail(404, 1002, "Invalid Page Rule identifier " + id));
  }

  private SimResponse create(Call call) {
    var body = call.json();
    var zoneId = call.param("zone_id");
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var zone = state.zone(zoneId).orElseThrow();
              var rule = validated(body, null, zone.name(), state.newId(), zoneId, now);
              state.security().pageRules(zoneId).add(rule);
              return Wire.ok(rule(rule));
            });
  }

  private SimResponse change(Call call, boolean replace) {
    var body = call.json();
    var zoneId = call.param("zone_id");
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              var zone = state.zone(zoneId).orElseThrow();
              var rules = state.security().pageRules(zoneId);
              var before = find(rules, call);
              var merged =
                  replace && body.isObject()
                      ? (ObjectNode) body.deepCopy()
                      : replace ? Wire.object() : rule(before);
              if (!replace) {
                body.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
              }
              var changed = validated(merged, before, zone.name(), before.id(), zoneId, now);
              rules.replaceAll(r -> r.id().equals(before.id()) ? changed : r);
              return Wire.ok(rule(changed));
            });
  }

  private SimResponse delete(Call call) {
    var zoneId = call.param("zone_id");
    return call.state()
        .write(
            state -> {
              var rules = state.security().pageRules(zoneId);
              var rule = find(rules, call);
              rules.remove(rule);
              return Wire.ok(Wire.object().put("id", rule.id()));
            });
  }

  /**
   * A Page Rule from a body: one URL target matching the zone, known actions, a status.
   *
   * @param before the rule replaced or edited, or {@code null} for a new one
   */
  private static PageRule validated(
      JsonNode body, PageRule before, String zoneName, String id, String zoneId, Instant now) {
    var problems = new ArrayList<String>();
    var targets = body.path("targets");
    String operator = "matches";
    String url = "";
    if (!targets.isArray() || targets.isEmpty()) {
      problems.add(".targets: a Page Rule needs one target");
    } else {
      var target = targets.get(0);
      operator = target.path("constraint").path("operator").asText("");
      url = target.path("constraint").path("value").asText("");
      if (!target.path("target").asText("").equals("url")) {
        problems.add(".targets[0].target: only 'url' targets are supported");
      }
      if (!OPERATORS.contains(operator)) {
        problems.add(".targets[0].constraint.operator: must be one of " + OPERATORS);
      }
      if (!url.replaceFirst("^https?://", "").replace("*", "").contains(zoneName)) {
        problems.add(
            ".distinctTargetUrl: Your URL should reference the domain '"
                + zoneName
                + "' in some way.");
      }
    }
    var actions = new ArrayList<PageRuleAction>();
    var given = body.path("actions");
    if (!given.isArray() || given.isEmpty()) {
      problems.add(".actions: a Page Rule needs at least one action");
    } else {
      for (var action : given) {
        var actionId = action.path("id").asText("");
        if (!ACTION_IDS.contains(actionId)) {
          problems.add(".actions: '" + actionId + "' is not a valid action");
        } else {
          var value = action.path("value");
          actions.add(
              new PageRuleAction(
                  actionId,
                  value.isMissingNode() || value.isNull()
                      ? null
                      : Wire.MAPPER.convertValue(value, Object.class)));
        }
      }
    }
    var status = body.path("status").asText(before == null ? "disabled" : before.status());
    if (!STATUSES.contains(status)) {
      problems.add(".status: must be active or disabled");
    }
    var priority = body.path("priority");
    if (!priority.isMissingNode() && !priority.canConvertToInt()) {
      problems.add(".priority: must be a whole number");
    }
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    return new PageRule(
        id,
        zoneId,
        operator,
        url,
        actions,
        priority.isMissingNode() ? (before == null ? 1 : before.priority()) : priority.asInt(),
        status,
        before == null ? now : before.createdOn(),
        now);
  }

  private static SimException invalid(List<String> problems) {
    var body = Wire.object().put("success", false);
    body.putArray("errors")
        .add(Wire.error(1004, "Page Rule validation failed: See messages for details."));
    var messages = body.putArray("messages");
    problems.forEach(p -> messages.add(Wire.error(1004, p)));
    body.putNull("result");
    return new SimException(Wire.json(400, body));
  }

  static ObjectNode rule(PageRule rule) {
    var node = Wire.object().put("id", rule.id());
    var target = node.putArray("targets").addObject().put("target", "url");
    target.putObject("constraint").put("operator", rule.operator()).put("value", rule.targetUrl());
    var actions = node.putArray("actions");
    for (var action : rule.actions()) {
      var item = actions.addObject().put("id", action.id());
      if (action.value() != null) {
        item.set("value", Wire.MAPPER.valueToTree(action.value()));
      }
    }
    node.put("priority", rule.priority())
        .put("status", rule.status())
        .put("created_on", Wire.time(rule.createdOn()))
        .put("modified_on", Wire.time(rule.modifiedOn()));
    return node;
  }
}
