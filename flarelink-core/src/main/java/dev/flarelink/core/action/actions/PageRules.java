package dev.flarelink.core.action.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.PageRule;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneRefs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A zone's Page Rules as the Page Rule actions read them, and their inputs. */
record PageRules(ZoneEntry zone, List<PageRule> rules) {

  /** Actions that are switches: they take no value. */
  private static final List<String> SWITCHES =
      List.of(
          "always_use_https",
          "disable_apps",
          "disable_performance",
          "disable_railgun",
          "disable_security",
          "disable_zaraz");

  /** Actions that take a value. */
  private static final List<String> VALUED =
      List.of(
          "automatic_https_rewrites",
          "browser_cache_ttl",
          "browser_check",
          "bypass_cache_on_cookie",
          "cache_by_device_type",
          "cache_deception_armor",
          "cache_key_fields",
          "cache_level",
          "cache_on_cookie",
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

  private static final ObjectMapper JSON = new ObjectMapper();

  static final ActionParam ID = ActionParam.required("id", "the Page Rule's id");

  static final ActionParam URL =
      ActionParam.optional(
          "url",
          ActionParam.Type.STRING,
          "the URL pattern, with * wildcards, in the zone: e.g. *example.com/images/*");

  static final ActionParam ACTIONS =
      ActionParam.optional(
          "actions",
          ActionParam.Type.LIST,
          "what the rule does, each as id=value, or id alone for a switch (always_use_https,"
              + " disable_apps, disable_performance, disable_security, disable_zaraz): e.g."
              + " cache_level=cache_everything, browser_cache_ttl=14400, security_level=high,"
              + " forwarding_url=301 https://www.example.com/$1; a value may be JSON");

  static final ActionParam PRIORITY =
      ActionParam.optional(
          "priority", ActionParam.Type.INTEGER, "a higher number wins over a lower one");

  /** The zone the input names, with its Page Rules as Cloudflare has them now. */
  static PageRules of(CloudflareClient client, Connection connection, ActionInput input) {
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    return new PageRules(zone, client.pageRules().list(zone.zoneId()));
  }

  Optional<PageRule> find(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The Page Rule with this id.
   *
   * @throws NotFoundException naming the id when the zone has none
   */
  PageRule require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    where()
                        + " has no Page Rule "
                        + id
                        + "; list the zone's Page Rules (resource type page_rules) for their ids"));
  }

  String where() {
    return "zone " + zone.name();
  }

  void checkPermission(CloudflareClient client) {
    WriteProbes.pageRulesWrite(client, zone.zoneId());
  }

  /** Refuses a URL pattern outside the zone, as Cloudflare would, naming the field. */
  String url(String pattern) {
    var bare = pattern.replaceFirst("^(?i)https?://", "").replace("*", "");
    if (!bare.toLowerCase(Locale.ROOT).contains(zone.name().toLowerCase(Locale.ROOT))) {
      throw InvalidInputException.of(
          "url",
          "must be in the zone "
              + zone.name()
              + ", e.g. *"
              + zone.name()
              + "/images/*; was "
              + pattern);
    }
    return pattern;
  }

  /** The actions as given (id=value, or a switch's id), checked against Cloudflare's list. */
  static List<PageRule.Action> actions(List<String> given) {
    if (given.isEmpty()) {
      throw InvalidInputException.of("actions", "give at least one, e.g. cache_level=bypass");
    }
    var actions = new ArrayList<PageRule.Action>();
    for (var item : given) {
      var equals = item.indexOf('=');
      var id = (equals < 0 ? item : item.substring(0, equals)).strip();
      var value = equals < 0 ? "" : item.substring(equals + 1).strip();
      if (SWITCHES.contains(id)) {
        if (!value.isEmpty()) {
          throw InvalidInputException.of(
              "actions", id + " is a switch and takes no value; give it as " + id);
        }
        actions.add(new PageRule.Action(id, null));
      } else if (VALUED.contains(id)) {
        if (value.isEmpty()) {
          throw InvalidInputException.of(
              "actions", id + " needs a value; give it as " + id + "=VALUE");
        }
        actions.add(new PageRule.Action(id, value(id, value)));
      } else {
        throw InvalidInputException.of(
            "actions",
            "'"
                + id
                + "' is not a Page Rule action; use one of "
                + String.join(", ", SWITCHES)
                + ", "
                + String.join(", ", VALUED));
      }
    }
    if (actions.stream().map(PageRule.Action::id).distinct().count() < actions.size()) {
      throw InvalidInputException.of("actions", "name each action once");
    }
    return actions;
  }

  private static JsonNode value(String id, String text) {
    if (text.startsWith("{") || text.startsWith("[")) {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw InvalidInputException.of(
            "actions", "the value of " + id + " starts like JSON but is not: " + text);
      }
    }
    if (id.equals("forwarding_url")) {
      var parts = text.split("\\s+", 2);
      if (parts.length != 2
          || !parts[0].matches("30[12]")
          || !parts[1].matches("(?i)https?://.+")) {
        throw InvalidInputException.of(
            "actions",
            "forwarding_url takes a status and a URL: forwarding_url=301 https://www.example.com/$1"
                + " (301 permanent, 302 temporary); was "
                + text);
      }
      var node = JsonNodeFactory.instance.objectNode();
      node.put("url", parts[1]).put("status_code", Integer.parseInt(parts[0]));
      return node;
    }
    if (text.matches("\\d{1,9}")) {
      return JsonNodeFactory.instance.numberNode(Integer.parseInt(text));
    }
    return JsonNodeFactory.instance.textNode(text);
  }

  /** The actions as one line, the way they are given: id=value, or the id of a switch. */
  static String describe(List<PageRule.Action> actions) {
    return actions.stream().map(PageRules::describe).collect(Collectors.joining(", "));
  }

  private static String describe(PageRule.Action action) {
    var value = action.value();
    if (value == null || value.isNull()) {
      return action.id();
    }
    if (action.id().equals("forwarding_url") && value.has("url")) {
      return action.id()
          + "="
          + value.path("status_code").asText()
          + " "
          + value.path("url").asText();
    }
    return action.id() + "=" + (value.isValueNode() ? value.asText() : value.toString());
  }

  /** A rule in a plan: its pattern, actions, priority and status. */
  static String describe(PageRule rule) {
    return rule.url()
        + " → "
        + describe(rule.actions())
        + " (priority "
        + rule.priority()
        + ", "
        + rule.status()
        + ")";
  }

  /** A rule as an action's result: plain values only, ready for any face. */
  static Map<String, Object> result(String zoneId, PageRule rule) {
    var out = new LinkedHashMap<String, Object>();
    out.put("zone_id", zoneId);
    out.put("id", rule.id());
    out.put("url", rule.url());
    out.put("actions", rule.actions().stream().map(PageRules::describe).toList());
    out.put("priority", rule.priority());
    out.put("status", rule.status());
    return out;
  }

  /** Whether two action lists do the same, in the same order. */
  static boolean sameActions(List<PageRule.Action> a, List<PageRule.Action> b) {
    return a.size() == b.size()
        && IntStream.range(0, a.size())
            .allMatch(i -> a.get(i).id().equals(b.get(i).id()) && sameValue(a.get(i), b.get(i)));
  }

  private static boolean sameValue(PageRule.Action a, PageRule.Action b) {
    var x = a.value();
    var y = b.value();
    if (x == null || x.isNull()) {
      return y == null || y.isNull();
    }
    return y != null
        && (x.equals(y) || (x.isValueNode() && y.isValueNode() && x.asText().equals(y.asText())));
  }
}
