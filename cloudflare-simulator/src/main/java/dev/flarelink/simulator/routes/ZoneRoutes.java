package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Catalog;
import dev.flarelink.simulator.state.Entities.Zone;
import dev.flarelink.simulator.state.SimState;
import dev.flarelink.simulator.state.ZoneSettings;
import dev.flarelink.simulator.state.ZoneSettings.Definition;
import dev.flarelink.simulator.state.ZoneSettings.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Zones and zone settings. */
public final class ZoneRoutes {

  private static final Pattern ZONE_NAME =
      Pattern.compile("^([a-zA-Z0-9][\\-a-zA-Z0-9]*\\.)+[\\-a-zA-Z0-9]{2,20}$");

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/zones", Access.anyone(), this::list);
    router.add("POST", "/zones", Access.anyone(), this::create);
    router.add("PATCH", "/zones/{zone_id}", Access.zone("Zone Write"), this::patch);
    router.add("DELETE", "/zones/{zone_id}", Access.zone("Zone Write"), this::delete);
    router.add(
        "GET",
        "/zones/{zone_id}",
        Access.zone(Catalog.ZONE_GROUPS.toArray(String[]::new)),
        this::get);
    router.add(
        "GET",
        "/zones/{zone_id}/settings",
        Access.zone("Zone Settings Read", "Zone Settings Write"),
        this::settings);
    router.add(
        "PATCH",
        "/zones/{zone_id}/settings",
        Access.zone("Zone Settings Write"),
        this::patchSettings);
    router.add(
        "GET",
        "/zones/{zone_id}/settings/{setting}",
        Access.zone("Zone Settings Read", "Zone Settings Write"),
        this::setting);
    router.add(
        "PATCH",
        "/zones/{zone_id}/settings/{setting}",
        Access.zone("Zone Settings Write"),
        this::patchSetting);
  }

  private SimResponse list(Call call) {
    var state = call.state();
    var principal = call.principal();
    var filters = new ArrayList<Predicate<Zone>>();
    if (call.query("name") != null) {
      var op = TextFilter.operatorAndValue(call.query("name"));
      filters.add(zone -> TextFilter.matches(op[0], zone.name(), op[1]));
    }
    if (call.query("status") != null) {
      filters.add(zone -> zone.status().equals(call.query("status")));
    }
    if (call.query("account.id") != null) {
      filters.add(zone -> zone.accountId().equals(call.query("account.id")));
    }
    if (call.query("account.name") != null) {
      var op = TextFilter.operatorAndValue(call.query("account.name"));
      filters.add(
          zone ->
              TextFilter.matches(
                  op[0], state.account(zone.accountId()).orElseThrow().name(), op[1]));
    }
    var types =
        call.query("type") == null
            ? List.of("full", "partial", "secondary")
            : List.of(call.query("type").split(","));
    var any = "any".equals(call.query("match"));
    var zones =
        state.zones().stream()
            .filter(zone -> types.contains(zone.type()))
            .filter(
                zone ->
                    Catalog.ZONE_GROUPS.stream()
                        .anyMatch(g -> principal.can(state, g, zone.accountId(), zone.id())))
            .filter(
                zone ->
                    filters.isEmpty()
                        || (any
                            ? filters.stream().anyMatch(f -> f.test(zone))
                            : filters.stream().allMatch(f -> f.test(zone))))
            .toList();
    var order = call.query("order");
    if (order != null) {
      Comparator<Zone> comparator =
          switch (order) {
            case "name" -> Comparator.comparing(Zone::name);
            case "status" -> Comparator.comparing(Zone::status);
            case "account.id" -> Comparator.comparing(Zone::accountId);
            case "account.name" ->
                Comparator.comparing(z -> state.account(z.accountId()).orElseThrow().name());
            case "plan.id" -> Comparator.comparing(Zone::plan);
            default ->
                throw fail(
                    400,
                    1004,
                    "Invalid value for order: use name, status, account.id, account.name or plan.id");
          };
      zones = Sorting.direction(call, zones, comparator, false);
    }
    return Paging.page(call, zones, Paging.STANDARD, zone -> zone(state, zone));
  }

  private SimResponse get(Call call) {
    var state = call.state();
    return Wire.ok(zone(state, state.zone(call.param("zone_id")).orElseThrow()));
  }

  static ObjectNode zone(SimState state, Zone zone) {
    var account = state.account(zone.accountId()).orElseThrow();
    var node =
        Wire.object().put("id", zone.id()).put("name", zone.name()).put("status", zone.status());
    node.put("paused", zone.paused())
        .put("type", zone.type())
        .put("development_mode", zone.developmentMode());
    var servers = node.putArray("name_servers");
    zone.nameServers().forEach(servers::add);
    node.putNull("original_name_servers").putNull("original_registrar").putNull("original_dnshost");
    node.putArray("vanity_name_servers");
    node.put("created_on", Wire.time(zone.createdOn()))
        .put("modified_on", Wire.time(zone.modifiedOn()));
    node.put(
        "activated_on",
        zone.status().equals("active") ? Wire.time(zone.createdOn().plusSeconds(3600)) : null);
    node.putObject("meta")
        .put("step", 2)
        .put("custom_certificate_quota", 0)
        .put("page_rule_quota", 3)
        .put("phishing_detected", false)
        .put("cdn_only", false)
        .put("dns_only", false)
        .put("foundation_dns", false);
    node.putObject("owner")
        .put("id", account.id())
        .put("type", "organization")
        .put("name", account.name());
    node.putObject("account").put("id", account.id()).put("name", account.name());
    node.putObject("tenant").putNull("id").putNull("name");
    node.putObject("tenant_unit").putNull("id");
    node.putArray("permissions").add("#zone:read").add("#dns_records:read");
    var plan =
        node.putObject("plan").put("id", Catalog.groupId(zone.plan())).put("name", zone.plan());
    plan.put("price", zone.plan().startsWith("Free") ? 0 : zone.plan().startsWith("Pro") ? 20 : 200)
        .put("currency", "USD");
    plan.put("frequency", "monthly").put("is_subscribed", true).put("can_subscribe", false);
    plan.put("legacy_id", zone.plan().split(" ", -1)[0].toLowerCase(Locale.ROOT))
        .put("legacy_discount", false)
        .put("externally_managed", false);
    node.put("cname_suffix", "cdn.cloudflare.net");
    return node;
  }

  private SimResponse settings(Call call) {
    var zone = call.state().zone(call.param("zone_id")).orElseThrow();
    var result = Wire.array();
    zone.settings().forEach((id, value) -> result.add(setting(zone, id, value)));
    return Wire.ok(result);
  }

  private static ObjectNode setting(Zone zone, String id, String value) {
    var node = Wire.object().put("id", id);
    node.set("value", settingValue(id, value));
    node.put("editable", true).put("modified_on", Wire.time(zone.modifiedOn()));
    if (id.equals("development_mode")) {
      node.put("time_remaining", value.equals("on") ? 10_800 : 0);
    }
    return node;
  }

  /** A stored setting value written as its kind: text, a number, or JSON. */
  private static JsonNode settingValue(String id, String value) {
    var kind = ZoneSettings.definition(id).map(Definition::kind).orElse(Kind.TEXT);
    try {
      return switch (kind) {
        case TEXT -> TextNode.valueOf(value);
        case NUMBER -> LongNode.valueOf(Long.parseLong(value));
        case LIST, OBJECT -> Wire.MAPPER.readTree(value);
      };
    } catch (JsonProcessingException | NumberFormatException e) {
      throw new IllegalStateException("Zone setting " + id + " holds a malformed value", e);
    }
  }

  private SimResponse setting(Call call) {
    var zone = call.state().zone(call.param("zone_id")).orElseThrow();
    var id = call.param("setting");
    if (!zone.settings().containsKey(id)) {
      throw fail(400, 1006, "Unrecognized zone setting name");
    }
    return Wire.ok(setting(zone, id, zone.settings().get(id)));
  }

  private SimResponse patchSetting(Call call) {
    var id = call.param("setting");
    var value = call.json().get("value");
    return call.state()
        .write(
            state -> {
              var zone =
                  change(state, call, state.zone(call.param("zone_id")).orElseThrow(), id, value);
              return Wire.ok(setting(zone, id, zone.settings().get(id)));
            });
  }

  private SimResponse patchSettings(Call call) {
    var body = call.json();
    var items = body.isArray() ? body : body.path("items");
    if (!items.isArray() || items.isEmpty()) {
      throw fail(400, 1007, "Invalid request: provide a list of settings with id and value");
    }
    return call.state()
        .write(
            state -> {
              var zone = state.zone(call.param("zone_id")).orElseThrow();
              for (var item : items) {
                validate(zone, item.path("id").asText(""), item.get("value"));
              }
              var result = Wire.array();
              for (var item : items) {
                zone = change(state, call, zone, item.path("id").asText(), item.get("value"));
                result.add(
                    setting(
                        zone,
                        item.path("id").asText(),
                        zone.settings().get(item.path("id").asText())));
              }
              return Wire.ok(result);
            });
  }

  private static Zone change(SimState state, Call call, Zone zone, String id, JsonNode value) {
    var changed = zone.withSetting(id, validate(zone, id, value), call.clock().instant());
    state.putZone(changed);
    return changed;
  }

  /** The value to store, or Cloudflare's 400 when the setting or value is not accepted. */
  private static String validate(Zone zone, String id, JsonNode value) {
    var definition = ZoneSettings.definition(id);
    if (!zone.settings().containsKey(id) || definition.isEmpty()) {
      throw fail(400, 1006, "Unrecognized zone setting name");
    }
    var allowed = definition.get().allowed();
    var text =
        switch (definition.get().kind()) {
          case TEXT -> value != null && value.isTextual() ? value.asText() : null;
          case NUMBER ->
              value != null && value.isIntegralNumber() ? String.valueOf(value.asLong()) : null;
          case LIST -> value != null && value.isArray() && allText(value) ? value.toString() : null;
          case OBJECT -> value != null && value.isObject() ? value.toString() : null;
        };
    var inRange =
        !id.equals("proxy_read_timeout")
            || (text != null && Long.parseLong(text) >= 1 && Long.parseLong(text) <= 6000);
    if (text == null || !inRange || (!allowed.isEmpty() && !allowed.contains(text))) {
      throw fail(
          400,
          1007,
          "Invalid value for zone setting "
              + id
              + (allowed.isEmpty()
                  ? id.equals("proxy_read_timeout")
                      ? "; use a number of seconds from 1 to 6000"
                      : ""
                  : "; use one of " + String.join(", ", allowed)));
    }
    return text;
  }

  private static boolean allText(JsonNode array) {
    for (var item : array) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private SimResponse create(Call call) {
    var body = call.json();
    var name = body.path("name").asText("").toLowerCase(Locale.ROOT);
    var accountId = body.path("account").path("id").asText("");
    var type = body.path("type").asText("full");
    if (accountId.isEmpty()) {
      throw fail(400, 1001, "Invalid request: account.id is required");
    }
    Access.require(call.state(), call.principal(), List.of("Zone Write"), accountId, null);
    if (name.isEmpty() || name.length() > 253 || !ZONE_NAME.matcher(name).matches()) {
      throw fail(
          400, 1049, (name.isEmpty() ? "The zone name" : name) + " is not a registered domain");
    }
    if (!List.of("full", "partial", "secondary").contains(type)) {
      throw fail(400, 1001, "Invalid zone type " + type + "; use full, partial or secondary");
    }
    var now = call.clock().instant();
    return call.state()
        .write(
            state -> {
              if (state.zones().stream().anyMatch(z -> z.name().equals(name))) {
                throw fail(400, 1061, name + " already exists");
              }
              var zone =
                  new Zone(
                      state.newId(),
                      accountId,
                      name,
                      "pending",
                      false,
                      type,
                      "Free Website",
                      List.of("ada.ns.cloudflare.com", "bob.ns.cloudflare.com"),
                      0,
                      now,
                      now,
                      ZoneSettings.initial());
              state.putZone(zone);
              return Wire.ok(zone(state, zone));
            });
  }

  private SimResponse patch(Call call) {
    var paused = call.json().get("paused");
    if (paused == null || !paused.isBoolean()) {
      throw fail(400, 1007, "Invalid request: send {\"paused\": true} or {\"paused\": false}");
    }
    return call.state()
        .write(
            state -> {
              var zone = state.zone(call.param("zone_id")).orElseThrow();
              var changed =
                  new Zone(
                      zone.id(),
                      zone.accountId(),
                      zone.name(),
                      zone.status(),
                      paused.asBoolean(),
                      zone.type(),
                      zone.plan(),
                      zone.nameServers(),
                      zone.developmentMode(),
                      zone.createdOn(),
                      call.clock().instant(),
                      zone.settings());
              state.putZone(changed);
              return Wire.ok(zone(state, changed));
            });
  }

  private SimResponse delete(Call call) {
    var id = call.param("zone_id");
    return call.state()
        .write(
            state -> {
              state.removeZone(id);
              return Wire.ok(Wire.object().put("id", id));
            });
  }
}
