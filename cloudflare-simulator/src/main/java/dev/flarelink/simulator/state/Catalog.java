package dev.flarelink.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Fixed vocabulary of the simulated Cloudflare: roles, permission groups, names. */
public final class Catalog {

  private Catalog() {}

  /** Account-scoped permission groups (API names). */
  public static final List<String> ACCOUNT_GROUPS =
      List.of(
          "Account Settings Read",
          "Account Settings Write",
          "Account Analytics Read",
          "Notifications Read",
          "Notifications Write",
          "Account Firewall Access Rules Read",
          "Account Firewall Access Rules Write",
          "Account API Tokens Read",
          "Billing Read",
          "Workers R2 Storage Read",
          "Account Rulesets Read",
          "Account Rulesets Write",
          "Load Balancing: Monitors and Pools Read",
          "Load Balancing: Monitors and Pools Write");

  /** Zone-scoped permission groups (API names). */
  public static final List<String> ZONE_GROUPS =
      List.of(
          "Zone Read",
          "Zone Write",
          "DNS Read",
          "DNS Write",
          "Zone Settings Read",
          "Zone Settings Write",
          "Analytics Read",
          "Cache Purge",
          "Firewall Services Read",
          "Firewall Services Write",
          "SSL and Certificates Read",
          "SSL and Certificates Write",
          "Zone WAF Read",
          "Zone WAF Write",
          "Page Rules Read",
          "Page Rules Write",
          "Load Balancers Read",
          "Load Balancers Write",
          "Health Checks Read",
          "Health Checks Write",
          "Waiting Rooms Read",
          "Waiting Rooms Write");

  /** Every permission group: account groups, then zone groups. */
  public static List<String> allGroups() {
    return Stream.concat(ACCOUNT_GROUPS.stream(), ZONE_GROUPS.stream()).toList();
  }

  /** The scope a group is granted over, as catalogues name it. */
  public static String scopeOf(String group) {
    return isZoneGroup(group) ? "com.cloudflare.api.account.zone" : "com.cloudflare.api.account";
  }

  /** Whether a permission group is granted over zones rather than the account. */
  public static boolean isZoneGroup(String group) {
    return ZONE_GROUPS.contains(group);
  }

  /** A stable id for a permission group name. */
  public static String groupId(String name) {
    return String.format("%032x", name.hashCode() & 0xffffffffL);
  }

  static final String[] FIRST_NAMES = {
    "Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Radia", "Vint",
    "Frances", "John", "Katherine", "Tim", "Shafi", "Leslie", "Hedy", "Edsger", "Sophie", "Niklaus"
  };

  static final String[] LAST_NAMES = {
    "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie",
    "Perlman", "Cerf", "Allen", "Backus", "Johnson", "Berners-Lee", "Goldwasser", "Lamport",
    "Lamarr", "Dijkstra", "Wilson", "Wirth"
  };

  static final String[] WORDS = {
    "acme",
    "globex",
    "initech",
    "umbrella",
    "hooli",
    "stark",
    "wayne",
    "wonka",
    "tyrell",
    "cyberdyne",
    "soylent",
    "aperture",
    "vandelay",
    "pied",
    "massive",
    "oceanic",
    "gringotts",
    "monarch"
  };

  static final String[] TLDS = {"com", "net", "org", "io", "dev"};

  /** The standard legacy roles, with their permission areas as {read, edit}. */
  static Map<String, Map<String, boolean[]>> roles() {
    var roles = new LinkedHashMap<String, Map<String, boolean[]>>();
    var areas =
        List.of(
            "analytics",
            "billing",
            "cache_purge",
            "dns",
            "dns_records",
            "lb",
            "logs",
            "organization",
            "ssl",
            "waf",
            "zone_settings",
            "zones");
    roles.put("Super Administrator - All Privileges", all(areas, true, true));
    roles.put("Administrator", all(areas, true, true));
    roles.put("Administrator Read Only", all(areas, true, false));
    roles.put("DNS", only(areas, List.of("dns", "dns_records", "zones"), true));
    roles.put("Analytics", only(areas, List.of("analytics", "zones"), false));
    roles.put("Billing", only(areas, List.of("billing"), true));
    roles.put("Cache Purge", only(areas, List.of("cache_purge", "zones"), true));
    roles.put("Firewall", only(areas, List.of("waf", "zones"), true));
    return roles;
  }

  private static Map<String, boolean[]> all(List<String> areas, boolean read, boolean edit) {
    var map = new LinkedHashMap<String, boolean[]>();
    areas.forEach(area -> map.put(area, new boolean[] {read, edit}));
    return map;
  }

  private static Map<String, boolean[]> only(
      List<String> areas, List<String> granted, boolean edit) {
    var map = new LinkedHashMap<String, boolean[]>();
    areas.forEach(
        area ->
            map.put(area, new boolean[] {granted.contains(area), granted.contains(area) && edit}));
    return map;
  }
}
