package dev.flarelink.store;

import dev.flarelink.core.identity.AccountSecurity;
import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberQuery;
import dev.flarelink.core.identity.MemberRecord;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Identity scans in SQL, the same statements on SQLite and PostgreSQL. Thread-safe. */
public final class JdbcIdentityStore implements IdentityStore {

  static final String MEMBER_COLUMNS =
      "member_id, user_id, email, name, status, two_factor, roles, policies";

  private final Jdbi jdbi;
  private final IdentityReads reads;
  private final Statistics statistics;

  /** A store over this database. */
  public JdbcIdentityStore(Database database) {
    this.jdbi = database.jdbi();
    this.reads = new IdentityReads(jdbi, database.kind());
    this.statistics = new Statistics(database, "members, member_changes");
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
                .bind("two_factor", Rows.flag(m.twoFactor()))
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
                  "UPDATE scans SET next_page = :next, pages = pages + 1, items = :items, heartbeat_at = :now WHERE id = :id")
              .bind("now", now.toEpochMilli())
              .bind("next", nextPage)
              .bind("items", items)
              .bind("id", scanId)
              .execute();
        });
    statistics.wrote(members.size() + changes.size());
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
      var id = UUID.randomUUID().toString();
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
          var stored = new HashMap<String, RoleRecord>();
          IdentityReads.roles(h, connectionId).forEach(r -> stored.put(r.roleId(), r));
          for (var role : roles) {
            if (role.equals(stored.remove(role.roleId()))) {
              continue;
            }
            h.createUpdate(
                    "INSERT INTO roles (connection_id, role_id, name, description, permissions) VALUES (:c, :id, :name, :description, :permissions)"
                        + " ON CONFLICT (connection_id, role_id) DO UPDATE SET name = excluded.name,"
                        + " description = excluded.description, permissions = excluded.permissions")
                .bind("c", connectionId)
                .bind("id", role.roleId())
                .bind("name", role.name())
                .bind("description", role.description())
                .bind("permissions", role.permissions())
                .execute();
          }
          for (var gone : stored.keySet()) {
            h.createUpdate("DELETE FROM roles WHERE connection_id = :c AND role_id = :id")
                .bind("c", connectionId)
                .bind("id", gone)
                .execute();
          }
        });
  }

  @Override
  public List<MemberChange> complete(
      String scanId, String connectionId, Set<String> seen, Instant now) {
    var changes = jdbi.inTransaction(h -> complete(h, scanId, connectionId, seen, now));
    // The scan ended here, not through the scan store: settle what it wrote.
    statistics.settle();
    return changes;
  }

  private List<MemberChange> complete(
      Handle h, String scanId, String connectionId, Set<String> seen, Instant now) {
    var gone =
        h
            .createQuery(
                "SELECT "
                    + MEMBER_COLUMNS
                    + " FROM members WHERE connection_id = :c AND removed_at IS NULL")
            .bind("c", connectionId)
            .map(JdbcIdentityStore::memberRow)
            .stream()
            .filter(m -> !seen.contains(m.memberId()))
            .toList();
    var changes = new ArrayList<MemberChange>();
    gone.forEach(
        m -> changes.add(new MemberChange(scanId, m.memberId(), m.email(), "left", null, now)));
    insertChanges(h, connectionId, changes);
    if (!gone.isEmpty()) {
      var previous = IdentityReads.lastScanned(h, connectionId);
      var remove =
          h.prepareBatch(
              "UPDATE members SET removed_at = :at,"
                  + " last_seen = CASE WHEN last_seen < :previous THEN :previous ELSE last_seen END"
                  + " WHERE connection_id = :c AND member_id = :m");
      for (var m : gone) {
        remove
            .bind("at", now.toEpochMilli())
            .bind("previous", previous)
            .bind("c", connectionId)
            .bind("m", m.memberId())
            .add();
      }
      remove.execute();
    }
    h.createUpdate(
            "UPDATE scans SET state = 'succeeded', waiting_until = NULL, finished_at = :at WHERE id = :id")
        .bind("at", now.toEpochMilli())
        .bind("id", scanId)
        .execute();
    return changes;
  }

  @Override
  public List<MemberRecord> currentMembers(String connectionId) {
    return reads.currentMembers(connectionId);
  }

  @Override
  public MemberPage members(String connectionId, MemberQuery query) {
    return reads.members(connectionId, query);
  }

  @Override
  public List<MemberChange> changes(String connectionId) {
    return reads.changes(connectionId, null, null, Integer.MAX_VALUE);
  }

  @Override
  public List<MemberChange> changes(String connectionId, Instant since, Instant until, int limit) {
    return reads.changes(connectionId, since, until, limit);
  }

  @Override
  public List<RoleRecord> roles(String connectionId) {
    return reads.roles(connectionId);
  }

  @Override
  public Optional<AccountSecurity> security(String connectionId) {
    return reads.security(connectionId);
  }

  @Override
  public void saveSecurity(String connectionId, AccountSecurity security) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO account_security (connection_id, enforce_two_factor, audit_log_problem, audit_read_until, checked_at)"
                        + " VALUES (:c, :enforce, :problem, :until, :at) ON CONFLICT (connection_id) DO UPDATE SET"
                        + " enforce_two_factor = excluded.enforce_two_factor, audit_log_problem = excluded.audit_log_problem,"
                        + " audit_read_until = excluded.audit_read_until, checked_at = excluded.checked_at")
                .bind("c", connectionId)
                .bind("enforce", Rows.flag(security.enforceTwoFactor()))
                .bind("problem", security.auditLogProblem())
                .bind("until", Rows.millis(security.auditReadUntil()))
                .bind("at", security.checkedAt().toEpochMilli())
                .execute());
  }

  @Override
  public void recordActing(String connectionId, Map<String, Instant> lastActingByUserId) {
    if (lastActingByUserId.isEmpty()) {
      return;
    }
    var updated =
        jdbi.inTransaction(
            h -> {
              var batch =
                  h.prepareBatch(
                      "UPDATE members SET last_acting = :at WHERE connection_id = :c AND user_id = :user"
                          + " AND (last_acting IS NULL OR last_acting < :at)");
              lastActingByUserId.forEach(
                  (user, at) ->
                      batch
                          .bind("at", at.toEpochMilli())
                          .bind("c", connectionId)
                          .bind("user", user)
                          .add());
              return IntStream.of(batch.execute()).filter(n -> n > 0).sum();
            });
    statistics.wrote(updated);
  }

  static MemberRecord memberRow(ResultSet rs, StatementContext ctx) throws SQLException {
    var roles = rs.getString("roles");
    return new MemberRecord(
        rs.getString("member_id"),
        rs.getString("user_id"),
        rs.getString("email"),
        rs.getString("name"),
        rs.getString("status"),
        Rows.flag(rs, "two_factor"),
        roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
        rs.getString("policies"));
  }
}
