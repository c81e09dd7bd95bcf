package dev.flarelink.store;

import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.api.TextMatch.Operator;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.DnsRecordEntry;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.InventoryStore.DnsRecordPage;
import dev.flarelink.core.inventory.InventoryStore.ZonePage;
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.core.inventory.ZoneSettingEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** The inventory store's queries. */
final class InventoryReads {

  private final Jdbi jdbi;
  private final Database.Kind kind;

  InventoryReads(Jdbi jdbi, Database.Kind kind) {
    this.jdbi = jdbi;
    this.kind = kind;
  }

  Map<String, ZoneEntry> zoneMap(String connectionId) {
    return byId(
        select(
            "SELECT * FROM zones WHERE connection_id = :c", Map.of("c", connectionId), this::zone),
        ZoneEntry::zoneId);
  }

  Map<String, ZoneSettingEntry> settingMap(String connectionId, String zoneId) {
    return byId(settings(connectionId, zoneId), ZoneSettingEntry::settingId);
  }

  List<ZoneSettingEntry> settings(String connectionId, String zoneId) {
    return select(
        "SELECT * FROM zone_settings WHERE connection_id = :c AND zone_id = :z ORDER BY setting_id",
        Map.of("c", connectionId, "z", zoneId),
        (rs, ctx) ->
            new ZoneSettingEntry(
                rs.getString("setting_id"),
                rs.getString("value"),
                rs.getInt("structured") == 1,
                Rows.flag(rs, "editable"),
                Rows.instant(rs, "modified_on")));
  }

  Map<String, DnsRecordEntry> recordMap(String connectionId, String zoneId) {
    return byId(
        select(
            "SELECT r.*, z.name AS zone_name FROM dns_records r JOIN zones z"
                + " ON z.connection_id = r.connection_id AND z.zone_id = r.zone_id"
                + " WHERE r.connection_id = :c AND r.zone_id = :z",
            Map.of("c", connectionId, "z", zoneId),
            this::record),
        DnsRecordEntry::recordId);
  }

  ZonePage zones(String connectionId, ZoneQuery query) {
    var where = new StringBuilder(" FROM zones WHERE connection_id = :c");
    var binds = new LinkedHashMap<String, Object>();
    binds.put("c", connectionId);
    text(where, binds, "name", "name", query.name());
    if (query.status() != null) {
      where.append(" AND status = :status");
      binds.put("status", query.status());
    }
    var page =
        page(
            "SELECT COUNT(*)" + where,
            "SELECT *" + where + " ORDER BY name, zone_id",
            binds,
            query.page(),
            query.perPage(),
            this::zone);
    return new ZonePage(page.items(), page.total(), query.page(), query.perPage());
  }

  Optional<ZoneEntry> zone(String connectionId, String idOrName) {
    return select(
            "SELECT * FROM zones WHERE connection_id = :c AND (zone_id = :ref OR LOWER(name) = :name)",
            Map.of("c", connectionId, "ref", idOrName, "name", idOrName.toLowerCase(Locale.ROOT)),
            this::zone)
        .stream()
        .findFirst();
  }

