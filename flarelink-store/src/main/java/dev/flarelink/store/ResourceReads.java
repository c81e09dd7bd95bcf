package dev.flarelink.store;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.inventory.ResourceQuery;
import dev.flarelink.core.inventory.ResourceStore.ResourcePage;
import dev.flarelink.core.inventory.ResourceStore.TypeRead;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** The resource store's queries, the same on both databases. */
final class ResourceReads {

  /* Every column that identifies a row last, so that equal names still come in one order. */
  private static final String LISTED = " ORDER BY zone_name, name, resource_id, type, zone_id";

  private static final Pattern WORDS = Pattern.compile("\\s+");

  private final Jdbi jdbi;

  ResourceReads(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Map<String, ResourceEntry> stored(String connectionId, String type, String zoneId) {
    var byId = new LinkedHashMap<String, ResourceEntry>();
    select(
            "SELECT * FROM resources WHERE connection_id = :c AND type = :type AND zone_id = :z"
                + " ORDER BY resource_id",
            Map.of("c", connectionId, "type", type, "z", zoneId),
            ResourceReads::entry)
        .forEach(entry -> byId.put(entry.resourceId(), entry));
    return Collections.unmodifiableMap(byId);
  }

  List<TypeRead> reads(String connectionId) {
    return select(
        "SELECT * FROM resource_reads WHERE connection_id = :c ORDER BY type",
        Map.of("c", connectionId),
        (rs, ctx) ->
            new TypeRead(
                rs.getString("type"),
                Instant.ofEpochMilli(rs.getLong("read_at")),
                rs.getInt("available") == 1,
                rs.getString("reason"),
                rs.getString("permission")));
  }

  Map<String, Integer> totals(String connectionId) {
    var totals = new LinkedHashMap<String, Integer>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT type, COUNT(*) AS n FROM resources WHERE connection_id = :c"
                        + " GROUP BY type ORDER BY type")
                .bind("c", connectionId)
                .map((rs, ctx) -> Map.entry(rs.getString("type"), rs.getInt("n")))
                .forEach(total -> totals.put(total.getKey(), total.getValue())));
    return Collections.unmodifiableMap(totals);
  }

  ResourcePage page(String connectionId, ResourceQuery query) {
    var where = new StringBuilder(" FROM resources WHERE connection_id = :c");
    var binds = new LinkedHashMap<String, Object>();
    binds.put("c", connectionId);
    if (query.type() != null) {
      where.append(" AND type = :type");
      binds.put("type", query.type());
    }
    if (query.zoneId() != null) {
      where.append(" AND zone_id = :zone");
      binds.put("zone", query.zoneId());
    }
    if (query.text() != null) {
      // search_text is lower case already, so a plain LIKE compares alike on both databases.
      var words =
          WORDS
              .splitAsStream(query.text().toLowerCase(Locale.ROOT))
              .filter(word -> !word.isEmpty())
              .toList();
      for (int i = 0; i < words.size(); i++) {
        where.append(" AND search_text LIKE :word").append(i).append(" ESCAPE '!'");
        binds.put("word" + i, "%" + Rows.likeEscaped(words.get(i)) + "%");
      }
    }
    return jdbi.withHandle(
        h -> {
          var listing = h.createQuery("SELECT *" + where + LISTED + " LIMIT :limit OFFSET :offset");
          binds.forEach(listing::bind);
          var items =
              listing
                  .bind("limit", query.perPage())
                  .bind("offset", (long) (query.page() - 1) * query.perPage())
                  .map(ResourceReads::entry)
                  .list();
          var total =
              Rows.total(
                  h, "SELECT COUNT(*)" + where, binds, query.page(), query.perPage(), items.size());
          return new ResourcePage(items, total, query.page(), query.perPage());
        });
  }

  /** With no zone given and the identifier in several places, the account's, then by zone id. */
  Optional<ResourceEntry> find(String connectionId, String type, String resourceId, String zoneId) {
    var binds = new LinkedHashMap<String, Object>();
    binds.put("c", connectionId);
    binds.put("type", type);
    binds.put("r", resourceId);
    var sql =
        new StringBuilder(
            "SELECT * FROM resources WHERE connection_id = :c AND type = :type"
                + " AND resource_id = :r");
    if (!zoneId.isEmpty()) {
      sql.append(" AND zone_id = :z");
      binds.put("z", zoneId);
    }
    sql.append(" ORDER BY zone_id LIMIT 1");
    return select(sql.toString(), binds, ResourceReads::entry).stream().findFirst();
  }

  private <T> List<T> select(String sql, Map<String, Object> binds, RowMapper<T> mapper) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          binds.forEach(query::bind);
          return query.map(mapper).list();
        });
  }

  private static ResourceEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ResourceEntry(
        rs.getString("type"),
        rs.getString("resource_id"),
        rs.getString("zone_id"),
        rs.getString("zone_name"),
        rs.getString("name"),
        Rows.instant(rs, "modified_on"),
        Rows.namedTexts(rs, "resources", "fields"),
        rs.getString("document"),
        rs.getString("parts"),
        rs.getString("fingerprint"));
  }
}
