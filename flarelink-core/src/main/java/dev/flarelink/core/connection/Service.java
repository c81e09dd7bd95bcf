package dev.flarelink.core.connection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a connection may be used for, and the token permissions each needs. */
public enum Service {
  /** Members, roles and 2FA. */
  IDENTITY("identity", "members, roles and 2FA", List.of("Account → Account Settings → Read")),
  /** Zones, DNS records and zone settings. */
  INVENTORY(
      "inventory",
      "zones, DNS records and settings",
      List.of("Zone → Zone → Read", "Zone → DNS → Read", "Zone → Zone Settings → Read")),
  /** WAF and custom rulesets, IP access rules and Page Rules, read. */
  SECURITY_RULES(
      "security_rules",
      "rulesets, IP access rules and Page Rules",
      List.of(
          "Zone → Zone WAF → Read",
          "Account → Account Rulesets → Read",
          "Zone → Firewall Services → Read",
          "Account → Account Firewall Access Rules → Read",
          "Zone → Page Rules → Read")),
  /** Certificate packs and their certificates, read. */
  CERTIFICATES("certificates", "certificate packs", List.of("Zone → SSL and Certificates → Read")),
  /** Load balancers, pools, monitors, health checks and waiting rooms, read. */
  LOAD_BALANCING(
      "load_balancing",
      "load balancers, pools, monitors, health checks and waiting rooms",
      List.of(
          "Zone → Load Balancers → Read",
          "Account → Load Balancing: Monitors and Pools → Read",
          "Zone → Health Checks → Read",
          "Zone → Waiting Rooms → Read")),
  /** Alert (notification) history and policies. */
  ALERTS("alerts", "alert history", List.of("Account → Notifications → Read")),
  /** DNS analytics reports. */
  DNS_ANALYTICS("dns_analytics", "DNS analytics", List.of("Zone → Analytics → Read")),
  /** GraphQL Analytics. */
  GRAPHQL_ANALYTICS(
      "graphql_analytics",
      "GraphQL analytics",
      List.of("Zone → Analytics → Read", "Account → Account Analytics → Read")),
  /** DNS record changes. */
  DNS_WRITE("dns_write", "DNS changes", List.of("Zone → DNS → Edit")),
  /** Cache purge. */
  CACHE_PURGE("cache_purge", "cache purge", List.of("Zone → Cache Purge → Purge")),
  /** Zone setting changes (SSL mode, minimum TLS, always use HTTPS). */
  ZONE_SETTINGS_WRITE(
      "zone_settings_write", "zone setting changes", List.of("Zone → Zone Settings → Edit")),
  /**
   * Custom firewall rule changes (the zone's {@code http_request_firewall_custom} rules). IP access
   * rules keep their own service, {@link #IP_ACCESS_RULES}, and Page Rules theirs, {@link
   * #PAGE_RULES_WRITE}: each is its own permission group, so a token may hold one and not another.
   */
  SECURITY_RULES_WRITE(
      "security_rules_write", "custom firewall rule changes", List.of("Zone → Zone WAF → Edit")),
  /** Page Rule changes (forwarding, caching and settings for a URL pattern). */
  PAGE_RULES_WRITE("page_rules_write", "Page Rule changes", List.of("Zone → Page Rules → Edit")),
  /** IP access rule changes. */
  IP_ACCESS_RULES(
      "ip_access_rules",
      "IP access rule changes",
      List.of("Account → Account Firewall Access Rules → Edit")),
  /** Zone create, pause, unpause and delete. */
  ZONE_WRITE("zone_write", "zone create, pause and delete", List.of("Zone → Zone → Edit")),
  /**
   * Traffic steering in an incident: enabling and disabling pool origins, creating and deleting
   * health checks. One service because both are what an operator changes when an origin fails; the
   * load balancers themselves (Zone → Load Balancers) are not changed.
   */
  LOAD_BALANCING_WRITE(
      "load_balancing_write",
      "pool origin and health check changes",
      List.of(
          "Account → Load Balancing: Monitors and Pools → Edit", "Zone → Health Checks → Edit"));

  private final String id;
  private final String description;

  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable, which the type cannot say
  private final List<String> permissions;

  Service(String id, String description, List<String> permissions) {
    this.id = id;
    this.description = description;
    this.permissions = List.copyOf(permissions);
  }

  /** The identifier used in JSON and on the command line. */
  public String id() {
    return id;
  }

  /** What it covers, in a few words. */
  public String description() {
    return description;
  }

  /** The permission groups to give the token, as the dashboard names them. */
  public List<String> permissions() {
    return permissions;
  }

  /** The service with this identifier. */
  public static Optional<Service> fromId(String id) {
    var normal = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(service -> service.id.equals(normal)).findFirst();
  }

  /**
   * The services enabled when none are named: the reads every setup guide asks for. The catalogue's
   * reads ({@link #SECURITY_RULES}, {@link #CERTIFICATES}, {@link #LOAD_BALANCING}) are left out: a
   * connection test fails a service the token lacks permissions for, so adding them here would turn
   * every existing minimal token red; they are chosen explicitly.
   */
  public static List<Service> readOnlyDefaults() {
    return List.of(IDENTITY, INVENTORY, ALERTS, DNS_ANALYTICS, GRAPHQL_ANALYTICS);
  }

  /** Every service that only reads: the defaults and the resource catalogue's. */
  public static List<Service> reads() {
    return List.of(
        IDENTITY,
        INVENTORY,
        SECURITY_RULES,
        CERTIFICATES,
        LOAD_BALANCING,
        ALERTS,
        DNS_ANALYTICS,
        GRAPHQL_ANALYTICS);
  }

  /** Whether the service only reads. */
  public boolean readOnly() {
    return reads().contains(this);
  }
}
