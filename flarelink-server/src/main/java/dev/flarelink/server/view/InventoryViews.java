package dev.flarelink.server.view;

import static dev.flarelink.server.view.ScanViews.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.ZoneDetail;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneSettingEntry;
import dev.flarelink.core.scan.Coverage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON and CSV shapes of zones, zone settings, DNS records and inventory changes, shared by the
 * REST API, the CLI and the MCP tools.
 */
public final class InventoryViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> ZONE_COLUMNS =
      List.of(
          "id",
          "name",
          "status",
          "type",
          "plan",
          "paused",
          "development_mode",
          "name_servers",
          "created_on",
          "modified_on",
          "activated_on");

  private static final List<String> RECORD_COLUMNS =
      List.of(
          "id",
          "zone_name",
          "type",
          "name",
          "content",
          "ttl",
          "proxied",
          "priority",
          "comment",
          "tags",
          "zone_id",
          "modified_on");

  private static final List<String> CHANGE_COLUMNS =
      List.of("at", "zone_name", "subject", "subject_id", "change", "detail", "scan_id");

  private InventoryViews() {}

  /** A zone. */
  public static Map<String, Object> zone(ZoneEntry zone) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", zone.zoneId());
    out.put("name", zone.name());
    out.put("status", zone.status());
    out.put("type", zone.type());
    out.put("plan", zone.plan());
    out.put("paused", zone.paused());
    out.put("development_mode", zone.developmentMode());
    out.put("name_servers", zone.nameServers());
    out.put("account_id", zone.accountId());
    out.put("created_on", text(zone.createdOn()));
    out.put("modified_on", text(zone.modifiedOn()));
    out.put("activated_on", text(zone.activatedOn()));
    return out;
  }

  /** A zone with the settings a security review reads first, and its record count. */
  public static Map<String, Object> zoneDetail(ZoneDetail detail) {
    var out = zone(detail.zone());
    var security = new LinkedHashMap<String, Object>();
    ZoneDetail.KEY_SETTINGS.forEach(id -> security.put(id, detail.setting(id)));
    out.put("security", security);
    out.put("dns_records", detail.records());
    out.put("settings", detail.settings().stream().map(InventoryViews::setting).toList());
    return out;
  }

  /** A zone setting; a structured value is shown as JSON, not as text. */
  public static Map<String, Object> setting(ZoneSettingEntry setting) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", setting.settingId());
    out.put("value", setting.structured() ? parsed(setting.value()) : setting.value());
    out.put("editable", setting.editable());
    out.put("modified_on", text(setting.modifiedOn()));
    return out;
  }

  /** A DNS record. */
  public static Map<String, Object> record(DnsRecordEntry record) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", record.recordId());
    out.put("zone_id", record.zoneId());
    out.put("zone_name", record.zoneName());
    out.put("type", record.type());
    out.put("name", record.name());
    out.put("content", record.content());
    out.put("ttl", record.ttl());
    out.put("proxied", record.proxied());
    out.put("proxiable", record.proxiable());
    out.put("priority", record.priority());
    out.put("comment", record.comment());
    out.put("tags", record.tags());
    out.put("data", record.data() == null ? null : parsed(record.data()));
    out.put("created_on", text(record.createdOn()));
    out.put("modified_on", text(record.modifiedOn()));
    return out;
  }

  /** An inventory change. */
  public static Map<String, Object> change(InventoryChange change) {
    var out = new LinkedHashMap<String, Object>();
    out.put("at", text(change.at()));
    out.put("zone_id", change.zoneId());
    out.put("zone_name", change.zoneName());
    out.put("subject", change.subject());
    out.put("subject_id", change.subjectId());
    out.put("change", change.change());
    out.put("detail", change.detail());
    out.put("scan_id", change.scanId());
    return out;
  }

  /** Zones as rows. */
  public static Tabular zonesTable(List<ZoneEntry> zones) {
    return table(ZONE_COLUMNS, zones.stream().map(InventoryViews::zone).toList());
  }

  /** Records as rows. */
  public static Tabular recordsTable(List<DnsRecordEntry> records) {
    return table(RECORD_COLUMNS, records.stream().map(InventoryViews::record).toList());
  }

  /** Settings as rows. */
  public static Tabular settingsTable(List<ZoneSettingEntry> settings) {
    return table(
        List.of("id", "value", "editable", "modified_on"),
        settings.stream().map(InventoryViews::setting).toList());
  }

  /** Changes as rows. */
  public static Tabular changesTable(List<InventoryChange> changes) {
    return table(CHANGE_COLUMNS, changes.stream().map(InventoryViews::change).toList());
  }

  /** Where an answer came from, and how old the inventory is. */
  public static Map<String, Object> source(boolean fresh, Coverage coverage) {
    var out = new LinkedHashMap<String, Object>();
    out.put("source", fresh ? "cloudflare" : "inventory");
    out.put("scanned_at", text(coverage.scannedAt()));
    if (!fresh) {
      out.put("coverage", ScanViews.coverage(coverage));
    }
    if (!fresh && !coverage.scanned()) {
      out.put(
          "note",
          "No inventory scan has completed for this connection yet: start one (POST"
              + " .../scans?kind=inventory, or ./flarelink scan --kind inventory), or ask"
              + " Cloudflare directly with fresh=true.");
    }
    return out;
  }

  private static Tabular table(List<String> columns, List<Map<String, Object>> rows) {
    return new Tabular(
        columns,
        rows.stream()
            .map(row -> columns.stream().<Object>map(c -> cell(row.get(c))).toList())
            .toList());
  }

  private static Object cell(Object value) {
    if (value instanceof List<?> list) {
      return String.join("; ", list.stream().map(String::valueOf).toList());
    }
    if (value instanceof Map<?, ?> || value instanceof JsonNode) {
      return value.toString();
    }
    return value;
  }

  private static Object parsed(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return json;
    }
  }
}
