package dev.flarelink.store;

import dev.flarelink.core.access.Workspace;
import dev.flarelink.core.access.WorkspaceStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Workspaces: the tenants that own connections. Thread-safe. */
public final class JdbcWorkspaceStore implements WorkspaceStore {

  private final Jdbi jdbi;

  /** A store over this database. */
  public JdbcWorkspaceStore(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public Workspace create(String id, String name, Instant now) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO workspaces (id, name, created_at) VALUES (:id, :name, :at)")
                .bind("id", id)
                .bind("name", name)
                .bind("at", now.toEpochMilli())
                .execute());
    return new Workspace(id, name, now);
  }

  @Override
  public Optional<Workspace> find(String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT id, name, created_at FROM workspaces WHERE id = :id")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new Workspace(
                            rs.getString("id"),
                            rs.getString("name"),
                            Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne());
  }

  @Override
  public List<Workspace> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT id, name, created_at FROM workspaces ORDER BY name")
                .map(
                    (rs, ctx) ->
                        new Workspace(
                            rs.getString("id"),
                            rs.getString("name"),
                            Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
  }
}
