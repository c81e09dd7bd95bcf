package dev.flarelink.core.connection;

import dev.flarelink.cloudflare.auth.CredentialKind;
import java.time.Instant;
import java.util.List;

/**
 * A saved connection. It never holds the secret: that is sealed separately and only the hint (kind
 * and last four characters) travels with the connection.
 *
 * @param credentialKind the kind Cloudflare's answers proved, or the stated one before a test
 * @param statedOwner a token's owner as the person stated it, or {@code null}
 * @param email the Global API Key's user, or {@code null} for tokens
 * @param lastTestOk the last test's outcome, or {@code null} before any test
 * @param lastTestSummary the last test's failed checks in one line, or {@code null} when it passed
 *     (a connection saved on purpose despite a failing test shows why here)
 */
public record Connection(
    String id,
    String workspaceId,
    String name,
    String accountId,
    CredentialKind credentialKind,
    CredentialKind statedOwner,
    String credentialHint,
    String email,
    List<Service> services,
    Instant createdAt,
    Instant updatedAt,
    Instant lastTestedAt,
    Boolean lastTestOk,
    String lastTestSummary) {

  public Connection {
    services = List.copyOf(services);
  }
}
