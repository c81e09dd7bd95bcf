package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.scan.NulText;
import dev.flarelink.core.scan.ReadAhead;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import dev.flarelink.core.scan.SessionScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs one claimed inventory scan. It lists the account's zones and saves the list's differences
 * (zones gone are removed only from a complete list), then reads each zone's settings and DNS
 * records in zone-id order (the next zone's while this one's are saved), saving each zone's
 * differences with the checkpoint "done up to this zone" in one transaction. A resumed scan lists
 * the zones again and goes on after its checkpoint. Nothing is written for what did not change. A
 * zone's settings or records that the credential may not read are left as they were, and the scan
 * succeeds with a warning naming the permission to add (it is partial); only a refused zone list
 * fails it. The resource catalogue's types whose services the connection enables are read the same
 * way: the account's once before the zones, each zone's beside its settings and records.
 */
public final class InventoryScanner extends SessionScanner {

  private final InventoryStore store;
  private final ResourceStore resources;

  /**
   * A scanner running in {@code session}, saving zones, settings and records in {@code store} and
   * the catalogue's resources in {@code resources}.
   */
  public InventoryScanner(ScanSession session, InventoryStore store, ResourceStore resources) {
    super(ScanKind.INVENTORY, session);
    this.store = store;
    this.resources = resources;
  }

  @Override
  protected void read(
      CloudflareClient client,
      Connection connection,
      ScanState scan,
      String owner,
      ScanMeter meter) {
    var listed = listZones(client, connection, scan);
    var zones =
        listed.zones().stream()
            .filter(zone -> scan.cursor() == null || zone.zoneId().compareTo(scan.cursor()) > 0)
            .toList();
    var items = scan.items();
    var warnings = scan.warnings();
    if (listed.nulValues() > 0) {
      warnings = ScanWarning.with(warnings, NulText.warning(listed.nulValues(), "the zone list"));
      scans.note(scan.id(), warnings, 0);
    }
    var catalogue = new ResourceScan(resources, connection, scan.id());
    if (scan.cursor() == null && catalogue.enabled()) {
      // The account's resources come first; a resumed scan read them before its checkpoint.
      var said = new ArrayList<ScanWarning>();
      items += catalogue.save(catalogue.readAccount(client), "", "", said, now());
      var noted = warnings;
      for (var warning : said) {
        noted = ScanWarning.with(noted, warning);
      }
      if (!noted.equals(warnings)) {
        warnings = noted;
        scans.note(scan.id(), warnings, 0);
      }
    }
    // The next zone is read from Cloudflare while this one's differences are worked out and saved.
    try (var ahead =
        ReadAhead.of(
            zones, zone -> readZone(client, zone, catalogue), "inventory-read-" + scan.id())) {
      for (var zone : zones) {
        var read = ahead.next();
        if (read != null) {
          var said = new ArrayList<>(read.warnings());
          items = saveZone(scan, connection, zone, read, items, catalogue, said);
          var noted = warnings;
          for (var warning : said) {
            noted = ScanWarning.with(noted, warning);
          }
          if (!noted.equals(warnings)) {
            warnings = noted;
            scans.note(scan.id(), warnings, 0);
          }
        }
        if (!scans.progress(scan.id(), owner, meter.progress(), now())) {
          return;
        }
      }
    }
    var finished = now();
    catalogue.finish(finished);
    scans.progress(scan.id(), owner, meter.progress(), finished);
    scans.succeed(scan.id(), finished);
  }

  /** The zones listed, in zone-id order, and how many of their texts held U+0000. */
  private record ZoneList(List<ZoneEntry> zones, int nulValues) {}

  /** Lists the account's zones, saves the differences, and returns them in zone-id order. */
  private ZoneList listZones(CloudflareClient client, Connection connection, ScanState scan) {
    var read =
        client.zones().list(ZoneListParams.ALL.withAccountId(connection.accountId())).toList();
    var listed =
        read.stream()
            .map(InventoryDiff::zone)
            .sorted(Comparator.comparing(ZoneEntry::zoneId))
            .toList();
    var nulValues = read.stream().mapToInt(InventoryDiff::nulValues).sum();
    var now = now();
    var delta = InventoryDiff.zoneList(scan.id(), store.zones(connection.id()), listed, now);
    if (!delta.changes().isEmpty()) {
      store.saveZones(connection.id(), delta.upserts(), delta.removed(), delta.changes(), now);
    }
    return new ZoneList(listed, nulValues);
  }

