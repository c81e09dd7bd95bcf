package dev.flarelink.core.connection;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.port.ConnectionStore;
import dev.flarelink.core.secret.SecretBox;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The connection use cases every adapter shares: create, list, get, update, delete, test (saved or
 * not) and re-seal secrets under a new key. Secrets are sealed before they are stored and opened
 * only to talk to Cloudflare. Thread-safe.
 */
public final class ConnectionService {

  private final ConnectionStore store;
  private final SecretBox box;
  private final ConnectionTester tester;
  private final ConnectionValidator validator = new ConnectionValidator();
  private final Clock clock;
  private final Supplier<String> ids;

  /** The use cases over this store, secret box and tester. */
  public ConnectionService(
      ConnectionStore store,
      SecretBox box,
      ConnectionTester tester,
      Clock clock,
      Supplier<String> ids) {
    this.store = store;
    this.box = box;
    this.tester = tester;
    this.clock = clock;
    this.ids = ids;
  }

  /** Validates and saves a connection; its secret is sealed to its new id. */
  public Connection create(String workspaceId, ConnectionInput input) {
    return create(workspaceId, input, null);
  }

  /**
   * Validates and saves a connection that was just tested with exactly this input, keeping the
   * test's outcome and the credential kind it proved, so it need not run again.
   *
   * @param tested the report of {@link #testUnsaved} for this input, or {@code null}
   */
  public Connection create(String workspaceId, ConnectionInput input, TestReport tested) {
    var spec = validator.validate(input);
    var now = now();
    var id = ids.get();
    var connection =
        new Connection(
            id,
            workspaceId,
            spec.name(),
            spec.accountId(),
            tested != null && tested.credentialKind() != null
                ? tested.credentialKind()
                : spec.credential().kind().orElse(spec.statedKind()),
            spec.statedOwner(),
            spec.credential().hint(),
            emailOf(spec.credential()),
            spec.services(),
            now,
            now,
            tested == null ? null : now,
            tested == null ? null : tested.ok());
    store.insert(connection, box.seal(secretOf(spec.credential()), id));
    return connection;
  }

  /** The workspace's connections, by name. */
  public List<Connection> list(String workspaceId) {
    return store.list(workspaceId);
  }

  /** One connection of the workspace. */
  public Connection get(String workspaceId, String id) {
    return store.find(workspaceId, id).orElseThrow(() -> new ConnectionNotFoundException(id));
  }

  /**
   * Changes a connection: every non-null field of {@code changes} replaces the saved one. A new
   * token or key replaces the whole credential (with its email and stated kind).
   */
  public Connection update(String workspaceId, String id, ConnectionInput changes) {
    var existing = get(workspaceId, id);
    var replacing = changes.token() != null || changes.key() != null;
    var current = replacing ? null : credential(existing);
    var merged =
        new ConnectionInput(
            changes.name() != null ? changes.name() : existing.name(),
            changes.accountId() != null ? changes.accountId() : existing.accountId(),
            replacing
                ? changes.credentialKind()
                : changes.credentialKind() != null
                    ? changes.credentialKind()
                    : idOf(existing.credentialKind()),
            replacing
                ? changes.tokenType()
                : changes.tokenType() != null ? changes.tokenType() : ownerOf(existing),
            replacing
                ? changes.token()
                : current instanceof GlobalApiKey ? null : secretOf(current),
            replacing ? changes.key() : current instanceof GlobalApiKey key ? key.reveal() : null,
            replacing ? changes.email() : emailOf(current),
            changes.enabledServices() != null
                ? changes.enabledServices()
                : existing.services().stream().map(Service::id).toList());
    var spec = validator.validate(merged);
    var updated =
        new Connection(
            id,
            workspaceId,
            spec.name(),
            spec.accountId(),
            replacing
                ? spec.credential().kind().orElse(spec.statedKind())
                : existing.credentialKind(),
            spec.statedOwner(),
            spec.credential().hint(),
            emailOf(spec.credential()),
            spec.services(),
            existing.createdAt(),
            now(),
            replacing ? null : existing.lastTestedAt(),
            replacing ? null : existing.lastTestOk());
    if (!store.update(updated, replacing ? box.seal(secretOf(spec.credential()), id) : null)) {
      throw new ConnectionNotFoundException(id);
    }
    return updated;
  }

  /** Deletes a connection and everything imported for it. */
  public void delete(String workspaceId, String id) {
    if (!store.delete(workspaceId, id)) {
      throw new ConnectionNotFoundException(id);
    }
  }

  /** Tests a connection that is not saved. */
  public TestReport testUnsaved(ConnectionInput input) {
    return tester.test(validator.validate(input));
  }

  /**
   * Checks a connection's input without testing or saving it.
   *
   * @throws InvalidInputException naming each field that cannot be used, with its fix
   */
  public void validate(ConnectionInput input) {
    validator.validate(input);
  }

  /** Tests a connection that is not saved, telling {@code onCheck} of each check as it ends. */
  public TestReport testUnsaved(ConnectionInput input, Consumer<Check> onCheck) {
    return tester.test(validator.validate(input), onCheck);
  }

  /** Tests a saved connection and records the outcome (and the kind Cloudflare proved). */
  public TestReport test(String workspaceId, String id) {
    var existing = get(workspaceId, id);
    var credential = credential(existing);
    var spec =
        new ConnectionSpec(
            existing.name(),
            existing.accountId(),
            credential,
            null,
            existing.statedOwner(),
            existing.services());
    var report = tester.test(spec);
    var now = now();
    var kind =
        report.credentialKind() != null ? report.credentialKind() : existing.credentialKind();
    store.update(
        new Connection(
            id,
            workspaceId,
            existing.name(),
            existing.accountId(),
            kind,
            existing.statedOwner(),
            existing.credentialHint(),
            existing.email(),
            existing.services(),
            existing.createdAt(),
            existing.updatedAt(),
            now,
            report.ok()),
        null);
    return report;
  }

  /** Re-seals every stored secret with {@code next}'s current key; returns how many. */
  public int reseal(SecretBox next) {
    var count = 0;
    for (var sealed : store.sealedSecrets()) {
      var secret = box.open(sealed.sealed(), sealed.connectionId());
      store.replaceSecret(sealed.connectionId(), next.seal(secret, sealed.connectionId()));
      count++;
    }
    return count;
  }

  /** Millisecond precision: what the store keeps, so what is returned equals what is read back. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /**
   * The credential of a saved connection, for use cases that talk to Cloudflare (tests, scans).
   * Never show or log it.
   */
  public Credential credential(Connection connection) {
    var id = connection.id();
    var sealed =
        store
            .sealedSecret(connection.workspaceId(), id)
            .orElseThrow(() -> new ConnectionNotFoundException(id));
    var secret = box.open(sealed, id);
    return connection.email() != null
        ? Credential.globalApiKey(secret, connection.email())
        : Credential.apiToken(secret);
  }

  private static String secretOf(Credential credential) {
    return switch (credential) {
      case dev.flarelink.cloudflare.auth.ApiToken token -> token.reveal();
      case GlobalApiKey key -> key.reveal();
    };
  }

  private static String emailOf(Credential credential) {
    return credential instanceof GlobalApiKey key ? key.email() : null;
  }

  private static String idOf(dev.flarelink.cloudflare.auth.CredentialKind kind) {
    return kind == null ? null : kind.id();
  }

  private static String ownerOf(Connection connection) {
    if (connection.statedOwner() == null) {
      return null;
    }
    return connection.statedOwner() == dev.flarelink.cloudflare.auth.CredentialKind.ACCOUNT_TOKEN
        ? "account"
        : "user";
  }
}
