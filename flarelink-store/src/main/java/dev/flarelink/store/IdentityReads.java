package dev.flarelink.store;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.identity.AccountSecurity;
import dev.flarelink.core.identity.IdentityStore.MemberPage;
import dev.flarelink.core.identity.IdentityStore.RoleRecord;
import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.identity.MemberRecord;
import dev.flarelink.core.identity.MemberView;
import dev.flarelink.core.scan.ScanKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The identity store's queries. */
final class IdentityReads {

  private final Jdbi jdbi;
  private final Database.Kind kind;

  IdentityReads(Jdbi jdbi, Database.Kind kind) {
    this.jdbi = jdbi;
    this.kind = kind;
  }

  List<MemberRecord> currentMembers(String connectionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + JdbcIdentityStore.MEMBER_COLUMNS
                        + " FROM members WHERE connection_id = :c AND removed_at IS NULL ORDER BY email, member_id")
                .bind("c", connectionId)
                .map(JdbcIdentityStore::memberRow)
                .list());
  }

  MemberPage members(String connectionId, MemberQuery query) {
    var roles = roles(connectionId);
    var where = new StringBuilder(" FROM members WHERE connection_id = :c");
    var binds = new LinkedHashMap<String, Object>();
    binds.put("c", connectionId);
    if ("removed".equals(query.status())) {
      where.append(" AND removed_at IS NOT NULL");
    } else {
      where.append(" AND removed_at IS NULL");
      if (query.status() != null) {
        where.append(" AND status = :status");
        binds.put("status", query.status());
      }
    }
    if (query.role() != null) {
      var ids =
          roles.stream()
              .filter(
                  r -> r.roleId().equals(query.role()) || r.name().equalsIgnoreCase(query.role()))
              .map(RoleRecord::roleId)
              .toList();
      if (ids.isEmpty()) {
        throw InvalidInputException.of(
            "role",
            "no role \""
                + query.role()
                + "\" in this account; use a role id or name from the roles listing");
      }
      var any = new ArrayList<String>();
      for (int i = 0; i < ids.size(); i++) {
        any.add(Rows.holdsText(kind, "roles", "role" + i));
        binds.put("role" + i, ids.get(i));
      }
      where.append(" AND (").append(String.join(" OR ", any)).append(")");
    }
    if (query.twoFactor() != null) {
      where.append(" AND status = 'active' AND two_factor = :tf");
      binds.put("tf", query.twoFactor() ? 1 : 0);
    }
    if (query.text() != null) {
      where.append(
          " AND ("
              + Rows.caselessLike(kind, "email", "text")
              + " OR "
              + Rows.caselessLike(kind, "COALESCE(name, '')", "text")
              + ")");
      binds.put("text", "%" + Rows.likeEscaped(query.text().toLowerCase(Locale.ROOT)) + "%");
    }
    var names = new LinkedHashMap<String, String>();
    roles.forEach(r -> names.put(r.roleId(), r.name()));
    return jdbi.withHandle(
        h -> {
          var scanned = lastScanned(h, connectionId);
          var select =
              h.createQuery(
                  "SELECT "
                      + JdbcIdentityStore.MEMBER_COLUMNS
                      + ", first_seen, last_seen, last_acting, removed_at"
                      + where
                      + " ORDER BY email, member_id LIMIT :limit OFFSET :offset");
          binds.forEach(select::bind);
          var members =
              select
                  .bind("limit", query.perPage())
                  .bind("offset", (long) (query.page() - 1) * query.perPage())
                  .map(
                      (rs, ctx) -> {
                        var member = JdbcIdentityStore.memberRow(rs, ctx);
                        return new MemberView(
                            member,
                            member.roleIds().stream()
                                .map(id -> names.getOrDefault(id, id))
                                .toList(),
                            Instant.ofEpochMilli(rs.getLong("first_seen")),
                            Instant.ofEpochMilli(
                                rs.getObject("removed_at") == null
                                    ? Math.max(rs.getLong("last_seen"), scanned)
                                    : rs.getLong("last_seen")),
                            Rows.instant(rs, "last_acting"),
                            Rows.instant(rs, "removed_at"));
                      })
                  .list();
          var total =
              Rows.total(
                  h,
                  "SELECT COUNT(*)" + where,
                  binds,
                  query.page(),
                  query.perPage(),
                  members.size());
          return new MemberPage(members, total, query.page(), query.perPage());
        });
  }

  List<MemberChange> changes(String connectionId, Instant since, Instant until, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM member_changes WHERE connection_id = :c AND at >= :since AND at < :until"
                        + " ORDER BY at, id LIMIT :limit")
                .bind("c", connectionId)
                .bind("since", since == null ? Long.MIN_VALUE : since.toEpochMilli())
                .bind("until", until == null ? Long.MAX_VALUE : until.toEpochMilli())
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new MemberChange(
                            rs.getString("scan_id"),
                            rs.getString("member_id"),
                            rs.getString("email"),
                            rs.getString("change"),
                            rs.getString("detail"),
                            Instant.ofEpochMilli(rs.getLong("at"))))
                .list());
  }

  List<RoleRecord> roles(String connectionId) {
    return jdbi.withHandle(h -> roles(h, connectionId));
  }

  static List<RoleRecord> roles(Handle h, String connectionId) {
    return h.createQuery(
            "SELECT role_id, name, description, permissions FROM roles WHERE connection_id = :c ORDER BY name, role_id")
        .bind("c", connectionId)
        .map(
            (rs, ctx) ->
                new RoleRecord(
                    rs.getString("role_id"),
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getString("permissions")))
        .list();
  }

  /**
   * When the connection's last successful identity scan ended (epoch millis), or 0: every member
   * still current was seen by it, though its row was written only when the member changed.
   */
  static long lastScanned(Handle h, String connectionId) {
    return h.createQuery(
            "SELECT COALESCE(MAX(finished_at), 0) FROM scans"
                + " WHERE connection_id = :c AND kind = :kind AND state = 'succeeded'")
        .bind("c", connectionId)
        .bind("kind", ScanKind.IDENTITY.id())
        .mapTo(Long.class)
        .one();
  }

  Optional<AccountSecurity> security(String connectionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM account_security WHERE connection_id = :c")
                .bind("c", connectionId)
                .map(
                    (rs, ctx) ->
                        new AccountSecurity(
                            Rows.flag(rs, "enforce_two_factor"),
                            rs.getString("audit_log_problem"),
                            Rows.instant(rs, "audit_read_until"),
                            Instant.ofEpochMilli(rs.getLong("checked_at"))))
                .findOne());
  }
}
