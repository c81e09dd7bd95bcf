package dev.flarelink.core.inventory;

import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.connection.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the review flags in an account's configuration, from the stored resources: certificates
 * about to expire and load-balancer pools with origins down.
 *
 * @param days the window an expiry counts in
 * @param expiringCertificates certificate packs whose first certificate expires within {@code days}
 *     (or has expired), soonest first
 * @param unhealthyPools pools Cloudflare reports unhealthy or with an unhealthy origin
 * @param note what was not reviewed and why (a service not enabled, a type never read), or {@code
 *     null} when everything was
 */
public record ConfigurationFindings(
    int days,
    List<ResourceEntry> expiringCertificates,
    List<ResourceEntry> unhealthyPools,
    @Nullable String note) {

  /** The window the review uses for certificates. */
  public static final int CERTIFICATE_DAYS = 30;

  public ConfigurationFindings {
    expiringCertificates = List.copyOf(expiringCertificates);
    unhealthyPools = List.copyOf(unhealthyPools);
  }

  /** The findings in a connection's stored resources as of {@code now}. */
  public static ConfigurationFindings of(ResourceStore store, Connection connection, Instant now) {
    var cutoff = now.plus(Duration.ofDays(CERTIFICATE_DAYS));
    var certificates =
        all(
                store,
                connection,
                ResourceCatalogue.CERTIFICATE_PACKS,
                entry -> expiresBefore(entry, cutoff))
            .stream()
            .sorted(Comparator.comparing(entry -> entry.fields().getOrDefault("expires_on", "")))
            .toList();
    var pools =
        all(
            store,
            connection,
            ResourceCatalogue.LOAD_BALANCER_POOLS,
            entry ->
                "false".equals(entry.fields().get("healthy"))
                    || !"0".equals(entry.fields().getOrDefault("unhealthy_origins", "0")));
    var unread = new ArrayList<String>();
    var reads = store.reads(connection.id());
    for (var type :
        List.of(ResourceCatalogue.CERTIFICATE_PACKS, ResourceCatalogue.LOAD_BALANCER_POOLS)) {
      if (!connection.services().contains(type.service())) {
        unread.add(type.name() + " (enable the service " + type.service().id() + ")");
      } else if (reads.stream().noneMatch(r -> r.type().equals(type.name()) && r.available())) {
        unread.add(type.name() + " (not read by an inventory scan yet, or refused)");
      }
    }
    return new ConfigurationFindings(
        CERTIFICATE_DAYS,
        certificates,
        pools,
        unread.isEmpty() ? null : "Not reviewed: " + String.join("; ", unread));
  }

  private static List<ResourceEntry> all(
      ResourceStore store,
      Connection connection,
      ResourceType type,
      Predicate<ResourceEntry> flagged) {
    var found = new ArrayList<ResourceEntry>();
    for (int page = 1; ; page++) {
      var next =
          store.page(connection.id(), new ResourceQuery(type.name(), null, null, page, 1000));
      next.items().stream().filter(flagged).forEach(found::add);
      if (next.items().isEmpty() || (long) page * 1000 >= next.total()) {
        return found;
      }
    }
  }

  private static boolean expiresBefore(ResourceEntry entry, Instant cutoff) {
    var text = entry.fields().get("expires_on");
    if (text == null) {
      return false;
    }
    try {
      return Instant.parse(text).isBefore(cutoff);
    } catch (DateTimeParseException unreadable) {
      return false;
    }
  }
}
