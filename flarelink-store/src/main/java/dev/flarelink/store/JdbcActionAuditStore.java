package dev.flarelink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.action.ActionAuditStore;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.ActionStatus;
import dev.flarelink.core.action.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The action audit trail in SQL, the same statements on SQLite and PostgreSQL. Thread-safe. */
public final class JdbcActionAuditStore implements ActionAuditStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;

  /** A store over this database. */
  public JdbcActionAuditStore(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public void record(ActionRun run) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO action_runs (id, workspace_id, connection_id, action, face, caller, input,"
                        + " dry_run, status, changes, detail, at, millis) VALUES (:id, :w, :c, :action, :face,"
                        + " :caller, :input, :dry, :status, :changes, :detail, :at, :millis)")
                .bind("id", run.id())
                .bind("w", run.workspaceId())
                .bind("c", run.connectionId())
                .bind("action", run.action())
                .bind("face", run.caller().face())
                .bind("caller", run.caller().identity())
                .bind("input", write(run.input()))
                .bind("dry", run.dryRun() ? 1 : 0)
                .bind("status", run.status().id())
                .bind("changes", write(run.changes()))
                .bind("detail", run.detail())
                .bind("at", run.at().toEpochMilli())
                .bind("millis", run.millis())
                .execute());
  }

  @Override
  public List<ActionRun> runs(String connectionId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM action_runs WHERE connection_id = :c ORDER BY at DESC, id LIMIT :limit")
                .bind("c", connectionId)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new ActionRun(
                            rs.getString("id"),
                            rs.getString("workspace_id"),
                            rs.getString("connection_id"),
                            rs.getString("action"),
                            new Caller(rs.getString("face"), rs.getString("caller")),
                            read(
                                rs.getString("input"), new TypeReference<Map<String, Object>>() {}),
                            rs.getInt("dry_run") == 1,
                            Rows.known(
                                rs, "action_runs", "status", ActionStatus.class, ActionStatus::id),
                            read(rs.getString("changes"), new TypeReference<List<String>>() {}),
                            rs.getString("detail"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getLong("millis")))
                .list());
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot record an action's input as JSON", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit row holds invalid JSON", e);
    }
  }
}
