package dev.flarelink.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsAnalyticsParams;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.GraphQlException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.paging.Paged;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceScope;
import dev.flarelink.core.catalogue.ResourceSource;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.TestReport.Availability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One small request per service: a 5-item page, or a change that cannot apply. A refusal becomes a
 * failed check naming the permission to add.
 */
final class ServiceProbes {

  /** An id no record has: probing a patch of it tells whether DNS Write is granted. */
  private final @Nullable String accountId;

  private final Consumer<Check> checks;
  private final Map<Service, Availability> services;
  private @Nullable String firstZone;
  private boolean zonesLooked;

  /** {@code accountId} is null only in a test without an account, which probes no service. */
  ServiceProbes(
      @Nullable String accountId, Consumer<Check> checks, Map<Service, Availability> services) {
    this.accountId = accountId;
    this.checks = checks;
    this.services = services;
  }

  void probe(CloudflareClient client, Service service) {
    var id = "service." + service.id();
    try {
      var found =
          switch (service) {
            case IDENTITY -> identity(client);
            case INVENTORY -> inventory(client);
            case ALERTS ->
                count(
                    client,
                    "/accounts/" + accountId + "/alerting/v3/history",
                    "alerts in the last 30 days");
            case DNS_ANALYTICS -> withZone(client, zone -> dnsAnalytics(client, zone));
            case GRAPHQL_ANALYTICS -> withZone(client, zone -> graphQl(client, zone));
            case DNS_WRITE -> withZone(client, zone -> WriteProbes.dnsWrite(client, zone));
            case CACHE_PURGE -> withZone(client, zone -> WriteProbes.cachePurge(client, zone));
            case ZONE_SETTINGS_WRITE ->
                withZone(client, zone -> WriteProbes.zoneSettingsWrite(client, zone));
            case SECURITY_RULES, CERTIFICATES, LOAD_BALANCING -> catalogue(client, service);
            case ZONE_WRITE -> WriteProbes.zoneCreate(client, account());
            case LOAD_BALANCING_WRITE -> loadBalancingWrite(client);
            case SECURITY_RULES_WRITE ->
                withZone(client, zone -> WriteProbes.securityRulesWrite(client, zone));
            case PAGE_RULES_WRITE ->
                withZone(client, zone -> WriteProbes.pageRulesWrite(client, zone));
            case IP_ACCESS_RULES ->
                WriteProbes.ipAccessRules(
                    client,
                    Objects.requireNonNull(accountId, "services are probed with an account"),
                    null);
          };
      if (found == null) {
        checks.accept(
            Check.skip(
                id,
                "No zone is visible to the credential, so "
                    + service.description()
                    + " could not be checked"));
        services.put(service, new Availability(false, "no zone to check it on"));
      } else {
        checks.accept(Check.pass(id, found));
        services.put(service, new Availability(true, found));
      }
    } catch (PermissionDeniedException | GraphQlException e) {
      var missing = String.join(", ", service.permissions());
      checks.accept(
          Check.fail(
              id,
              "The credential may not use " + service.description() + ": " + explanation(e),
              "Give the token the permission "
                  + missing
                  + " (dashboard names; the API calls Edit \"Write\"), with this account's resources"));
      services.put(service, new Availability(false, "needs " + missing));
    }
  }

  private String account() {
    return Objects.requireNonNull(accountId, "services are probed with an account");
  }

  /** Pool changes in the account, and health check changes in the first zone when there is one. */
  private String loadBalancingWrite(CloudflareClient client) {
    var pools = WriteProbes.pools(client, account());
    var checks = withZone(client, zone -> WriteProbes.healthChecks(client, zone));
    return checks == null ? pools + "; health checks not checked (no zone)" : pools + "; " + checks;
  }

  private static @Nullable String explanation(RuntimeException e) {
    return e instanceof CloudflareException cloudflare ? cloudflare.explanation() : e.getMessage();
  }

  /**
   * Members and invitations as the identity scan counts them: declined invitations are left out and
   * named, since scans skip them.
   */
  private String identity(CloudflareClient client) {
    var path = "/accounts/" + accountId + "/members";
    var total = total(client, CloudflareRequest.builder("GET", path).query("per_page", 5));
    if (total.exact() == null || total.exact() == 0) {
      return total.text() + " members and invitations visible";
    }
    var declined =
        total(
                client,
                CloudflareRequest.builder("GET", path)
                    .query("status", "rejected")
                    .query("per_page", 5))
            .exact();
    if (declined == null || declined == 0) {
      return total.text() + " members and invitations visible";
    }
    return (total.exact() - declined)
        + " members and invitations visible; "
        + declined
        + " declined invitations skipped (scans do not import them)";
  }

  /** A list's total: exact when Cloudflare says, else at least the first page's size. */
  private record Total(@Nullable Integer exact, String text) {}

  private static Total total(CloudflareClient client, CloudflareRequest.Builder request) {
    var envelope = client.request(request.build());
    var total = envelope.resultInfo().totalCount();
    return total == null
        ? new Total(null, results(envelope).size() + "+")
        : new Total(total, String.valueOf(total));
  }

