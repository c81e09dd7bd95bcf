package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.model.DnsRecord;
import dev.flarelink.cloudflare.model.Zone;
import dev.flarelink.cloudflare.model.ZoneSetting;
import dev.flarelink.core.inventory.InventoryStore.ZoneDelta;
import dev.flarelink.core.scan.NulText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Turns what Cloudflare reports into inventory entries, and finds what changed since last time. */
public final class InventoryDiff {

  private InventoryDiff() {}

  /** A zone as the inventory keeps it. */
  public static ZoneEntry zone(Zone zone) {
    return new ZoneEntry(
        zone.id(),
        NulText.clean(zone.name()),
        zone.status(),
        zone.type(),
        zone.plan() == null ? null : NulText.clean(zone.plan().name()),
        NulText.clean(zone.nameServers()),
        zone.paused(),
        zone.developmentMode() == null ? null : zone.developmentMode() > 0,
        zone.account() == null ? null : zone.account().id(),
        zone.createdOn(),
        zone.modifiedOn(),
        zone.activatedOn());
  }

  /** A setting as the inventory keeps it. */
  public static ZoneSettingEntry setting(ZoneSetting setting) {
    var value = setting.value();
    var structured = value != null && value.isContainerNode();
    return new ZoneSettingEntry(
        setting.id(),
        value == null || value.isNull()
            ? ""
            : structured ? value.toString() : NulText.clean(value.asText()),
        structured,
        setting.editable(),
        setting.modifiedOn());
  }

  /** A record as the inventory keeps it. */
  public static DnsRecordEntry record(DnsRecord record, ZoneEntry zone) {
    return new DnsRecordEntry(
        record.id(),
        zone.zoneId(),
        zone.name(),
        record.type(),
        NulText.clean(record.name()),
        NulText.clean(record.content()),
        record.ttl(),
        record.proxied(),
        record.proxiable(),
        priority(record),
        record.comment() == null || record.comment().isEmpty()
            ? null
            : NulText.clean(record.comment()),
        NulText.clean(record.tags()),
        record.data() == null || record.data().isNull() ? null : record.data().toString(),
        record.createdOn(),
        record.modifiedOn());
  }

  /**
   * How many of the zone's texts hold U+0000 ({@link #zone} stores them with U+FFFD); JSON values
   * are escaped when stored, so only plain texts count.
   */
  public static int nulValues(Zone zone) {
    return NulText.count(zone.name(), zone.plan() == null ? null : zone.plan().name())
        + NulText.count(zone.nameServers());
  }

  /** How many of the setting's texts hold U+0000 ({@link #setting} stores them with U+FFFD). */
  public static int nulValues(ZoneSetting setting) {
    var value = setting.value();
    return value != null && value.isTextual() ? NulText.count(value.asText()) : 0;
  }

  /** How many of the record's texts hold U+0000 ({@link #record} stores them with U+FFFD). */
  public static int nulValues(DnsRecord record) {
    return NulText.count(record.name(), record.content(), record.comment())
        + NulText.count(record.tags());
  }

  /** The record's priority: top-level for MX, inside {@code data} for SRV and URI. */
  private static @Nullable Integer priority(DnsRecord record) {
    if (record.priority() != null) {
      return record.priority();
    }
    var data = record.data();
    return data != null && data.path("priority").isNumber() ? data.get("priority").asInt() : null;
  }

  /** What differs between the stored zones and the zones listed now. */
  public record ZoneListDelta(
      List<ZoneEntry> upserts, List<String> removed, List<InventoryChange> changes) {}

  /** The zones to write (new or different), the ids gone, and the changes to record. */
  public static ZoneListDelta zoneList(
      String scanId, Map<String, ZoneEntry> stored, Collection<ZoneEntry> listed, Instant now) {
    var upserts = new ArrayList<ZoneEntry>();
    var changes = new ArrayList<InventoryChange>();
    var seen = new HashSet<String>();
    for (var zone : listed) {
      seen.add(zone.zoneId());
      var before = stored.get(zone.zoneId());
      if (before == null) {
        upserts.add(zone);
        changes.add(change(scanId, zone, "zone", zone.zoneId(), "added", zone.status(), now));
      } else if (!before.fingerprint().equals(zone.fingerprint())) {
        upserts.add(zone);
        changes.add(
            change(scanId, zone, "zone", zone.zoneId(), "changed", zoneDetail(before, zone), now));
      }
    }
    var removed =
        stored.values().stream()
            .filter(zone -> !seen.contains(zone.zoneId()))
            .sorted(Comparator.comparing(ZoneEntry::zoneId))
            .toList();
    removed.forEach(
        zone -> changes.add(change(scanId, zone, "zone", zone.zoneId(), "removed", null, now)));
    return new ZoneListDelta(upserts, removed.stream().map(ZoneEntry::zoneId).toList(), changes);
  }

