package dev.flarelink.core.connect;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionSpec;
import dev.flarelink.core.connection.ConnectionStore;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.error.ConnectionNotFoundException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.InvalidInputException.Problem;
import dev.flarelink.core.secret.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The connection use cases every adapter shares: create, list, get, update, delete, test (saved or
 * not) and re-seal secrets under a new key. Secrets are sealed before they are stored and opened
 * only to talk to Cloudflare. Thread-safe.
 *
 * <p>A credential is saved only after a test: an expired or disabled token never (the failure is
 * final), another failing test only when the caller saves it anyway on purpose, and then the
 * failure is recorded on the connection.
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

  /**
   * Tests and saves a connection whose test passes.
   *
   * @throws SaveRefusedException when the test fails
   */
  public Connection create(String workspaceId, ConnectionInput input) {
    return create(workspaceId, input, false);
  }

  /**
   * Tests the connection, then saves it when the test passes, or when it fails and {@code
   * saveAnyway} says to keep it on purpose (never when the failure is final).
   *
   * @throws SaveRefusedException when the test forbids saving
   */
  public Connection create(String workspaceId, ConnectionInput input, boolean saveAnyway) {
    return createTested(workspaceId, input, saveAnyway).connection();
  }

  /** A connection just saved, with the test that let it be saved. */
  public record Saved(Connection connection, TestReport report) {}

  /**
   * As {@link #create(String, ConnectionInput, boolean)}, also answering the test's report, for a
   * face that shows its checks (warnings included) as it saves.
   */
  public Saved createTested(String workspaceId, ConnectionInput input, boolean saveAnyway) {
    var spec = validator.validate(input);
    var report = tester.test(spec);
    return new Saved(save(workspaceId, spec, report, saveAnyway), report);
  }

  /**
   * Saves a connection that was just tested with exactly this input, by the same rule as {@link
   * #create(String, ConnectionInput, boolean)}, keeping the test's outcome and the credential kind
   * it proved, so it need not run again.
   *
   * @param tested the report of {@link #testUnsaved} for this input
   */
  public Connection create(
      String workspaceId, ConnectionInput input, TestReport tested, boolean saveAnyway) {
    return save(workspaceId, validator.validate(input), tested, saveAnyway);
  }

  private Connection save(
      String workspaceId, ConnectionSpec spec, TestReport tested, boolean saveAnyway) {
    allowed(tested, saveAnyway);
    var now = now();
    var id = ids.get();
    var connection =
        tested(Connection.builder(), spec, tested, now)
            .id(id)
            .workspaceId(workspaceId)
            .createdAt(now)
            .build();
    store.insert(connection, box.seal(spec.credential(), id));
    return connection;
  }

  /**
   * {@code builder} with what a tested spec says: its details, the credential's kind (as the test
   * proved it, else as its form or the person stated it), hint and email, and the test's outcome.
   */
  private static Connection.Builder tested(
      Connection.Builder builder, ConnectionSpec spec, TestReport report, Instant now) {
    return builder
        .name(spec.name())
        .accountId(Objects.requireNonNull(spec.accountId(), "a spec validated to save has one"))
        .credentialKind(
            report.credentialKind() != null
                ? report.credentialKind()
                : spec.credential().kind().orElse(spec.statedKind()))
        .statedOwner(spec.statedOwner())
        .credentialHint(hint(spec.credential(), report.credentialKind()))
        .email(emailOf(spec.credential()))
        .services(spec.services())
        .updatedAt(now)
        .lastTestedAt(now)
        .lastTestOk(report.ok())
        .lastTestSummary(report.failureSummary());
  }

  /**
   * The credential's hint, naming the kind the test proved where the secret's own form could not
   * tell it (a token without Cloudflare's 2026 prefix).
   */
  private static String hint(Credential credential, @Nullable CredentialKind proven) {
    var hint = credential.hint();
    var unproven = "api_token ";
    return proven != null && hint.startsWith(unproven)
        ? proven.id() + " " + hint.substring(unproven.length())
        : hint;
  }

  /** The rule for keeping a tested credential. */
  private static void allowed(TestReport tested, boolean saveAnyway) {
    if (tested.finalFailure().isPresent() || (!tested.ok() && !saveAnyway)) {
      throw new SaveRefusedException(tested);
    }
  }

  /** The workspace's connections, by name. */
  public List<Connection> list(String workspaceId) {
    return store.list(workspaceId);
  }

  /** One connection of the workspace. */
  public Connection get(String workspaceId, String id) {
    return store.find(workspaceId, id).orElseThrow(() -> new ConnectionNotFoundException(id));
  }

  /** Changes a connection as {@link #update(String, String, ConnectionInput, boolean)} does. */
  public Connection update(String workspaceId, String id, ConnectionInput changes) {
    return update(workspaceId, id, changes, false);
  }

  /**
   * Changes a connection: every non-null field of {@code changes} replaces the saved one. A new
   * token or key replaces the whole credential (with its email and stated kind) and is tested
   * first, by the rule of {@link #create(String, ConnectionInput, boolean)}; so is the saved
   * credential against a new Account ID. Any other change (name, services, token type) leaves the
   * secret sealed.
   *
   * @throws SaveRefusedException when the test of the new credential or account forbids saving
   */
  public Connection update(
      String workspaceId, String id, ConnectionInput changes, boolean saveAnyway) {
    var existing = get(workspaceId, id);
    var replacing = changes.token() != null || changes.key() != null;
    var newAccount =
        changes.accountId() != null
            && !changes.accountId().strip().equalsIgnoreCase(existing.accountId());
    if (!replacing) {
      validator.validateDetails(changes);
      keepsCredentialKind(existing, changes);
    }
    if (!replacing && !newAccount) {
      return updateDetails(existing, changes);
    }
    var merged =
        new ConnectionInput(
            changes.name() != null ? changes.name() : existing.name(),
            changes.accountId() != null ? changes.accountId() : existing.accountId(),
            replacing ? changes.credentialKind() : null,
            replacing || changes.tokenType() != null ? changes.tokenType() : ownerOf(existing),
            replacing ? changes.token() : null,
            replacing ? changes.key() : null,
            replacing ? changes.email() : null,
            changes.enabledServices() != null
                ? changes.enabledServices()
                : existing.services().stream().map(Service::id).toList());
    // A new account is tested with the saved credential, opened as it was sealed.
    var spec =
        replacing
            ? validator.validate(merged)
            : validator.validateKeeping(merged, credential(existing));
    var report = tester.test(spec);
    allowed(report, saveAnyway);
    var updated = tested(existing.toBuilder(), spec, report, now()).build();
    if (!store.update(updated, replacing ? box.seal(spec.credential(), id) : null)) {
      throw new ConnectionNotFoundException(id);
    }
    return updated;
  }

  /** A change that keeps the credential and the account: the secret stays sealed. */
  private Connection updateDetails(Connection existing, ConnectionInput changes) {
    var owner = existing.statedOwner();
    if (changes.tokenType() != null) {
      owner = ConnectionValidator.statedOwner(changes.tokenType());
    } else if (changes.credentialKind() != null) {
      owner = CredentialKind.fromId(changes.credentialKind().strip()).orElse(owner);
    }
    var updated =
        existing.toBuilder()
            .name(changes.name() != null ? changes.name().strip() : existing.name())
            .statedOwner(existing.email() != null ? null : owner)
            .services(
                changes.enabledServices() != null
                    ? ConnectionValidator.services(changes.enabledServices())
                    : existing.services())
            .updatedAt(now())
            .build();
    if (!store.update(updated, null)) {
      throw new ConnectionNotFoundException(existing.id());
    }
    return updated;
  }

  /**
   * A stated kind without a new secret may only restate a token's owner: switching between a token
   * and a Global API Key needs the new secret.
   */
  private static void keepsCredentialKind(Connection existing, ConnectionInput changes) {
    var wantsKey = "global_api_key".equals(strip(changes.credentialKind()));
    var isKey = existing.email() != null;
    if (changes.credentialKind() != null && wantsKey != isKey) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "credential_kind",
                  "The saved credential is "
                      + (isKey ? "a Global API Key" : "an API token")
                      + "; to change its kind, give the new "
                      + (wantsKey ? "Global API Key with its email" : "token")
                      + " as well")));
    }
    if (changes.email() != null) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "email",
                  "The email belongs to the Global API Key: give the key again with the new"
                      + " email")));
    }
    if (isKey && changes.tokenType() != null) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "token_type",
                  "The saved credential is a Global API Key, which has no token type; give a"
                      + " token to switch to one")));
    }
  }

  /** Deletes a connection and everything imported for it. */
  public void delete(String workspaceId, String id) {
    if (!store.delete(workspaceId, id)) {
      throw new ConnectionNotFoundException(id);
    }
  }

  /**
   * Tests a connection that is not saved. Without an Account ID the report lists the accounts the
   * credential reaches ({@link TestReport#accounts()}), to pick one from.
   */
  public TestReport testUnsaved(ConnectionInput input) {
    return tester.test(validator.validateForTest(input));
  }

  /**
   * Checks a connection's input without testing or saving it.
   *
   * @throws InvalidInputException naming each field that cannot be used, with its fix
   */
  public void validate(ConnectionInput input) {
    validator.validate(input);
  }

  /**
   * Checks a connection's input to test it: as {@link #validate}, but the Account ID may be
   * missing.
   */
  public void validateForTest(ConnectionInput input) {
    validator.validateForTest(input);
  }

  /** Tests a connection that is not saved, telling {@code onCheck} of each check as it ends. */
  public TestReport testUnsaved(ConnectionInput input, Consumer<Check> onCheck) {
    return tester.test(validator.validateForTest(input), onCheck);
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
    var kind =
        report.credentialKind() != null ? report.credentialKind() : existing.credentialKind();
    store.update(
        existing.toBuilder()
            .credentialKind(kind)
            .build()
            .withTest(now(), report.ok(), report.failureSummary()),
        null);
    return report;
  }

  /** Re-seals every stored secret with {@code next}'s current key; returns how many. */
  public int reseal(SecretBox next) {
    var count = 0;
    for (var sealed : store.sealedSecrets()) {
      store.replaceSecret(
          sealed.connectionId(), box.resealWith(next, sealed.sealed(), sealed.connectionId()));
      count++;
    }
    return count;
  }

  /** Millisecond precision: what the store keeps, so what is returned equals what is read back. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
    return box.open(sealed, id, connection.email());
  }

  private static @Nullable String emailOf(Credential credential) {
    return credential instanceof GlobalApiKey key ? key.email() : null;
  }

  private static @Nullable String strip(@Nullable String value) {
    return value == null ? null : value.strip();
  }

  private static @Nullable String ownerOf(Connection connection) {
    if (connection.statedOwner() == null) {
      return null;
    }
    return connection.statedOwner() == CredentialKind.ACCOUNT_TOKEN ? "account" : "user";
  }
}
