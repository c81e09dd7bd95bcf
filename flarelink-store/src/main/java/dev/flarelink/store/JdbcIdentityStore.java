package dev.flarelink.store;

import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberRecord;
import dev.flarelink.core.identity.ScanState;
import dev.flarelink.core.port.IdentityStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Identity scans in SQL, the same statements on SQLite and PostgreSQL. Thread-safe. */
public final class JdbcIdentityStore implements IdentityStore {

  private static final String MEMBER_COLUMNS =
      "member_id, user_id, email, name, status, two_factor, roles, policies";

  private final Jdbi jdbi;

  /** A store over this database. */
  public JdbcIdentityStore(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public ScanState start(String scanId, String connectionId, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO scans (id, connection_id, kind, state, next_page, pages, items, started_at)"
                        + " VALUES (:id, :c, 'identity', 'running', 1, 0, 0, :at)")
                .bind("id", scanId)
                .bind("c", connectionId)
                .bind("at", now.toEpochMilli())
                .execute());
    return scan(scanId).orElseThrow();
  }

  @Override
  public Optional<ScanState> unfinished(String connectionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM scans WHERE connection_id = :c AND kind = 'identity' AND state = 'running' ORDER BY started_at DESC")
                .bind("c", connectionId)
                .map(JdbcIdentityStore::scanRow)
                .findFirst());
  }

  @Override
  public Optional<ScanState> scan(String scanId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM scans WHERE id = :id")
                .bind("id", scanId)
                .map(JdbcIdentityStore::scanRow)
                .findOne());
  }

  @Override
  public Map<String, MemberRecord> members(String connectionId, List<String> memberIds) {
    if (memberIds.isEmpty()) {
      return Map.of();
    }
    var found =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT "
                            + MEMBER_COLUMNS
                            + " FROM members WHERE connection_id = :c AND removed_at IS NULL AND member_id IN (<ids>)")
                    .bind("c", connectionId)
                    .bindList("ids", memberIds)
                    .map(JdbcIdentityStore::memberRow)
                    .list());
    var map = new HashMap<String, MemberRecord>();
    found.forEach(m -> map.put(m.memberId(), m));
    return map;
  }

  @Override
  public void savePage(
      String scanId,
      String connectionId,
      List<MemberRecord> members,
      List<MemberChange> changes,
      int nextPage,
      int items,
      Instant now) {
    jdbi.useTransaction(
        h -> {
          var upsert =
              h.prepareBatch(
                  "INSERT INTO members (connection_id, "
                      + MEMBER_COLUMNS
                      + ", first_seen, last_seen, last_scan, removed_at)"
                      + " VALUES (:c, :member_id, :user_id, :email, :name, :status, :two_factor, :roles, :policies, :now, :now, :scan, NULL)"
                      + " ON CONFLICT (connection_id, member_id) DO UPDATE SET user_id = excluded.user_id, email = excluded.email, name = excluded.name,"
                      + " status = excluded.status, two_factor = excluded.two_factor, roles = excluded.roles, policies = excluded.policies,"
                      + " last_seen = excluded.last_seen, last_scan = excluded.last_scan, removed_at = NULL");
          for (var m : members) {
            upsert
                .bind("c", connectionId)
                .bind("member_id", m.memberId())
                .bind("user_id", m.userId())
                .bind("email", m.email())
                .bind("name", m.name())
                .bind("status", m.status())
                .bind("two_factor", m.twoFactor() == null ? null : m.twoFactor() ? 1 : 0)
                .bind("roles", String.join(",", m.roleIds()))
                .bind("policies", m.policies())
                .bind("now", now.toEpochMilli())
                .bind("scan", scanId)
                .add();
          }
          if (!members.isEmpty()) {
            upsert.execute();
          }
          insertChanges(h, connectionId, changes);
          h.createUpdate(
                  "UPDATE scans SET next_page = :next, pages = pages + 1, items = :items WHERE id = :id")
              .bind("next", nextPage)
              .bind("items", items)
              .bind("id", scanId)
              .execute();
        });
  }

  private static void insertChanges(Handle h, String connectionId, List<MemberChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    var batch =
        h.prepareBatch(
            "INSERT INTO member_changes (id, connection_id, scan_id, member_id, email, change, detail, at)"
                + " VALUES (:id, :c, :scan, :member, :email, :change, :detail, :at)");
    for (var change : changes) {
      var id = java.util.UUID.randomUUID().toString();
      batch
          .bind("id", id)
          .bind("c", connectionId)
          .bind("scan", change.scanId())
          .bind("member", change.memberId())
          .bind("email", change.email())
          .bind("change", change.change())
          .bind("detail", change.detail())
          .bind("at", change.at().toEpochMilli())
          .add();
    }
    batch.execute();
  }

  @Override
  public void saveRoles(String connectionId, List<RoleRecord> roles) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM roles WHERE connection_id = :c")
              .bind("c", connectionId)
              .execute();
          for (var role : roles) {
            h.createUpdate(
                    "INSERT INTO roles (connection_id, role_id, name, description, permissions) VALUES (:c, :id, :name, :description, :permissions)")
                .bind("c", connectionId)
                .bind("id", role.roleId())
                .bind("name", role.name())
                .bind("description", role.description())
                .bind("permissions", role.permissions())
                .execute();
          }
        });
  }

  @Override
  public List<MemberChange> complete(String scanId, String connectionId, Instant now) {
    return jdbi.inTransaction(
        h -> {
          var gone =
              h.createQuery(
                      "SELECT "
                          + MEMBER_COLUMNS
                          + " FROM members WHERE connection_id = :c AND removed_at IS NULL AND last_scan <> :scan")
                  .bind("c", connectionId)
                  .bind("scan", scanId)
                  .map(JdbcIdentityStore::memberRow)
                  .list();
          var changes = new ArrayList<MemberChange>();
          gone.forEach(
              m ->
                  changes.add(
                      new MemberChange(scanId, m.memberId(), m.email(), "left", null, now)));
          insertChanges(h, connectionId, changes);
          h.createUpdate(
                  "UPDATE members SET removed_at = :at WHERE connection_id = :c AND removed_at IS NULL AND last_scan <> :scan")
              .bind("at", now.toEpochMilli())
              .bind("c", connectionId)
              .bind("scan", scanId)
              .execute();
          h.createUpdate("UPDATE scans SET state = 'succeeded', finished_at = :at WHERE id = :id")
              .bind("at", now.toEpochMilli())
              .bind("id", scanId)
              .execute();
          return changes;
        });
  }

  @Override
  public void fail(String scanId, String error, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE scans SET state = 'failed', error = :error, finished_at = :at WHERE id = :id")
                .bind("error", error)
                .bind("at", now.toEpochMilli())
                .bind("id", scanId)
                .execute());
  }

  @Override
  public List<MemberRecord> currentMembers(String connectionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + MEMBER_COLUMNS
                        + " FROM members WHERE connection_id = :c AND removed_at IS NULL ORDER BY email, member_id")
                .bind("c", connectionId)
                .map(JdbcIdentityStore::memberRow)
                .list());
  }

  @Override
  public List<MemberChange> changes(String connectionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM member_changes WHERE connection_id = :c ORDER BY at, id")
                .bind("c", connectionId)
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

  @Override
  public List<RoleRecord> roles(String connectionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT role_id, name, description, permissions FROM roles WHERE connection_id = :c ORDER BY name")
                .bind("c", connectionId)
                .map(
                    (rs, ctx) ->
                        new RoleRecord(
                            rs.getString("role_id"),
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getString("permissions")))
                .list());
  }

  private static MemberRecord memberRow(ResultSet rs, StatementContext ctx) throws SQLException {
    var twoFactor = rs.getInt("two_factor");
    var twoFactorNull = rs.wasNull();
    var roles = rs.getString("roles");
    return new MemberRecord(
        rs.getString("member_id"),
        rs.getString("user_id"),
        rs.getString("email"),
        rs.getString("name"),
        rs.getString("status"),
        twoFactorNull ? null : twoFactor == 1,
        roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
        rs.getString("policies"));
  }

  private static ScanState scanRow(ResultSet rs, StatementContext ctx) throws SQLException {
    var finished = rs.getLong("finished_at");
    var finishedNull = rs.wasNull();
    return new ScanState(
        rs.getString("id"),
        rs.getString("connection_id"),
        rs.getString("state"),
        rs.getInt("next_page"),
        rs.getInt("pages"),
        rs.getInt("items"),
        rs.getString("error"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        finishedNull ? null : Instant.ofEpochMilli(finished));
  }
}
