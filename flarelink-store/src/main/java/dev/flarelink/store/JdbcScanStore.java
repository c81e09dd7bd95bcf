package dev.flarelink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanStore;
import dev.flarelink.core.scan.ScanWarning;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Scan progress and leases in SQL, the same statements on SQLite and PostgreSQL. Thread-safe. */
public final class JdbcScanStore implements ScanStore {

  private static final String UNFINISHED =
      "connection_id = :c AND kind = :kind AND finished_at IS NULL";

  private final Database database;
  private final Jdbi jdbi;

  /** A store over this database. */
  public JdbcScanStore(Database database) {
    this.database = database;
    this.jdbi = database.jdbi();
  }

  @Override
  public Claim claim(
      String connectionId,
      ScanKind kind,
      String owner,
      ScanCause cause,
      String newScanId,
      Instant now,
      Instant staleBefore) {
    // Each step is one statement, so a racing process meets the unique index, not a lost update.
    for (int attempt = 0; attempt < 5; attempt++) {
      var created =
          jdbi.withHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO scans (id, connection_id, kind, state, cause, next_page, pages, items, requests,"
                              + " started_at, owner, heartbeat_at) VALUES (:id, :c, :kind, 'running', :cause, 1, 0, 0, 0,"
                              + " :now, :owner, :now) ON CONFLICT DO NOTHING")
                      .bind("id", newScanId)
                      .bind("c", connectionId)
                      .bind("kind", kind.id())
                      .bind("cause", cause.id())
                      .bind("now", now.toEpochMilli())
                      .bind("owner", owner)
                      .execute());
      if (created == 1) {
        return new Claim(scan(newScanId).orElseThrow(), true);
      }
      var taken =
          jdbi.withHandle(
              h ->
                  h.createUpdate(
                          "UPDATE scans SET owner = :owner, heartbeat_at = :now, state = 'running', waiting_until = NULL WHERE "
                              + UNFINISHED
                              + " AND (owner IS NULL OR owner = :owner OR heartbeat_at IS NULL OR heartbeat_at < :stale)")
                      .bind("owner", owner)
                      .bind("now", now.toEpochMilli())
                      .bind("c", connectionId)
                      .bind("kind", kind.id())
                      .bind("stale", staleBefore.toEpochMilli())
                      .execute());
      var current = unfinished(connectionId, kind);
      if (current.isPresent()) {
        return new Claim(current.get(), taken == 1);
      }
    }
    throw new IllegalStateException("Could not claim the scan of connection " + connectionId);
  }

  @Override
  public boolean progress(String scanId, String owner, Progress progress, Instant now) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE scans SET state = :state, requests = :requests, budget_limit = :limit,"
                            + " budget_remaining = :remaining, waiting_until = :until, heartbeat_at = :now"
                            + " WHERE id = :id AND owner = :owner AND finished_at IS NULL")
                    .bind("state", progress.state())
                    .bind("requests", progress.requests())
                    .bind("limit", progress.budgetLimit())
                    .bind("remaining", progress.budgetRemaining())
                    .bind(
                        "until",
                        progress.waitingUntil() == null
                            ? null
                            : progress.waitingUntil().toEpochMilli())
                    .bind("now", now.toEpochMilli())
                    .bind("id", scanId)
                    .bind("owner", owner)
                    .execute())
        == 1;
  }

  @Override
  public void note(String scanId, List<ScanWarning> warnings, int skipped) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE scans SET warnings = :warnings, skipped = :skipped"
                        + " WHERE id = :id AND finished_at IS NULL")
                .bind("warnings", warnings.isEmpty() ? null : json(warnings))
                .bind("skipped", skipped)
                .bind("id", scanId)
                .execute());
  }

  @Override
  public void release(String scanId, String owner) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE scans SET owner = NULL, state = 'running', waiting_until = NULL"
                        + " WHERE id = :id AND owner = :owner AND finished_at IS NULL")
                .bind("id", scanId)
                .bind("owner", owner)
                .execute());
  }

  @Override
  public void succeed(String scanId, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE scans SET state = 'succeeded', waiting_until = NULL, finished_at = :at"
                        + " WHERE id = :id AND finished_at IS NULL")
                .bind("at", now.toEpochMilli())
                .bind("id", scanId)
                .execute());
    database.settleStatistics();
  }

  @Override
  public void fail(String scanId, String error, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE scans SET state = 'failed', error = :error, waiting_until = NULL, finished_at = :at"
                        + " WHERE id = :id AND finished_at IS NULL")
                .bind("error", error)
                .bind("at", now.toEpochMilli())
                .bind("id", scanId)
                .execute());
    database.settleStatistics();
  }

  @Override
  public Optional<ScanState> scan(String scanId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM scans WHERE id = :id")
                .bind("id", scanId)
                .map(JdbcScanStore::scanRow)
                .findOne());
  }

  @Override
  public Optional<ScanState> unfinished(String connectionId, ScanKind kind) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM scans WHERE " + UNFINISHED)
                .bind("c", connectionId)
                .bind("kind", kind.id())
                .map(JdbcScanStore::scanRow)
                .findFirst());
  }

  @Override
  public Optional<ScanState> lastSucceeded(String connectionId, ScanKind kind) {
    return last(connectionId, kind, "state = 'succeeded'");
  }

  @Override
  public Optional<ScanState> lastFinished(String connectionId, ScanKind kind) {
    return last(connectionId, kind, "finished_at IS NOT NULL");
  }

  /** The connection's newest ended scan of this kind that meets {@code condition} (SQL). */
  private Optional<ScanState> last(String connectionId, ScanKind kind, String condition) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM scans WHERE connection_id = :c AND kind = :kind AND "
                        + condition
                        + " ORDER BY finished_at DESC, id LIMIT 1")
                .bind("c", connectionId)
                .bind("kind", kind.id())
                .map(JdbcScanStore::scanRow)
                .findFirst());
  }

  @Override
  public List<ScanState> scans(String connectionId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM scans WHERE connection_id = :c ORDER BY started_at DESC, id LIMIT :limit")
                .bind("c", connectionId)
                .bind("limit", limit)
                .map(JdbcScanStore::scanRow)
                .list());
  }

  @Override
  public List<Due> due(ScanKind kind, Instant startedBefore, Instant staleBefore) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT c.workspace_id, c.id FROM connections c"
                        + " WHERE "
                        + Rows.holdsText(database.kind(), "c.services", "service")
                        + " AND NOT EXISTS (SELECT 1 FROM scans s WHERE s.connection_id = c.id AND s.kind = :kind"
                        + "   AND s.finished_at IS NULL AND s.heartbeat_at >= :stale)"
                        + " AND (EXISTS (SELECT 1 FROM scans s WHERE s.connection_id = c.id AND s.kind = :kind"
                        + "   AND s.finished_at IS NULL)"
                        + "  OR NOT EXISTS (SELECT 1 FROM scans s WHERE s.connection_id = c.id AND s.kind = :kind"
                        + "   AND s.started_at >= :since))"
                        + " ORDER BY c.id")
                .bind("service", kind.service().id())
                .bind("kind", kind.id())
                .bind("stale", staleBefore.toEpochMilli())
                .bind("since", startedBefore.toEpochMilli())
                .map((rs, ctx) -> new Due(rs.getString(1), rs.getString(2)))
                .list());
  }

  @Override
  public List<Due> interrupted(ScanKind kind, Instant staleBefore) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT c.workspace_id, c.id FROM connections c"
                        + " WHERE "
                        + Rows.holdsText(database.kind(), "c.services", "service")
                        + " AND EXISTS (SELECT 1 FROM scans s WHERE s.connection_id = c.id AND s.kind = :kind"
                        + "   AND s.finished_at IS NULL)"
                        + " AND NOT EXISTS (SELECT 1 FROM scans s WHERE s.connection_id = c.id AND s.kind = :kind"
                        + "   AND s.finished_at IS NULL AND s.heartbeat_at >= :stale)"
                        + " ORDER BY c.id")
                .bind("service", kind.service().id())
                .bind("kind", kind.id())
                .bind("stale", staleBefore.toEpochMilli())
                .map((rs, ctx) -> new Due(rs.getString(1), rs.getString(2)))
                .list());
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final TypeReference<List<ScanWarning>> WARNINGS = new TypeReference<>() {};

  private static String json(List<ScanWarning> warnings) {
    try {
      return JSON.writeValueAsString(warnings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot record a scan's warnings as JSON", e);
    }
  }

  private static List<ScanWarning> warnings(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, WARNINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A scan row holds invalid warnings JSON", e);
    }
  }

  static ScanState scanRow(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ScanState(
        rs.getString("id"),
        rs.getString("connection_id"),
        Rows.known(rs, "scans", "kind", ScanKind.class, ScanKind::id),
        rs.getString("state"),
        Rows.known(rs, "scans", "cause", ScanCause.class, ScanCause::id),
        rs.getInt("next_page"),
        rs.getString("cursor"),
        rs.getInt("pages"),
        rs.getInt("items"),
        rs.getInt("requests"),
        Rows.integer(rs, "budget_limit"),
        Rows.integer(rs, "budget_remaining"),
        Rows.instant(rs, "waiting_until"),
        rs.getString("error"),
        warnings(rs.getString("warnings")),
        rs.getInt("skipped"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        Rows.instant(rs, "finished_at"),
        Rows.instant(rs, "heartbeat_at"));
  }
}
