package dev.flarelink.core.catalogue;

import static dev.flarelink.core.catalogue.ResourceScope.ACCOUNT;
import static dev.flarelink.core.catalogue.ResourceScope.ZONE;

import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every resource type Flarelink reads, declared once. Adding a type here makes it scanned, stored,
 * diffed, queryable, explained and shown on every face; only its actions need code of their own.
 */
public final class ResourceCatalogue {

  private static final String ZONE_WAF = "Zone → Zone WAF → Read";
  private static final String ACCOUNT_RULESETS = "Account → Account Rulesets → Read";

  /** WAF managed, custom, rate-limiting and other rulesets, with their rules. */
  public static final ResourceType RULESETS =
      ResourceType.builder("rulesets")
          .description("rulesets by phase (custom firewall, rate limiting, managed), with rules")
          .service(Service.SECURITY_RULES)
          .source(
              ResourceSource.of(
                  ACCOUNT,
                  "/accounts/{account_id}/rulesets",
                  "/accounts/{account_id}/rulesets/{id}",
                  Listing.cursor(),
                  ACCOUNT_RULESETS))
          // A zone's list also shows the account's managed rulesets; they are kept once, there.
          .source(
              ResourceSource.of(
                      ZONE,
                      "/zones/{zone_id}/rulesets",
                      "/zones/{zone_id}/rulesets/{id}",
                      Listing.cursor(),
                      ZONE_WAF)
                  .keepingOnly("kind", "zone"))
          .modifiedOn("last_updated")
          .field("kind", "Kind", "kind")
          .field("phase", "Phase", "phase")
          .field("version", "Version", "version")
          .field("rules", "Rules", "count(rules)")
          .field("disabled_rules", "Disabled rules", "countif(rules[].enabled, false)")
          .field("actions", "Actions", "distinct(rules[].action)")
          .detailed()
          .build();

  /** IP access rules of the account and of each zone. */
  public static final ResourceType IP_ACCESS_RULES =
      ResourceType.builder("ip_access_rules")
          .description("IP access rules (block, challenge or allow an IP, range, ASN or country)")
          .service(Service.SECURITY_RULES)
          .source(
              ResourceSource.of(
                  ACCOUNT,
                  "/accounts/{account_id}/firewall/access_rules/rules",
                  "/accounts/{account_id}/firewall/access_rules/rules/{id}",
                  Listing.pages(1000),
                  "Account → Account Firewall Access Rules → Read"))
          // A zone's list also shows the rules it inherits; they are kept once, where they belong.
          .source(
              ResourceSource.of(
                      ZONE,
                      "/zones/{zone_id}/firewall/access_rules/rules",
                      null,
                      Listing.pages(1000),
                      "Zone → Firewall Services → Read")
                  .keepingOnly("scope.type", "zone"))
          .title("configuration.value")
          .field("mode", "Mode", "mode")
          .field("target", "Target", "configuration.target")
          .field("value", "Value", "configuration.value")
          .field("notes", "Notes", "notes")
          .build();

  /** Page Rules of each zone. */
  public static final ResourceType PAGE_RULES =
      ResourceType.builder("page_rules")
          .description("Page Rules (URL patterns and the settings they change)")
          .service(Service.SECURITY_RULES)
          .source(
              ResourceSource.of(
                  ZONE,
                  "/zones/{zone_id}/pagerules",
                  "/zones/{zone_id}/pagerules/{id}",
                  Listing.single(),
                  "Zone → Page Rules → Read"))
          .title("targets[].constraint.value")
          .field("status", "Status", "status")
          .field("priority", "Priority", "priority")
          .field("actions", "Actions", "actions[].id")
          .build();

  /** Certificate packs of each zone, with their certificates. */
  public static final ResourceType CERTIFICATE_PACKS =
      ResourceType.builder("certificate_packs")
          .description("certificate packs, each certificate's hosts, status, issuer and expiry")
          .service(Service.CERTIFICATES)
          .source(
              ResourceSource.of(
                      ZONE,
                      "/zones/{zone_id}/ssl/certificate_packs",
                      "/zones/{zone_id}/ssl/certificate_packs/{id}",
                      Listing.single(),
                      "Zone → SSL and Certificates → Read")
                  .withQuery("status", "all"))
          .title("hosts[]")
          .modifiedOn("max(certificates[].modified_on)")
          .field("type", "Type", "type")
          .field("status", "Status", "status")
          .field("authority", "Authority", "certificate_authority")
          .field("issuer", "Issuer", "distinct(certificates[].issuer)")
          .field("expires_on", "Expires", "min(certificates[].expires_on)")
          .field("certificates", "Certificates", "count(certificates)")
          .build();