  private String inventory(CloudflareClient client) {
    var zones = firstZones(client);
    var total =
        zones.resultInfo().totalCount() == null
            ? results(zones).size()
            : zones.resultInfo().totalCount();
    zonesLooked = true;
    if (total == 0) {
      checks.accept(
          Check.warn(
              "zones_visible",
              "No zones are visible to the credential in this account",
              "In the token's Zone Resources, include the zones (or all zones of the account); check the account has zones"));
      return "no zones visible";
    }
    firstZone = results(zones).get(0).path("id").asText();
    var records =
        client.request(
            CloudflareRequest.builder("GET", "/zones/" + firstZone + "/dns_records")
                .query("per_page", 5)
                .build());
    try {
      client.zoneSettings().get(firstZone, "ssl");
    } catch (PermissionDeniedException e) {
      checks.accept(
          Check.warn(
              "zone_settings",
              "Zone settings (SSL mode, TLS, security level) cannot be read, so they will not be imported",
              "Give the token the permission Zone → Zone Settings → Read"));
    }
    return total
        + " zones visible; "
        + records.resultInfo().totalCount()
        + " DNS records in the first";
  }

  /**
   * Each catalogue type of the service, listed once in the account and once in the first zone. Some
   * types refused while others read: a warning naming their permissions; all refused: the refusal.
   */
  private @Nullable String catalogue(CloudflareClient client, Service service) {
    var found = new ArrayList<String>();
    var refused = new ArrayList<String>();
    PermissionDeniedException refusal = null;
    var noZone = false;
    for (var type : ResourceCatalogue.types()) {
      if (type.service() != service) {
        continue;
      }
      for (var source : type.sources()) {
        String owner;
        if (source.scope() == ResourceScope.ACCOUNT) {
          owner = Objects.requireNonNull(accountId, "services are probed with an account");
        } else {
          owner = withZone(client, zone -> zone);
          if (owner == null) {
            noZone = true;
            continue;
          }
        }
        try {
          found.add(
              type.name() + " (" + source.scope().id() + "): " + firstPage(client, source, owner));
        } catch (PermissionDeniedException e) {
          refusal = e;
          if (!refused.contains(source.permission())) {
            refused.add(source.permission());
          }
        }
      }
    }
    if (found.isEmpty() && refusal != null) {
      throw refusal;
    }
    if (found.isEmpty() && noZone) {
      return null;
    }
    if (!refused.isEmpty()) {
      checks.accept(
          Check.warn(
              "service." + service.id() + ".partial",
              "Part of " + service.description() + " cannot be read, so scans will leave it out",
              "Give the token the permission " + String.join(", ", refused)));
    }
    return String.join("; ", found) + " visible";
  }

  /** How many items the first page of a source lists (at least, when Cloudflare does not say). */
  private static String firstPage(CloudflareClient client, ResourceSource source, String owner) {
    var request = CloudflareRequest.builder("GET", source.listPath(owner)).queryAll(source.query());
    if (source.listing().style() == Paged.Style.PAGE) {
      request.query("per_page", 5);
    }
    var envelope = client.request(request.build());
    var total = envelope.resultInfo().totalCount();
    var listed = results(envelope);
    var size = listed.isArray() ? listed.size() : 0;
    if (total != null) {
      return String.valueOf(total);
    }
    var more = envelope.resultInfo().cursor() != null && !envelope.resultInfo().cursor().isEmpty();
    return size + (more ? "+" : "");
  }

  private String count(CloudflareClient client, String path, String what) {
    var envelope =
        client.request(CloudflareRequest.builder("GET", path).query("per_page", 5).build());
    var total = envelope.resultInfo().totalCount();
    return (total == null ? results(envelope).size() + "+" : String.valueOf(total))
        + " "
        + what
        + " visible";
  }

  private @Nullable String withZone(CloudflareClient client, Function<String, String> probe) {
    if (!zonesLooked) {
      var zones = firstZones(client);
      zonesLooked = true;
      var results = results(zones);
      firstZone = results.isEmpty() ? null : results.get(0).path("id").asText();
    }
    return firstZone == null ? null : probe.apply(firstZone);
  }

  /** An envelope's results; none when Cloudflare's answer carries no {@code result}. */
  private static JsonNode results(Envelope<JsonNode> envelope) {
    var result = envelope.result();
    return result == null ? JsonNodeFactory.instance.arrayNode() : result;
  }

  private Envelope<JsonNode> firstZones(CloudflareClient client) {
    return client.request(
        CloudflareRequest.builder("GET", "/zones")
            .query("account.id", accountId)
            .query("per_page", 5)
            .build());
  }

  private String dnsAnalytics(CloudflareClient client, String zone) {
    var until = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    client
        .dnsAnalytics()
        .report(
            zone,
            DnsAnalyticsParams.queriesByNameTypeAndCode(until.minus(1, ChronoUnit.HOURS), until));
    return "DNS analytics readable";
  }

  private String graphQl(CloudflareClient client, String zone) {
    var today = LocalDate.now(ZoneOffset.UTC).toString();
    client
        .graphQl()
        .query(
            "query ($zone: string, $day: Date!) { viewer { zones(filter: {zoneTag: $zone}) {"
                + " httpRequests1dGroups(limit: 1, filter: {date_geq: $day, date_leq: $day}) { sum { requests } } } } }",
            Map.of("zone", zone, "day", today));
    return "GraphQL analytics readable";
  }
}
