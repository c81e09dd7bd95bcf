package dev.flarelink.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * API keys of the service. A key is shown once when made and stored only as its SHA-256 hash; each
 * belongs to one workspace, and admin keys may also manage workspaces and keys. Thread-safe.
 */
public final class JdbcApiKeyStore {

  /** A stored key, without the key itself. */
  public record ApiKey(
      String id, String workspaceId, String name, String hint, boolean admin, Instant createdAt) {}

  /** A key just made: the only time its value is known. */
  public record NewKey(ApiKey key, String value) {
    @Override
    public String toString() {
      return "NewKey[" + key + "]";
    }
  }

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;

  private static final RowMapper<ApiKey> ROW =
      (rs, ctx) ->
          new ApiKey(
              rs.getString("id"),
              rs.getString("workspace_id"),
              rs.getString("name"),
              rs.getString("hint"),
              rs.getInt("admin") == 1,
              Instant.ofEpochMilli(rs.getLong("created_at")));

  /** A store over this database. */
  public JdbcApiKeyStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** A new random key value: {@code flk_} and 40 characters. */
  public static String newValue() {
    var text = new StringBuilder("flk_");
    for (int i = 0; i < 40; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  /** Stores a key with the given value (a generated one, or FLARELINK_ADMIN_KEY). */
  public NewKey add(
      String id, String workspaceId, String name, String value, boolean admin, Instant now) {
    var hint = "…" + value.substring(Math.max(0, value.length() - 4));
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO api_keys (id, workspace_id, name, key_hash, hint, admin, created_at) VALUES (:id, :w, :name, :hash, :hint, :admin, :at)")
                .bind("id", id)
                .bind("w", workspaceId)
                .bind("name", name)
                .bind("hash", hash(value))
                .bind("hint", hint)
                .bind("admin", admin ? 1 : 0)
                .bind("at", now.toEpochMilli())
                .execute());
    return new NewKey(new ApiKey(id, workspaceId, name, hint, admin, now), value);
  }

  /** The live key with this value, if any. */
  public Optional<ApiKey> authenticate(String value) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, workspace_id, name, hint, admin, created_at FROM api_keys WHERE key_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash(value))
                .map(ROW)
                .findOne());
  }

  /** Whether any live admin key exists. */
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

  /** The keys of a workspace (never their values). */
  public List<ApiKey> list(String workspaceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, workspace_id, name, hint, admin, created_at FROM api_keys WHERE workspace_id = :w AND revoked_at IS NULL ORDER BY created_at")
                .bind("w", workspaceId)
                .map(ROW)
                .list());
  }

  /** Revokes a key of a workspace; returns whether it was live. */
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

  static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