  /**
   * A zone's settings and records as Cloudflare listed them; either is {@code null} when the
   * credential may not read it, with a warning saying so.
   */
  private record ZoneRead(
      @Nullable List<ZoneSettingEntry> settings,
      @Nullable List<DnsRecordEntry> records,
      List<ResourceScan.TypeResult> resources,
      List<ScanWarning> warnings) {}

  /** Said when zone settings cannot be read: the same for every zone, so it is said once. */
  static final ScanWarning SETTINGS_REFUSED =
      new ScanWarning(
          "zone_settings",
          "The credential may not read zone settings (Cloudflare refused them), so SSL mode, TLS,"
              + " security level and the other settings were not imported; the zones and their DNS"
              + " records were. Settings imported before are kept as they were.",
          "Zone → Zone Settings → Read");

  /**
   * Reads one zone's settings and records, or {@code null} for a zone that went away meanwhile: it
   * is skipped, and the next scan removes it. A part the credential may not read is left out with a
   * warning; the rest of the zone is read.
   */
  private static @Nullable ZoneRead readZone(
      CloudflareClient client, ZoneEntry zone, ResourceScan catalogue) {
    try {
      var warnings = new ArrayList<ScanWarning>();
      var nulValues = 0;
      List<ZoneSettingEntry> settings;
      try {
        var read = client.zoneSettings().list(zone.zoneId());
        nulValues += read.stream().mapToInt(InventoryDiff::nulValues).sum();
        settings = read.stream().map(InventoryDiff::setting).toList();
      } catch (PermissionDeniedException refused) {
        settings = null;
        warnings.add(SETTINGS_REFUSED);
      }
      List<DnsRecordEntry> records;
      try {
        var read = client.dnsRecords().list(zone.zoneId(), DnsRecordListParams.ALL).toList();
        nulValues += read.stream().mapToInt(InventoryDiff::nulValues).sum();
        records = read.stream().map(record -> InventoryDiff.record(record, zone)).toList();
      } catch (PermissionDeniedException refused) {
        records = null;
        warnings.add(
            new ScanWarning(
                "dns_records",
                "The DNS records of zone "
                    + zone.name()
                    + " could not be read ("
                    + refused.explanation()
                    + "); the records imported before are kept as they were.",
                "Zone → DNS → Read (with this zone among the token's zone resources)"));
      }
      if (nulValues > 0) {
        warnings.add(NulText.warning(nulValues, "zone " + zone.name()));
      }
      var resources = catalogue.readZone(client, zone);
      return new ZoneRead(settings, records, resources, List.copyOf(warnings));
    } catch (NotFoundException gone) {
      return null;
    }
  }

  /**
   * Saves what changed in a zone, its resources first and then its settings and records with the
   * checkpoint (a crash between the two reads the zone again, finding its resources unchanged);
   * returns the items seen so far and adds the catalogue's warnings to {@code said}.
   */
  private int saveZone(
      ScanState scan,
      Connection connection,
      ZoneEntry zone,
      ZoneRead read,
      int items,
      ResourceScan catalogue,
      List<ScanWarning> said) {
    items += catalogue.save(read.resources(), zone.zoneId(), zone.name(), said, now());
    var storedSettings = store.settings(connection.id(), zone.zoneId());
    var storedRecords = store.records(connection.id(), zone.zoneId());
    // What could not be read is taken as unchanged: a refusal is not a removal.
    var delta =
        InventoryDiff.zoneDelta(
            scan.id(),
            zone,
            storedSettings,
            read.settings() == null ? List.copyOf(storedSettings.values()) : read.settings(),
            storedRecords,
            read.records() == null ? List.copyOf(storedRecords.values()) : read.records(),
            now());
    var done = items + (read.records() == null ? 0 : read.records().size());
    store.saveZone(scan.id(), connection.id(), zone.zoneId(), delta, done, now());
    return done;
  }
}
