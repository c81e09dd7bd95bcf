package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.AccessRule;
import dev.flarelink.simulator.state.Entities.Zone;
import dev.flarelink.simulator.state.Security.Certificate;
import dev.flarelink.simulator.state.Security.CertificatePack;
import dev.flarelink.simulator.state.Security.PageRule;
import dev.flarelink.simulator.state.Security.PageRuleAction;
import dev.flarelink.simulator.state.Security.Ruleset;
import dev.flarelink.simulator.state.Security.RulesetRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the security configuration: Cloudflare's managed rulesets and an account custom
 * ruleset, per zone custom firewall rules, rate limiting rules and a managed ruleset execute rule,
 * Page Rules, certificate packs, and IP access rules of the account and its zones.
 *
 * <p>It draws from its own random source derived from the seed, so adding it left every entity
 * generated before it unchanged.
 */
final class SecurityFactory {

  /** Cloudflare's managed rulesets: the same ids in every account, as on the live API. */
  static final String MANAGED_RULESET_ID = "efb7b8c949ac4650a09736fc376e9aee";

  static final String OWASP_RULESET_ID = "4814384a9e5d4991b9815dcfc25d2f1f";

  private static final String[] CUSTOM_ACTIONS = {
    "block",
    "block",
    "managed_challenge",
    "managed_challenge",
    "challenge",
    "js_challenge",
    "log",
    "skip"
  };
  private static final String[] EXPRESSIONS = {
    "(ip.geoip.country in {\"CN\" \"RU\" \"KP\"})",
    "(http.request.uri.path contains \"/wp-login.php\")",
    "(http.user_agent contains \"sqlmap\")",
    "(cf.threat_score gt 30)",
    "(http.request.uri.path eq \"/admin\" and not ip.src in {192.0.2.0/24})",
    "(http.request.method eq \"POST\" and http.request.uri.path eq \"/xmlrpc.php\")",
    "(cf.client.bot)",
    "(ip.src in {198.51.100.0/24})"
  };
  private static final String[] CAS = {"lets_encrypt", "google", "ssl_com"};

  private final SimState state;
  private final Instant reference;
  private final SplittableRandom random;
  private final Ids ids;

  SecurityFactory(SimState state, long seed, Instant reference) {
    this.state = state;
    this.reference = reference;
    this.random = new SplittableRandom(seed ^ 0x5EC0_0C0F_1600L);
    this.ids = new Ids(random);
  }

  void build(String accountId, List<String> zoneIds) {
    var managed = managedRulesets(accountId);
    accountCustomRuleset(accountId);
    accountAccessRules(accountId, zoneIds.size());
    for (var zoneId : zoneIds) {
      var zone = state.zone(zoneId).orElseThrow();
      customRules(zone);
      rateLimitRules(zone);
      managedExecute(zone, managed);
      pageRules(zone);
      certificatePacks(zone);
      zoneAccessRules(zone);
    }
  }

  private List<Ruleset> managedRulesets(String accountId) {
    var list = state.security().rulesets("account", accountId);
    list.add(
        managedRuleset(
            accountId,
            MANAGED_RULESET_ID,
            "Cloudflare Managed Ruleset",
            "Created by the Cloudflare security team, this ruleset is designed to provide fast and"
                + " effective protection for all your applications.",
            List.of("wordpress", "joomla", "drupal", "php", "log4j")));
    list.add(
        managedRuleset(
            accountId,
            OWASP_RULESET_ID,
            "Cloudflare OWASP Core Ruleset",
            "Cloudflare's implementation of the Open Web Application Security Project (OWASP)"
                + " ModSecurity Core Rule Set.",
            List.of("paranoia-level-1", "paranoia-level-2", "xss", "sqli")));
    return List.copyOf(list);
  }

  private Ruleset managedRuleset(
      String accountId, String id, String name, String description, List<String> categories) {
    var updated = daysAgo(3 + random.nextInt(20));
    var rules = new ArrayList<RulesetRule>();
    for (var category : categories) {
      var ruleId = ids.hex32();
      rules.add(
          new RulesetRule(
              ruleId,
              1,
              random.nextInt(3) == 0 ? "log" : "block",
              "true",
              name + ": " + category + " rule",
              true,
              updated,
              ruleId,
              null,
              null,
              List.of(category)));
    }
    return new Ruleset(
        id,
        "account",
        accountId,
        name,
        description,
        "managed",
        "http_request_firewall_managed",
        30 + random.nextInt(60),
        updated,
        rules);
  }

