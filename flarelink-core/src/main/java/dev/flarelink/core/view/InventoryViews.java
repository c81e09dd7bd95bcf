package dev.flarelink.core.view;

import static dev.flarelink.core.view.ScanViews.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.ZoneDetail;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneSettingEntry;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.view.ScanViews.CoverageView;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON and CSV shapes of zones, zone settings, DNS records and inventory changes, shared by the
 * REST API, the CLI and the MCP tools.
 */
public final class InventoryViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InventoryViews() {}

  /** A zone. */
  public record Zone(
      String id,
      String name,
      String status,
      String type,
      @Nullable String plan,
      Boolean paused,
      @JsonProperty("development_mode") @Nullable Boolean developmentMode,
      @JsonProperty("name_servers") List<String> nameServers,
      @JsonProperty("account_id") @Nullable String accountId,
      @JsonProperty("created_on") @Nullable String createdOn,
      @JsonProperty("modified_on") @Nullable String modifiedOn,
      @JsonProperty("activated_on") @Nullable String activatedOn) {}

  /**
   * A zone with the settings a security review reads first, its record count and every setting.
   *
   * @param security the key settings ({@link ZoneDetail#KEY_SETTINGS}) by id, {@code null} when not
   *     read
   * @param dnsRecords the zone's records in the inventory; {@code null} when read from Cloudflare
   */
  public record ZoneDetailView(
      @JsonUnwrapped Zone zone,
      Map<String, String> security,
      @JsonProperty("dns_records") @Nullable Integer dnsRecords,
      List<Setting> settings) {}

  /**
   * A zone setting.
   *
   * @param value text, or for a structured setting its JSON as Cloudflare sent it (an open shape)
   */
  public record Setting(
      String id,
      Object value,
      @Nullable Boolean editable,
      @JsonProperty("modified_on") @Nullable String modifiedOn) {}

  /**
   * A DNS record.
   *
   * @param data the record's structured data as Cloudflare sent it (an open shape), or {@code null}
   */
  public record DnsRecord(
      String id,
      @JsonProperty("zone_id") String zoneId,
      @JsonProperty("zone_name") String zoneName,
      String type,
      String name,
      String content,
      Integer ttl,
      Boolean proxied,
      Boolean proxiable,
      @Nullable Integer priority,
      @Nullable String comment,
      List<String> tags,
      @Nullable Object data,
      @JsonProperty("created_on") @Nullable String createdOn,
      @JsonProperty("modified_on") @Nullable String modifiedOn) {}

  /** A change an inventory scan found. */
  public record Change(
      String at,
      @JsonProperty("zone_id") String zoneId,
      @JsonProperty("zone_name") String zoneName,
      String subject,
      @JsonProperty("subject_id") String subjectId,
      String change,
      @Nullable String detail,
      @JsonProperty("scan_id") String scanId) {}

  /**
   * Where an answer came from, and how old the inventory is.
   *
   * @param source {@code inventory} or {@code cloudflare}
   * @param coverage left out for an answer from Cloudflare
   * @param note before the first inventory scan, what to do; left out otherwise
   */
  public record Source(
      String source,
      @JsonProperty("scanned_at") @Nullable String scannedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable CoverageView coverage,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {}

  /** A page of zones and where they came from. */
  public record ZonePage(List<Zone> zones, Paging paging, @JsonUnwrapped Source source) {}

  /** Every matching zone and where they came from. */
  public record ZoneList(List<Zone> zones, @JsonUnwrapped Source source) {}

  /** A zone in detail and where it came from. */
  public record ZoneAnswer(@JsonUnwrapped ZoneDetailView zone, @JsonUnwrapped Source source) {}

  /** A zone in detail read from Cloudflare, as an agent sees it ({@code source: cloudflare}). */
  public record ZoneFromCloudflare(@JsonUnwrapped ZoneDetailView zone, String source) {}

  /** A zone in detail from the inventory with what the scans cover, as an agent sees it. */
  public record ZoneFromInventory(@JsonUnwrapped ZoneDetailView zone, CoverageView coverage) {}

  /** A zone's settings and where they came from. */
  public record SettingList(List<Setting> settings, @JsonUnwrapped Source source) {}

  /** A zone's settings alone, as the command line prints them. */
  public record ZoneSettings(List<Setting> settings) {}

  /** A page of DNS records and where they came from. */
  public record DnsRecordPage(
      @JsonProperty("dns_records") List<DnsRecord> dnsRecords,
      Paging paging,
      @JsonUnwrapped Source source) {}

  /** Every matching DNS record and where they came from. */
  public record DnsRecordList(
      @JsonProperty("dns_records") List<DnsRecord> dnsRecords, @JsonUnwrapped Source source) {}

  /** Changes inventory scans found, and what the scans cover. */
  public record ChangeList(List<Change> changes, CoverageView coverage) {}

  /** A zone. */
  public static Zone zone(ZoneEntry zone) {
    return new Zone(
        zone.zoneId(),
        zone.name(),
        zone.status(),
        zone.type(),
        zone.plan(),
        zone.paused(),
        zone.developmentMode(),
        zone.nameServers(),
        zone.accountId(),
        text(zone.createdOn()),
        text(zone.modifiedOn()),
        text(zone.activatedOn()));
  }

  /** A zone with the settings a security review reads first, and its record count. */
  public static ZoneDetailView zoneDetail(ZoneDetail detail) {
    var security = new LinkedHashMap<String, String>();
    ZoneDetail.KEY_SETTINGS.forEach(id -> security.put(id, detail.setting(id)));
    return new ZoneDetailView(
        zone(detail.zone()),
        security,
        detail.records(),
        detail.settings().stream().map(InventoryViews::setting).toList());
  }

  /** A zone setting; a structured value is shown as JSON, not as text. */
  public static Setting setting(ZoneSettingEntry setting) {
    return new Setting(
        setting.settingId(),
        setting.structured() ? parsed(setting.value()) : setting.value(),
        setting.editable(),
        text(setting.modifiedOn()));
  }

  /** A DNS record. */
  public static DnsRecord record(DnsRecordEntry record) {
    return new DnsRecord(
        record.recordId(),
        record.zoneId(),
        record.zoneName(),
        record.type(),
        record.name(),
        record.content(),
        record.ttl(),
        record.proxied(),
        record.proxiable(),
        record.priority(),
        record.comment(),
        record.tags(),
        record.data() == null ? null : parsed(record.data()),
        text(record.createdOn()),
        text(record.modifiedOn()));
  }

  /** An inventory change. */
  public static Change change(InventoryChange change) {
    return new Change(
        change.at().toString(),
        change.zoneId(),
        change.zoneName(),
        change.subject(),
        change.subjectId(),
        change.change(),
        change.detail(),
        change.scanId());
  }

  /** Zones as rows. */
  public static Tabular zonesTable(List<ZoneEntry> zones) {
    return new Tabular(
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
            "activated_on"),
        rows(
            zones,
            InventoryViews::zone,
            z ->
                cells(
                    z.id(),
                    z.name(),
                    z.status(),
                    z.type(),
                    z.plan(),
                    z.paused(),
                    z.developmentMode(),
                    z.nameServers(),
                    z.createdOn(),
                    z.modifiedOn(),
                    z.activatedOn())));
  }

  /** Records as rows. */
  public static Tabular recordsTable(List<DnsRecordEntry> records) {
    return new Tabular(
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
            "modified_on"),
        rows(
            records,
            InventoryViews::record,
            r ->
                cells(
                    r.id(),
                    r.zoneName(),
                    r.type(),
                    r.name(),
                    r.content(),
                    r.ttl(),
                    r.proxied(),
                    r.priority(),
                    r.comment(),
                    r.tags(),
                    r.zoneId(),
                    r.modifiedOn())));
  }

  /** Settings as rows. */
  public static Tabular settingsTable(List<ZoneSettingEntry> settings) {
    return new Tabular(
        List.of("id", "value", "editable", "modified_on"),
        rows(
            settings,
            InventoryViews::setting,
            s -> cells(s.id(), s.value(), s.editable(), s.modifiedOn())));
  }

  /** Changes as rows. */
  public static Tabular changesTable(List<InventoryChange> changes) {
    return new Tabular(
        List.of("at", "zone_name", "subject", "subject_id", "change", "detail", "scan_id"),
        rows(
            changes,
            InventoryViews::change,
            c ->
                cells(
                    c.at(),
                    c.zoneName(),
                    c.subject(),
                    c.subjectId(),
                    c.change(),
                    c.detail(),
                    c.scanId())));
  }

  /** Where an answer came from, and how old the inventory is. */
  public static Source source(boolean fresh, Coverage coverage) {
    return new Source(
        fresh ? "cloudflare" : "inventory",
        text(coverage.scannedAt()),
        fresh ? null : ScanViews.coverage(coverage),
        !fresh && !coverage.scanned()
            ? "No inventory scan has completed for this connection yet: start one (POST"
                + " .../scans?kind=inventory, or ./flarelink scan --kind inventory), or ask"
                + " Cloudflare directly with fresh=true."
            : null);
  }

  private static <T, V> List<List<Object>> rows(
      List<T> items, Function<T, V> view, Function<V, List<Object>> cells) {
    return items.stream().map(view).map(cells).toList();
  }

  /** Cells for a table: lists as one "; "-separated text, JSON as its text. */
  private static List<Object> cells(@Nullable Object... values) {
    return Arrays.stream(values).map(InventoryViews::cell).toList();
  }

  private static @Nullable Object cell(@Nullable Object value) {
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