  /** Load balancers of each zone. */
  public static final ResourceType LOAD_BALANCERS =
      ResourceType.builder("load_balancers")
          .description("load balancers (hostname, pools, steering)")
          .service(Service.LOAD_BALANCING)
          .source(
              ResourceSource.of(
                  ZONE,
                  "/zones/{zone_id}/load_balancers",
                  "/zones/{zone_id}/load_balancers/{id}",
                  Listing.single(),
                  "Zone → Load Balancers → Read"))
          .field("enabled", "Enabled", "enabled")
          .field("proxied", "Proxied", "proxied")
          .field("steering_policy", "Steering", "steering_policy")
          .field("default_pools", "Pools", "count(default_pools)")
          .field("fallback_pool", "Fallback pool", "fallback_pool")
          .build();

  /** Load-balancer pools of the account, with their origins and health. */
  public static final ResourceType LOAD_BALANCER_POOLS =
      ResourceType.builder("load_balancer_pools")
          .description("origin pools, their origins and each origin's health")
          .service(Service.LOAD_BALANCING)
          .source(
              ResourceSource.of(
                  ACCOUNT,
                  "/accounts/{account_id}/load_balancers/pools",
                  "/accounts/{account_id}/load_balancers/pools/{id}",
                  Listing.single(),
                  "Account → Load Balancing: Monitors and Pools → Read"))
          .part("health", "/health")
          .field("enabled", "Enabled", "enabled")
          .field("healthy", "Healthy", "healthy")
          .field("origins", "Origins", "count(origins)")
          .field("disabled_origins", "Disabled origins", "countif(origins[].enabled, false)")
          .field(
              "unhealthy_origins",
              "Unhealthy origins",
              "countif(health.pop_health.*.origins[].*.healthy, false)")
          .field("monitor", "Monitor", "monitor")
          .build();

  /** Load-balancer monitors of the account. */
  public static final ResourceType LOAD_BALANCER_MONITORS =
      ResourceType.builder("load_balancer_monitors")
          .description("health monitors used by pools")
          .service(Service.LOAD_BALANCING)
          .source(
              ResourceSource.of(
                  ACCOUNT,
                  "/accounts/{account_id}/load_balancers/monitors",
                  "/accounts/{account_id}/load_balancers/monitors/{id}",
                  Listing.single(),
                  "Account → Load Balancing: Monitors and Pools → Read"))
          .title("description | path | id")
          .field("type", "Type", "type")
          .field("method", "Method", "method")
          .field("path", "Path", "path")
          .field("port", "Port", "port")
          .field("interval", "Interval (s)", "interval")
          .field("expected_codes", "Expected codes", "expected_codes")
          .build();

  /** Standalone health checks of each zone. */
  public static final ResourceType HEALTH_CHECKS =
      ResourceType.builder("health_checks")
          .description("standalone health checks and their status")
          .service(Service.LOAD_BALANCING)
          .source(
              ResourceSource.of(
                  ZONE,
                  "/zones/{zone_id}/healthchecks",
                  "/zones/{zone_id}/healthchecks/{id}",
                  Listing.pages(1000),
                  "Zone → Health Checks → Read"))
          .field("address", "Address", "address")
          .field("type", "Type", "type")
          .field("status", "Status", "status")
          .field("failure_reason", "Failure", "failure_reason")
          .field("suspended", "Suspended", "suspended")
          .build();

  /** Waiting rooms of each zone. */
  public static final ResourceType WAITING_ROOMS =
      ResourceType.builder("waiting_rooms")
          .description("waiting rooms (host, path, thresholds)")
          .service(Service.LOAD_BALANCING)
          .source(
              ResourceSource.of(
                  ZONE,
                  "/zones/{zone_id}/waiting_rooms",
                  "/zones/{zone_id}/waiting_rooms/{id}",
                  Listing.pages(1000),
                  "Zone → Waiting Rooms → Read"))
          .field("host", "Host", "host")
          .field("path", "Path", "path")
          .field("suspended", "Suspended", "suspended")
          .field("new_users_per_minute", "New users/min", "new_users_per_minute")
          .field("total_active_users", "Active users", "total_active_users")
          .build();

  private static final List<ResourceType> TYPES =
      List.of(
          RULESETS,
          IP_ACCESS_RULES,
          PAGE_RULES,
          CERTIFICATE_PACKS,
          LOAD_BALANCERS,
          LOAD_BALANCER_POOLS,
          LOAD_BALANCER_MONITORS,
          HEALTH_CHECKS,
          WAITING_ROOMS);

  private ResourceCatalogue() {}

  /** Every declared type, in the order faces list them. */
  public static List<ResourceType> types() {
    return TYPES;
  }

  /** The types a connection with these services reads. */
  public static List<ResourceType> enabled(Collection<Service> services) {
    return TYPES.stream().filter(type -> services.contains(type.service())).toList();
  }

  /** The type with this name. */
  public static Optional<ResourceType> find(String name) {
    var normal = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    return TYPES.stream().filter(type -> type.name().equals(normal)).findFirst();
  }

  /**
   * The type with this name, or bad input naming {@code field} and the types there are.
   *
   * @throws InvalidInputException when there is no such type
   */
  public static ResourceType named(String field, String name) {
    return find(name)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    field,
                    "must be a resource type: one of "
                        + String.join(", ", TYPES.stream().map(ResourceType::name).toList())
                        + "; was "
                        + name));
  }
}