  private void accountCustomRuleset(String accountId) {
    var updated = daysAgo(5 + random.nextInt(200));
    state
        .security()
        .rulesets("account", accountId)
        .add(
            new Ruleset(
                ids.hex32(),
                "account",
                accountId,
                "Account-wide blocks",
                "Blocks applied to every zone of the account",
                "custom",
                "http_request_firewall_custom",
                1 + random.nextInt(5),
                updated,
                List.of(
                    customRule("block", EXPRESSIONS[0], true, updated),
                    customRule("managed_challenge", EXPRESSIONS[3], true, updated))));
  }

  private void customRules(Zone zone) {
    var updated = daysAgo(1 + random.nextInt(300));
    var rules = new ArrayList<RulesetRule>();
    var count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      rules.add(
          customRule(
              CUSTOM_ACTIONS[random.nextInt(CUSTOM_ACTIONS.length)],
              EXPRESSIONS[random.nextInt(EXPRESSIONS.length)],
              random.nextInt(5) != 0,
              updated));
    }
    zoneRuleset(zone, "default", "http_request_firewall_custom", updated, rules);
  }

  private RulesetRule customRule(
      String action, String expression, boolean enabled, Instant updated) {
    var id = ids.hex32();
    Map<String, Object> parameters =
        action.equals("skip") ? Map.of("phases", List.of("http_ratelimit")) : null;
    return new RulesetRule(
        id,
        1,
        action,
        expression,
        "Custom rule " + id.substring(0, 6),
        enabled,
        updated,
        id,
        parameters,
        null,
        List.of());
  }

  private void rateLimitRules(Zone zone) {
    var count = random.nextInt(3);
    if (count == 0) {
      return;
    }
    var updated = daysAgo(1 + random.nextInt(300));
    var rules = new ArrayList<RulesetRule>();
    for (int i = 0; i < count; i++) {
      var id = ids.hex32();
      var ratelimit = new LinkedHashMap<String, Object>();
      ratelimit.put("characteristics", List.of("cf.colo.id", "ip.src"));
      ratelimit.put("period", random.nextBoolean() ? 60 : 10);
      ratelimit.put("requests_per_period", 50 * (1 + random.nextInt(10)));
      ratelimit.put("mitigation_timeout", random.nextBoolean() ? 600 : 60);
      rules.add(
          new RulesetRule(
              id,
              1,
              "block",
              i == 0
                  ? "(http.request.uri.path contains \"/login\")"
                  : "(http.request.uri.path contains \"/api/\")",
              "Rate limit " + (i == 0 ? "logins" : "the API"),
              random.nextInt(5) != 0,
              updated,
              id,
              null,
              ratelimit,
              List.of()));
    }
    zoneRuleset(zone, "default", "http_ratelimit", updated, rules);
  }

  private void managedExecute(Zone zone, List<Ruleset> managed) {
    if (random.nextInt(5) == 0) {
      return;
    }
    var target = managed.get(random.nextInt(4) == 0 ? 1 : 0);
    var parameters = new LinkedHashMap<String, Object>();
    parameters.put("id", target.id());
    parameters.put("version", "latest");
    if (random.nextInt(3) == 0) {
      var first = target.rules().getFirst();
      parameters.put(
          "overrides",
          Map.of("rules", List.of(Map.of("id", first.id(), "action", "log", "enabled", true))));
    }
    var updated = daysAgo(1 + random.nextInt(300));
    var id = ids.hex32();
    zoneRuleset(
        zone,
        "zone",
        "http_request_firewall_managed",
        updated,
        List.of(
            new RulesetRule(
                id,
                1,
                "execute",
                "true",
                "Execute " + target.name() + " on zone-level phase entry point",
                random.nextInt(8) != 0,
                updated,
                id,
                parameters,
                null,
                List.of())));
  }

  private void zoneRuleset(
      Zone zone, String name, String phase, Instant updated, List<RulesetRule> rules) {
    state
        .security()
        .rulesets("zone", zone.id())
        .add(
            new Ruleset(
                ids.hex32(),
                "zone",
                zone.id(),
                name,
                "",
                "zone",
                phase,
                1 + random.nextInt(9),
                updated,
                rules));
  }

  private void pageRules(Zone zone) {
    var count = random.nextInt(4);
    var list = state.security().pageRules(zone.id());
    for (int i = 0; i < count; i++) {
      var created = daysAgo(10 + random.nextInt(900));
      List<PageRuleAction> actions =
          switch (random.nextInt(4)) {
            case 0 ->
                List.of(
                    new PageRuleAction(
                        "forwarding_url",
                        Map.of("url", "https://www." + zone.name() + "/$1", "status_code", 301)));
            case 1 ->
                List.of(
                    new PageRuleAction("cache_level", "cache_everything"),
                    new PageRuleAction("edge_cache_ttl", 7200));
            case 2 -> List.of(new PageRuleAction("always_use_https", null));
            default ->
                List.of(
                    new PageRuleAction("security_level", "high"),
                    new PageRuleAction("browser_check", "on"));
          };
      var target =
          actions.getFirst().id().equals("forwarding_url")
              ? zone.name() + "/*"
              : "*" + zone.name() + "/" + (i == 0 ? "images" : "p" + i) + "/*";
      list.add(
          new PageRule(
              ids.hex32(),
              zone.id(),
              "matches",
              target,
              actions,
              count - i,
              random.nextInt(4) == 0 ? "disabled" : "active",
              created,
              created.plus(Duration.ofDays(random.nextInt(10)))));
    }
  }

  private void certificatePacks(Zone zone) {
    var list = state.security().certificatePacks(zone.id());
    var ca = CAS[random.nextInt(2)];
    list.add(pack(zone, "universal", List.of(zone.name(), "*." + zone.name()), ca, 90, "active"));
    if (random.nextInt(3) == 0) {
      var status = random.nextInt(3) == 0 ? "pending_validation" : "active";
      list.add(
          pack(
              zone,
              "advanced",
              List.of(zone.name(), "*." + zone.name(), "*.api." + zone.name()),
              CAS[random.nextInt(CAS.length)],
              random.nextBoolean() ? 90 : 30,
              status));
    }
  }

  private CertificatePack pack(
      Zone zone, String type, List<String> hosts, String ca, int validityDays, String status) {
    var certificates = new ArrayList<Certificate>();
    if (status.equals("active")) {
      // About a third of the active packs expire within 30 days of the simulator's clock.
      var expires =
          random.nextInt(3) == 0
              ? reference.plus(Duration.ofDays(2 + random.nextInt(27)))
              : reference.plus(
                  Duration.ofDays(31 + random.nextInt(Math.max(1, validityDays - 31))));
      var uploaded = expires.minus(Duration.ofDays(validityDays));
      var issuer =
          switch (ca) {
            case "google" -> "GoogleTrustServices";
            case "ssl_com" -> "SSLCorp";
            default -> "LetsEncrypt";
          };
      var signatures = List.of("ECDSAWithSHA256", "SHA256WithRSA");
      for (int i = 0; i < signatures.size(); i++) {
        certificates.add(
            new Certificate(
                ids.hex32(),
                hosts,
                issuer,
                signatures.get(i),
                "active",
                "ubiquitous",
                uploaded,
                uploaded,
                expires,
                i));
      }
    }
    return new CertificatePack(
        ids.hex32(),
        zone.id(),
        type,
        hosts,
        status,
        random.nextBoolean() ? "txt" : "http",
        validityDays,
        ca,
        false,
        certificates);
  }

  private void accountAccessRules(String accountId, int zones) {
    var count = 2 + Math.min(20, zones / 5);
    var rules = state.accessRules("account", accountId);
    for (int i = 0; i < count; i++) {
      rules.add(accessRule("account", accountId, i));
    }
  }

  private void zoneAccessRules(Zone zone) {
    var count = random.nextInt(4);
    var rules = state.accessRules("zone", zone.id());
    for (int i = 0; i < count; i++) {
      rules.add(accessRule("zone", zone.id(), i));
    }
  }

  private AccessRule accessRule(String scope, String owner, int index) {
    var created = daysAgo(1 + random.nextInt(500));
    var mode = random.nextInt(3) == 0 ? "whitelist" : random.nextBoolean() ? "block" : "challenge";
    String target;
    String value;
    switch (index % 4) {
      case 0 -> {
        target = "ip";
        value = "198.51.100." + (1 + index);
      }
      case 1 -> {
        target = "ip_range";
        value = "203.0." + (100 + index) + ".0/24";
      }
      case 2 -> {
        target = "asn";
        value = "AS" + (64_496 + index);
      }
      default -> {
        target = "country";
        value = List.of("RU", "CN", "KP", "IR", "BR").get((index / 4) % 5);
      }
    }
    return new AccessRule(
        ids.hex32(),
        scope,
        owner,
        mode,
        target,
        value,
        mode.equals("whitelist") ? "Office network" : "Seen attacking in the logs",
        created,
        created);
  }

  private Instant daysAgo(int days) {
    return reference.minus(Duration.ofDays(days)).plusSeconds(random.nextInt(86_400));
  }
}
