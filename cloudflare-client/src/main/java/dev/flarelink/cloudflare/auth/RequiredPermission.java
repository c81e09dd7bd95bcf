package dev.flarelink.cloudflare.auth;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token permission groups each endpoint family accepts, by their API names (the dashboard says
 * "Edit" where the API says "Write"). Used to say which group to add when Cloudflare answers
 * "Authentication error".
 *
 * @param scope where the group is granted: {@code Account} or {@code Zone}
 * @param groups the groups that suffice, the least privileged first
 */
public record RequiredPermission(String scope, List<String> groups) {

  private static final String ID = "[^/]+";

  private record Rule(String method, Pattern path, RequiredPermission permission) {}

  private static final List<Rule> RULES =
      List.of(
          rule("GET", "/accounts/ID/(members|roles)(/ID)?", "Account", "Account Settings Read"),
          rule("*", "/accounts/ID/(members|roles)(/ID)?", "Account", "Account Settings Write"),
          rule("GET", "/accounts/ID/iam/.*", "Account", "Account Settings Read"),
          rule("GET", "/accounts/ID/audit_logs", "Account", "Account Settings Read"),
          rule("GET", "/accounts/ID/alerting/.*", "Account", "Notifications Read"),
          rule("*", "/accounts/ID/alerting/.*", "Account", "Notifications Write"),
          rule(
              "GET",
              "/accounts/ID/firewall/access_rules/.*",
              "Account",
              "Account Firewall Access Rules Read"),
          rule(
              "*",
              "/accounts/ID/firewall/access_rules/.*",
              "Account",
              "Account Firewall Access Rules Write"),
          rule("GET", "/accounts/ID/tokens(/.*)?", "Account", "Account API Tokens Read"),
          rule("GET", "/accounts/ID", "Account", "Account Settings Read"),
          rule("GET", "/zones/ID/dns_records(/.*)?", "Zone", "DNS Read"),
          rule("*", "/zones/ID/dns_records(/.*)?", "Zone", "DNS Write"),
          rule("GET", "/zones/ID/settings(/.*)?", "Zone", "Zone Settings Read"),
          rule("*", "/zones/ID/settings(/.*)?", "Zone", "Zone Settings Write"),
          rule("*", "/zones/ID/purge_cache", "Zone", "Cache Purge"),
          rule("GET", "/zones/ID/dns_analytics/.*", "Zone", "Analytics Read"),
          rule("GET", "/zones/ID/firewall/access_rules/.*", "Zone", "Firewall Services Read"),
          rule("*", "/zones/ID/firewall/access_rules/.*", "Zone", "Firewall Services Write"),
          rule("GET", "/zones/ID/rulesets(/.*)?", "Zone", "Zone WAF Read"),
          rule("*", "/zones/ID/rulesets(/.*)?", "Zone", "Zone WAF Write"),
          rule("GET", "/accounts/ID/rulesets(/.*)?", "Account", "Account Rulesets Read"),
          rule("*", "/accounts/ID/rulesets(/.*)?", "Account", "Account Rulesets Write"),
          rule("GET", "/zones/ID/pagerules(/.*)?", "Zone", "Page Rules Read"),
          rule("*", "/zones/ID/pagerules(/.*)?", "Zone", "Page Rules Write"),
          rule("GET", "/zones(/ID)?", "Zone", "Zone Read"),
          rule("POST", "/graphql", "Zone", "Analytics Read"),
          rule("GET", "/user/tokens(/.*)?", "User", "API Tokens Read"));

  public RequiredPermission {
    groups = List.copyOf(groups);
  }

  private static Rule rule(String method, String path, String scope, String group) {
    var regex = Pattern.compile(path.replace("ID", ID));
    return new Rule(method, regex, new RequiredPermission(scope, List.of(group)));
  }

  /** The permission an endpoint needs, when this catalogue knows it. */
  public static Optional<RequiredPermission> forEndpoint(String method, String path) {
    var bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return RULES.stream()
        .filter(rule -> rule.method.equals("*") || rule.method.equalsIgnoreCase(method))
        .filter(rule -> rule.path.matcher(bare).matches())
        .map(Rule::permission)
        .findFirst();
  }

  /** As a person would read it in the dashboard, e.g. "Account → Account Settings → Read". */
  public String describe() {
    var group = groups.getFirst();
    var space = group.lastIndexOf(' ');
    var access = group.substring(space + 1);
    if (space < 0 || !List.of("Read", "Write").contains(access)) {
      return scope + " → " + group;
    }
    var name = group.substring(0, space);
    return scope + " → " + name + " → " + (access.equals("Write") ? "Edit" : access);
  }
}