  DnsRecordPage records(String connectionId, DnsQuery query) {
    var filters = new StringBuilder(" WHERE r.connection_id = :c");
    var binds = new LinkedHashMap<String, Object>();
    binds.put("c", connectionId);
    if (query.zone() != null) {
      filters.append(" AND r.zone_id = :zone");
      binds.put("zone", query.zone());
    }
    if (query.type() != null) {
      filters.append(" AND r.type = :type");
      binds.put("type", query.type());
    }
    text(filters, binds, "r.content", "content", query.content());
    text(filters, binds, "r.comment", "comment", query.comment());
    if (query.proxied() != null) {
      filters.append(" AND r.proxied = :proxied");
      binds.put("proxied", query.proxied() ? 1 : 0);
    }
    var counted = new StringBuilder(filters);
    var listed = new StringBuilder(filters);
    var suffix = suffixRange(query.name());
    if (suffix != null) {
      // Counting every name that ends so is a range of the reversed names' index; a page walks
      // the names in their order and stops after a page of them, as LIKE lets it.
      counted.append(" AND r.name_reversed >= :nameFrom AND r.name_reversed < :nameTo");
      binds.put("nameFrom", suffix.getKey());
      binds.put("nameTo", suffix.getValue());
      text(listed, binds, "r.name", "name", query.name());
    } else {
      text(counted, binds, "r.name", "name", query.name());
      text(listed, binds, "r.name", "name", query.name());
    }
    var onlyTag =
        query.zone() == null
            && query.type() == null
            && query.name() == null
            && query.content() == null
            && query.comment() == null
            && query.proxied() == null;
    if (query.tag() != null) {
      var tag = new StringBuilder(" t.connection_id = :c AND t.tag_name = :tagName");
      binds.put("tagName", query.tagName());
      if (query.tagValue() != null) {
        tag.append(" AND t.tag_value = :tagValue");
        binds.put("tagValue", query.tagValue());
      }
      // Counting reads the tag's rows once (uncorrelated); a page walks records in their order
      // and stops after a page of them, so it asks each record.
      counted.append(" AND r.record_id IN (SELECT t.record_id FROM dns_record_tags t WHERE");
      counted.append(tag).append(")");
      if (onlyTag) {
        // Every tag row belongs to a record, so the tag's own index answers the count alone.
        counted = new StringBuilder(" FROM dns_record_tags t WHERE").append(tag);
      }
      listed.append(
          " AND EXISTS (SELECT 1 FROM dns_record_tags t WHERE t.record_id = r.record_id AND");
      listed.append(tag).append(")");
    }
    var page =
        page(
            query.tag() != null && onlyTag
                // A record carries a name and value once (a unique index), but may carry a name
                // with several values.
                ? (query.tagValue() != null
                        ? "SELECT COUNT(*)"
                        : "SELECT COUNT(DISTINCT t.record_id)")
                    + counted
                : "SELECT COUNT(*) FROM dns_records r" + counted,
            "SELECT r.*, z.name AS zone_name FROM dns_records r JOIN zones z"
                + " ON z.connection_id = r.connection_id AND z.zone_id = r.zone_id"
                + listed
                + " ORDER BY r.name, r.type, r.content, r.record_id",
            binds,
            query.page(),
            query.perPage(),
            this::record);
    return new DnsRecordPage(page.items(), page.total(), query.page(), query.perPage());
  }

  List<InventoryChange> changes(String connectionId, Instant since, Instant until, int limit) {
    return select(
        "SELECT * FROM inventory_changes WHERE connection_id = :c AND at >= :since AND at < :until"
            + " ORDER BY at, zone_name, subject, subject_id LIMIT :limit",
        Map.of(
            "c",
            connectionId,
            "since",
            since == null ? Long.MIN_VALUE : since.toEpochMilli(),
            "until",
            until == null ? Long.MAX_VALUE : until.toEpochMilli(),
            "limit",
            limit),
        (rs, ctx) ->
            new InventoryChange(
                rs.getString("scan_id"),
                rs.getString("zone_id"),
                rs.getString("zone_name"),
                rs.getString("subject"),
                rs.getString("subject_id"),
                rs.getString("change"),
                rs.getString("detail"),
                Instant.ofEpochMilli(rs.getLong("at"))));
  }

  private record Page<T>(List<T> items, int total) {}

