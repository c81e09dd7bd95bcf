package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.inventory.InventoryStore.DnsRecordPage;
import dev.flarelink.core.inventory.InventoryStore.ZonePage;
import dev.flarelink.core.query.Paging;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Inventory queries answered by Cloudflare, with its own filters, instead of the store. */
final class FreshInventory {

  private static final Comparator<DnsRecordEntry> RECORD_ORDER =
      Comparator.comparing(DnsRecordEntry::name)
          .thenComparing(DnsRecordEntry::type)
          .thenComparing(r -> r.content() == null ? "" : r.content())
          .thenComparing(DnsRecordEntry::recordId);

  private final ConnectionService connections;
  private final Function<Credential, CloudflareClient> clients;

  FreshInventory(ConnectionService connections, Function<Credential, CloudflareClient> clients) {
    this.connections = connections;
    this.clients = clients;
  }

  ZonePage zones(Connection connection, ZoneQuery query) {
    var zones = allZones(connection, query);
    return new ZonePage(
        Paging.slice(zones, query.page(), query.perPage()),
        zones.size(),
        query.page(),
        query.perPage());
  }

  /** Every zone matching the query's filters, by name; its page is ignored. */
  List<ZoneEntry> allZones(Connection connection, ZoneQuery query) {
    try (var client = client(connection)) {
      var params = ZoneListParams.ALL.withAccountId(connection.accountId());
      if (query.name() != null) {
        params = params.withName(query.name());
      }
      if (query.status() != null) {
        params = params.withStatus(query.status());
      }
      return client.zones().list(params).stream()
          .map(InventoryDiff::zone)
          .sorted(Comparator.comparing(ZoneEntry::name).thenComparing(ZoneEntry::zoneId))
          .toList();
    }
  }

  ZoneDetail zone(Connection connection, String ref) {
    try (var client = client(connection)) {
      var zone = ZoneRefs.resolve(client, connection, ref);
      var settings =
          client.zoneSettings().list(zone.zoneId()).stream()
              .map(InventoryDiff::setting)
              .sorted(Comparator.comparing(ZoneSettingEntry::settingId))
              .toList();
      return new ZoneDetail(zone, settings, null);
    }
  }

  DnsRecordPage records(Connection connection, DnsQuery query) {
    var records = allRecords(connection, query);
    return new DnsRecordPage(
        Paging.slice(records, query.page(), query.perPage()),
        records.size(),
        query.page(),
        query.perPage());
  }

  /** Every record matching the query's filters, in one zone or all; its page is ignored. */
  List<DnsRecordEntry> allRecords(Connection connection, DnsQuery query) {
    try (var client = client(connection)) {
      var zones =
          query.zone() == null
              ? ZoneRefs.all(client, connection)
              : List.of(ZoneRefs.resolve(client, connection, query.zone()));
      var params = params(query);
      var records = new ArrayList<DnsRecordEntry>();
      for (var zone : zones) {
        client.dnsRecords().list(zone.zoneId(), params).stream()
            .map(record -> InventoryDiff.record(record, zone))
            .forEach(records::add);
      }
      records.sort(RECORD_ORDER);
      return records;
    }
  }

  /** The query in Cloudflare's own filter parameters. */
  private static DnsRecordListParams params(DnsQuery query) {
    var params = DnsRecordListParams.builder();
    if (query.type() != null) {
      params.type(query.type());
    }
    if (query.name() != null) {
      params.name(query.name());
    }
    if (query.content() != null) {
      params.content(query.content());
    }
    if (query.proxied() != null) {
      params.proxied(query.proxied());
    }
    if (query.comment() != null) {
      params.comment(query.comment());
    }
    var tagName = query.tagName();
    if (tagName != null) {
      var tagValue = query.tagValue();
      if (tagValue == null) {
        params.tagPresent(tagName);
      } else {
        params.tag(tagName, tagValue);
      }
    }
    return params.build();
  }

  private CloudflareClient client(Connection connection) {
    return clients.apply(connections.credential(connection));
  }
}
