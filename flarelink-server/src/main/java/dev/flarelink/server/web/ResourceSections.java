package dev.flarelink.server.web;

import static dev.flarelink.core.catalogue.ResourceCatalogue.CERTIFICATE_PACKS;
import static dev.flarelink.core.catalogue.ResourceCatalogue.HEALTH_CHECKS;
import static dev.flarelink.core.catalogue.ResourceCatalogue.IP_ACCESS_RULES;
import static dev.flarelink.core.catalogue.ResourceCatalogue.LOAD_BALANCERS;
import static dev.flarelink.core.catalogue.ResourceCatalogue.LOAD_BALANCER_MONITORS;
import static dev.flarelink.core.catalogue.ResourceCatalogue.LOAD_BALANCER_POOLS;
import static dev.flarelink.core.catalogue.ResourceCatalogue.PAGE_RULES;
import static dev.flarelink.core.catalogue.ResourceCatalogue.RULESETS;
import static dev.flarelink.core.catalogue.ResourceCatalogue.WAITING_ROOMS;

import dev.flarelink.core.catalogue.ResourceScope;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.inventory.ResourceQueries;
import dev.flarelink.core.inventory.ResourceQueries.TypeStatus;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.view.ResourceViews;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource sections of the zone page (what the zone has beside its settings) and of the
 * resources page (what the account has), from the inventory.
 */
final class ResourceSections {

  /** The types a zone's page shows, in this order. */
  static final List<ResourceType> ZONE_TYPES =
      List.of(
          RULESETS, PAGE_RULES, CERTIFICATE_PACKS, LOAD_BALANCERS, HEALTH_CHECKS, WAITING_ROOMS);

  /** The types the resources page shows the account's resources of, in this order. */
  static final List<ResourceType> ACCOUNT_TYPES =
      List.of(LOAD_BALANCER_POOLS, LOAD_BALANCER_MONITORS, RULESETS, IP_ACCESS_RULES);

  /** How many rows a section shows before it links to the whole table. */
  static final int ROWS = 25;

  private final ResourceQueries resources;
  private final Clock clock;

  ResourceSections(ResourceQueries resources, Clock clock) {
    this.resources = resources;
    this.clock = clock;
  }

  /** What the zone has of each of {@link #ZONE_TYPES}. */
  List<ResourceSection> zone(String workspace, Connection connection, ZoneEntry zone) {
    var highlights = new Highlights(clock.instant());
    var statuses = resources.types(workspace, connection.id());
    var sections = new ArrayList<ResourceSection>();
    for (var type : ZONE_TYPES) {
      var status = status(statuses, type);
      if (!status.enabled()) {
        sections.add(ResourceSection.without(type, ResourceViews.type(status), highlights));
        continue;
      }
      var page =
          resources.items(workspace, connection.id(), type, zone.zoneId(), null, 1, ROWS, false);
      var more =
          page.total() > page.items().size()
              ? base(connection)
                  + "/resources/"
                  + type.name()
                  + "?zone="
                  + URLEncoder.encode(zone.zoneId(), StandardCharsets.UTF_8)
              : "";
      sections.add(
          new ResourceSection(
              type, ResourceViews.type(status), page.items(), page.total(), more, highlights));
    }
    return List.copyOf(sections);
  }

  /**
   * What the account itself has of each of {@link #ACCOUNT_TYPES}. A type listed in zones too shows
   * only the account's own: the inventory orders by zone name, an account's (no zone) first.
   */
  List<ResourceSection> account(
      String workspace, Connection connection, List<TypeStatus> statuses) {
    var highlights = new Highlights(clock.instant());
    var sections = new ArrayList<ResourceSection>();
    for (var type : ACCOUNT_TYPES) {
      var status = status(statuses, type);
      if (!status.enabled()) {
        sections.add(ResourceSection.without(type, ResourceViews.type(status), highlights));
        continue;
      }
      var zoned = type.source(ResourceScope.ZONE) != null;
      var page =
          resources.items(
              workspace, connection.id(), type, null, null, 1, zoned ? 100 : ROWS, false);
      var own = page.items().stream().filter(entry -> !entry.zoned()).limit(ROWS).toList();
      var complete = zoned ? own.size() < ROWS : page.total() == own.size();
      var total = zoned ? own.size() : page.total();
      sections.add(
          new ResourceSection(
              type,
              ResourceViews.type(status),
              own,
              total,
              complete ? "" : base(connection) + "/resources/" + type.name(),
              highlights));
    }
    return List.copyOf(sections);
  }

  private static TypeStatus status(List<TypeStatus> statuses, ResourceType type) {
    return statuses.stream()
        .filter(s -> s.type().name().equals(type.name()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No status for type " + type.name()));
  }

  private static String base(Connection connection) {
    return "/ui/connections/" + connection.id();
  }
}