  /** One page of {@code list} (ordered, without LIMIT), and the total {@code count} finds. */
  private <T> Page<T> page(
      String count,
      String list,
      Map<String, Object> binds,
      int page,
      int perPage,
      RowMapper<T> mapper) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(list + " LIMIT :limit OFFSET :offset");
          binds.forEach(query::bind);
          var items =
              query
                  .bind("limit", perPage)
                  .bind("offset", (long) (page - 1) * perPage)
                  .map(mapper)
                  .list();
          return new Page<>(items, Rows.total(h, count, binds, page, perPage, items.size()));
        });
  }

  /**
   * For an {@code ends_with} filter, the range of reversed lower-case names that end so: from the
   * reversed suffix up to (not including) the first text after every text it starts; otherwise
   * {@code null}.
   */
  private static Map.Entry<String, String> suffixRange(TextMatch match) {
    if (match == null || match.operator() != Operator.ENDS_WITH) {
      return null;
    }
    var from = Rows.reversedName(match.value());
    var last = from.charAt(from.length() - 1);
    if (last == Character.MAX_VALUE) {
      return null;
    }
    return Map.entry(from, from.substring(0, from.length() - 1) + (char) (last + 1));
  }

  /** Adds a case-insensitive text filter on {@code column}, as Cloudflare matches. */
  private void text(
      StringBuilder where, Map<String, Object> binds, String column, String key, TextMatch match) {
    if (match == null) {
      return;
    }
    var value = match.value().toLowerCase(Locale.ROOT);
    var escaped = Rows.likeEscaped(value);
    switch (match.operator()) {
      case EQUAL -> equality(where, binds, column, key, value, "=");
      case NOT_EQUAL -> equality(where, binds, column, key, value, "<>");
      case CONTAINS -> like(where, binds, column, key, "%" + escaped + "%");
      case STARTS_WITH -> like(where, binds, column, key, escaped + "%");
      case ENDS_WITH -> like(where, binds, column, key, "%" + escaped);
    }
  }

  private static void equality(
      StringBuilder where,
      Map<String, Object> binds,
      String column,
      String key,
      String value,
      String comparison) {
    where
        .append(" AND LOWER(")
        .append(column)
        .append(") ")
        .append(comparison)
        .append(" :")
        .append(key);
    binds.put(key, value);
  }

  private void like(
      StringBuilder where, Map<String, Object> binds, String column, String key, String pattern) {
    where.append(" AND ").append(Rows.caselessLike(kind, column, key));
    binds.put(key, pattern);
  }

  private <T> List<T> select(String sql, Map<String, Object> binds, RowMapper<T> mapper) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          binds.forEach(query::bind);
          return query.map(mapper).list();
        });
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    var map = new LinkedHashMap<String, T>();
    items.forEach(item -> map.put(id.apply(item), item));
    return map;
  }

  private ZoneEntry zone(ResultSet rs, StatementContext ctx) throws SQLException {
    var servers = rs.getString("name_servers");
    return new ZoneEntry(
        rs.getString("zone_id"),
        rs.getString("name"),
        rs.getString("status"),
        rs.getString("type"),
        rs.getString("plan"),
        servers.isEmpty() ? List.of() : Arrays.asList(servers.split(",")),
        Rows.flag(rs, "paused"),
        Rows.flag(rs, "development_mode"),
        rs.getString("account_id"),
        Rows.instant(rs, "created_on"),
        Rows.instant(rs, "modified_on"),
        Rows.instant(rs, "activated_on"));
  }

  private DnsRecordEntry record(ResultSet rs, StatementContext ctx) throws SQLException {
    return new DnsRecordEntry(
        rs.getString("record_id"),
        rs.getString("zone_id"),
        rs.getString("zone_name"),
        rs.getString("type"),
        rs.getString("name"),
        rs.getString("content"),
        Rows.integer(rs, "ttl"),
        Rows.flag(rs, "proxied"),
        Rows.flag(rs, "proxiable"),
        Rows.integer(rs, "priority"),
        rs.getString("comment"),
        Rows.texts(rs, "dns_records", "tags"),
        rs.getString("data"),
        Rows.instant(rs, "created_on"),
        Rows.instant(rs, "modified_on"));
  }
}