  private static String zoneDetail(ZoneEntry before, ZoneEntry after) {
    var parts = new ArrayList<String>();
    field(parts, "status", before.status(), after.status());
    field(parts, "plan", before.plan(), after.plan());
    field(parts, "paused", before.paused(), after.paused());
    field(parts, "development_mode", before.developmentMode(), after.developmentMode());
    field(parts, "name_servers", before.nameServers(), after.nameServers());
    field(parts, "type", before.type(), after.type());
    field(parts, "name", before.name(), after.name());
    return parts.isEmpty() ? "modified_on" : String.join("; ", parts);
  }

  /**
   * What changed in one zone: settings and records to write (new or different), ids to remove, and
   * the changes to record.
   */
  public static ZoneDelta zoneDelta(
      String scanId,
      ZoneEntry zone,
      Map<String, ZoneSettingEntry> storedSettings,
      List<ZoneSettingEntry> settings,
      Map<String, DnsRecordEntry> storedRecords,
      List<DnsRecordEntry> records,
      Instant now) {
    var changes = new ArrayList<InventoryChange>();
    var settingUpserts = new ArrayList<ZoneSettingEntry>();
    for (var setting : settings) {
      var before = storedSettings.get(setting.settingId());
      if (setting.equals(before)) {
        continue;
      }
      settingUpserts.add(setting);
      if (before == null) {
        changes.add(
            change(scanId, zone, "setting", setting.settingId(), "added", setting.value(), now));
      } else if (!before.value().equals(setting.value())) {
        changes.add(
            change(
                scanId,
                zone,
                "setting",
                setting.settingId(),
                "changed",
                before.value() + " → " + setting.value(),
                now));
      }
    }
    var settingIds = settings.stream().map(ZoneSettingEntry::settingId).toList();
    var removedSettings =
        storedSettings.keySet().stream().filter(id -> !settingIds.contains(id)).sorted().toList();
    removedSettings.forEach(
        id -> changes.add(change(scanId, zone, "setting", id, "removed", null, now)));

    var recordUpserts = new ArrayList<DnsRecordEntry>();
    var replaced = new ArrayList<String>();
    var recordIds = new HashSet<String>();
    for (var record : records) {
      recordIds.add(record.recordId());
      var before = storedRecords.get(record.recordId());
      if (before != null && before.fingerprint().equals(record.fingerprint())) {
        continue;
      }
      recordUpserts.add(record);
      if (before != null) {
        replaced.add(record.recordId());
      }
      changes.add(
          change(
              scanId,
              zone,
              "record",
              record.recordId(),
              before == null ? "added" : "changed",
              before == null ? record.summary() : before.summary() + " → " + record.summary(),
              now));
    }
    var removedRecords =
        storedRecords.values().stream()
            .filter(r -> !recordIds.contains(r.recordId()))
            .sorted(Comparator.comparing(DnsRecordEntry::recordId))
            .toList();
    removedRecords.forEach(
        r ->
            changes.add(change(scanId, zone, "record", r.recordId(), "removed", r.summary(), now)));
    return new ZoneDelta(
        settingUpserts,
        removedSettings,
        recordUpserts,
        replaced,
        removedRecords.stream().map(DnsRecordEntry::recordId).toList(),
        changes);
  }

  private static void field(
      List<String> parts, String name, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      parts.add(name + ": " + before + " → " + after);
    }
  }

  private static InventoryChange change(
      String scanId,
      ZoneEntry zone,
      String subject,
      String subjectId,
      String change,
      @Nullable String detail,
      Instant now) {
    return new InventoryChange(
        scanId, zone.zoneId(), zone.name(), subject, subjectId, change, detail, now);
  }
}
