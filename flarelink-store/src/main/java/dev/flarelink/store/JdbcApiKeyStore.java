package dev.flarelink.store;

import dev.flarelink.core.access.ApiKey;
import dev.flarelink.core.access.ApiKeyStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** API keys in the database, by their hashes. Thread-safe. */
public final class JdbcApiKeyStore implements ApiKeyStore {

  private static final String COLUMNS = "id, workspace_id, name, hint, admin, created_at";

  private static final RowMapper<ApiKey> ROW =
      (rs, ctx) ->
          new ApiKey(
              rs.getString("id"),
              rs.getString("workspace_id"),
              rs.getString("name"),
              rs.getString("hint"),
              rs.getInt("admin") == 1,
              Instant.ofEpochMilli(rs.getLong("created_at")));

  private final Jdbi jdbi;

  /** A store over this database. */
  public JdbcApiKeyStore(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public void add(ApiKey key, String keyHash) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO api_keys (id, workspace_id, name, key_hash, hint, admin, created_at) VALUES (:id, :w, :name, :hash, :hint, :admin, :at)")
                .bind("id", key.id())
                .bind("w", key.workspaceId())
                .bind("name", key.name())
                .bind("hash", keyHash)
                .bind("hint", key.hint())
                .bind("admin", key.admin() ? 1 : 0)
                .bind("at", key.createdAt().toEpochMilli())
                .execute());
  }

  @Override
  public Optional<ApiKey> findLive(String keyHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM api_keys WHERE key_hash = :hash AND revoked_at IS NULL")
                .bind("hash", keyHash)
                .map(ROW)
                .findOne());
  }

  @Override
  public boolean hasAdmin() {
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT COUNT(*) FROM api_keys WHERE admin = 1 AND revoked_at IS NULL")
                    .mapTo(Integer.class)
                    .one())
        > 0;
  }

  @Override
  public List<ApiKey> list(String workspaceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM api_keys WHERE workspace_id = :w AND revoked_at IS NULL"
                        + " ORDER BY created_at")
                .bind("w", workspaceId)
                .map(ROW)
                .list());
  }

  @Override
  public boolean revoke(String workspaceId, String id, Instant now) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE api_keys SET revoked_at = :at WHERE workspace_id = :w AND id = :id AND revoked_at IS NULL")
                    .bind("at", now.toEpochMilli())
                    .bind("w", workspaceId)
                    .bind("id", id)
                    .execute())
        == 1;
  }
}
