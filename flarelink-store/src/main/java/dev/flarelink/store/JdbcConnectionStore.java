package dev.flarelink.store;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionStore;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.DuplicateNameException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Connections in SQL, the same statements on SQLite and PostgreSQL. Thread-safe. */
public final class JdbcConnectionStore implements ConnectionStore {

  private static final String COLUMNS =
      "id, workspace_id, name, account_id, credential_kind, stated_owner, credential_hint, email, services,"
          + " created_at, updated_at, last_tested_at, last_test_ok, last_test_summary";

  private final Jdbi jdbi;

  /** A store over this database. */
  public JdbcConnectionStore(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public void insert(Connection c, byte[] sealedSecret) {
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO connections ("
                          + COLUMNS
                          + ", secret) VALUES (:id, :workspace, :name, :account, :kind, :owner,"
                          + " :hint, :email, :services, :created, :updated, :tested, :ok, :summary, :secret)")
                  .bindMap(fields(c))
                  .bind("secret", sealedSecret)
                  .execute());
    } catch (UnableToExecuteStatementException e) {
      throw duplicateOr(e, c.name());
    }
  }

  @Override
  public Optional<Connection> find(String workspaceId, String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT " + COLUMNS + " FROM connections WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId)
                .bind("id", id)
                .map(JdbcConnectionStore::row)
                .findOne());
  }

  @Override
  public List<Connection> list(String workspaceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM connections WHERE workspace_id = :w ORDER BY name, id")
                .bind("w", workspaceId)
                .map(JdbcConnectionStore::row)
                .list());
  }

  @Override
  public Optional<byte[]> sealedSecret(String workspaceId, String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT secret FROM connections WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId)
                .bind("id", id)
                .mapTo(byte[].class)
                .findOne());
  }

  @Override
  public boolean update(Connection c, byte[] sealedSecret) {
    try {
      return jdbi.withHandle(
              handle ->
                  handle
                      .createUpdate(
                          "UPDATE connections SET name = :name, account_id = :account, credential_kind = :kind, stated_owner = :owner,"
                              + " credential_hint = :hint, email = :email, services = :services, updated_at = :updated,"
                              + " last_tested_at = :tested, last_test_ok = :ok, last_test_summary = :summary, secret = COALESCE(:secret, secret)"
                              + " WHERE workspace_id = :workspace AND id = :id")
                      .bindMap(fields(c))
                      .bindByType("secret", sealedSecret, byte[].class)
                      .execute())
          == 1;
    } catch (UnableToExecuteStatementException e) {
      throw duplicateOr(e, c.name());
    }
  }

  @Override
  public boolean delete(String workspaceId, String id) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate("DELETE FROM connections WHERE workspace_id = :w AND id = :id")
                    .bind("w", workspaceId)
                    .bind("id", id)
                    .execute())
        == 1;
  }

  @Override
  public void recordTest(String id, Instant at, boolean ok) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE connections SET last_tested_at = :at, last_test_ok = :ok WHERE id = :id")
                .bind("at", at.toEpochMilli())
                .bind("ok", ok ? 1 : 0)
                .bind("id", id)
                .execute());
  }

  @Override
  public List<SealedSecret> sealedSecrets() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT id, secret FROM connections ORDER BY id")
                .map((rs, ctx) -> new SealedSecret(rs.getString("id"), rs.getBytes("secret")))
                .list());
  }

  @Override
  public void replaceSecret(String connectionId, byte[] sealed) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("UPDATE connections SET secret = :secret WHERE id = :id")
                .bind("secret", sealed)
                .bind("id", connectionId)
                .execute());
  }

  private static RuntimeException duplicateOr(UnableToExecuteStatementException e, String name) {
    var message =
        String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
            .toLowerCase(Locale.ROOT);
    if (message.contains("unique") || message.contains("duplicate")) {
      return DuplicateNameException.connection(name);
    }
    return e;
  }

  /** The named values of a connection's columns (the update ignores those it does not set). */
  private static Map<String, Object> fields(Connection c) {
    var fields = new HashMap<String, Object>();
    fields.put("id", c.id());
    fields.put("workspace", c.workspaceId());
    fields.put("name", c.name());
    fields.put("account", c.accountId());
    fields.put("kind", id(c.credentialKind()));
    fields.put("owner", id(c.statedOwner()));
    fields.put("hint", c.credentialHint());
    fields.put("email", c.email());
    fields.put("services", services(c.services()));
    fields.put("created", c.createdAt().toEpochMilli());
    fields.put("updated", c.updatedAt().toEpochMilli());
    fields.put("tested", c.lastTestedAt() == null ? null : c.lastTestedAt().toEpochMilli());
    fields.put("ok", c.lastTestOk() == null ? null : c.lastTestOk() ? 1 : 0);
    fields.put("summary", c.lastTestSummary());
    return fields;
  }

  private static String id(CredentialKind kind) {
    return kind == null ? null : kind.id();
  }

  private static String services(List<Service> services) {
    return Rows.texts(services.stream().map(Service::id).toList());
  }

  private static Connection row(ResultSet rs, StatementContext context) throws SQLException {
    var services =
        Rows.texts(rs, "connections", "services").stream()
            .map(
                id ->
                    Service.fromId(id)
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "Column connections.services holds the unknown service \""
                                        + id
                                        + "\": the row was written by another version of"
                                        + " Flarelink or by hand; correct the row or run the"
                                        + " version that wrote it")))
            .toList();
    return Connection.builder()
        .id(rs.getString("id"))
        .workspaceId(rs.getString("workspace_id"))
        .name(rs.getString("name"))
        .accountId(rs.getString("account_id"))
        .credentialKind(CredentialKind.fromId(rs.getString("credential_kind")).orElse(null))
        .statedOwner(CredentialKind.fromId(rs.getString("stated_owner")).orElse(null))
        .credentialHint(rs.getString("credential_hint"))
        .email(rs.getString("email"))
        .services(services)
        .createdAt(Instant.ofEpochMilli(rs.getLong("created_at")))
        .updatedAt(Instant.ofEpochMilli(rs.getLong("updated_at")))
        .lastTestedAt(Rows.instant(rs, "last_tested_at"))
        .lastTestOk(Rows.flag(rs, "last_test_ok"))
        .lastTestSummary(rs.getString("last_test_summary"))
        .build();
  }
}
