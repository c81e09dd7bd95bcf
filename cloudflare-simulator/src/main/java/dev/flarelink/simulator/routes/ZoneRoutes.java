package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Catalog;
import dev.flarelink.simulator.state.Entities.Zone;
import dev.flarelink.simulator.state.SimState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Zones and zone settings. */
public final class ZoneRoutes {

  private static final Map<String, List<String>> SETTING_VALUES =
      Map.of(
          "ssl", List.of("off", "flexible", "full", "strict"),
          "min_tls_version", List.of("1.0", "1.1", "1.2", "1.3"),
          "always_use_https", List.of("on", "off"),
          "automatic_https_rewrites", List.of("on", "off"),
          "tls_1_3", List.of("on", "off", "zrt"),
          "security_level",
              List.of("off", "essentially_off", "low", "medium", "high", "under_attack"),
          "brotli", List.of("on", "off"),
          "development_mode", List.of("on", "off"),
          "http3", List.of("on", "off"),
          "ipv6", List.of("on", "off"));

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/zones", Access.anyone(), this::list);
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
    return Wire.object()
        .put("id", id)
        .put("value", value)
        .put("editable", true)
        .put("modified_on", Wire.time(zone.modifiedOn()));
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
    validate(zone, id, value);
    var changed = zone.withSetting(id, value.asText(), call.clock().instant());
    state.putZone(changed);
    return changed;
  }

  private static void validate(Zone zone, String id, JsonNode value) {
    if (!zone.settings().containsKey(id)) {
      throw fail(400, 1006, "Unrecognized zone setting name");
    }
    var allowed = SETTING_VALUES.get(id);
    if (value == null
        || !value.isTextual()
        || (allowed != null && !allowed.contains(value.asText()))) {
      throw fail(
          400,
          1007,
          "Invalid value for zone setting "
              + id
              + (allowed == null ? "" : "; use one of " + String.join(", ", allowed)));
    }
  }
}
