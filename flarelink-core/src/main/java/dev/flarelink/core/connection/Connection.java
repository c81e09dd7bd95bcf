package dev.flarelink.core.connection;

import dev.flarelink.cloudflare.auth.CredentialKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
    @Nullable CredentialKind credentialKind,
    @Nullable CredentialKind statedOwner,
    String credentialHint,
    @Nullable String email,
    List<Service> services,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant lastTestedAt,
    @Nullable Boolean lastTestOk,
    @Nullable String lastTestSummary) {

  public Connection {
    services = List.copyOf(services);
  }

  /** A builder of a new connection, every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this connection, to change some fields of a copy. */
  public Builder toBuilder() {
    var builder = new Builder();
    builder.id = id;
    builder.workspaceId = workspaceId;
    builder.name = name;
    builder.accountId = accountId;
    builder.credentialKind = credentialKind;
    builder.statedOwner = statedOwner;
    builder.credentialHint = credentialHint;
    builder.email = email;
    builder.services = services;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    builder.lastTestedAt = lastTestedAt;
    builder.lastTestOk = lastTestOk;
    builder.lastTestSummary = lastTestSummary;
    return builder;
  }

  /** A copy with a test's outcome recorded. */
  public Connection withTest(Instant testedAt, Boolean ok, @Nullable String summary) {
    return toBuilder().lastTestedAt(testedAt).lastTestOk(ok).lastTestSummary(summary).build();
  }

  /** Builds a {@link Connection} field by field, so no caller lines up fourteen arguments. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String workspaceId;
    private @Nullable String name;
    private @Nullable String accountId;
    private @Nullable CredentialKind credentialKind;
    private @Nullable CredentialKind statedOwner;
    private @Nullable String credentialHint;
    private @Nullable String email;
    private @Nullable List<Service> services;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant lastTestedAt;
    private @Nullable Boolean lastTestOk;
    private @Nullable String lastTestSummary;

    private Builder() {}

    /** Sets its id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the workspace it belongs to. */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = workspaceId;
      return this;
    }

    /** Sets its name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the Cloudflare account id. */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** Sets the proven or stated credential kind. */
    public Builder credentialKind(@Nullable CredentialKind credentialKind) {
      this.credentialKind = credentialKind;
      return this;
    }

    /** Sets the token owner as stated. */
    public Builder statedOwner(@Nullable CredentialKind statedOwner) {
      this.statedOwner = statedOwner;
      return this;
    }

    /** Sets the credential's kind and last four characters. */
    public Builder credentialHint(String credentialHint) {
      this.credentialHint = credentialHint;
      return this;
    }

    /** Sets the Global API Key's user. */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /** Sets the enabled services. */
    public Builder services(List<Service> services) {
      this.services = services;
      return this;
    }

    /** Sets when it was saved. */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets when it last changed. */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets when it was last tested. */
    public Builder lastTestedAt(@Nullable Instant lastTestedAt) {
      this.lastTestedAt = lastTestedAt;
      return this;
    }

    /** Sets the last test's outcome. */
    public Builder lastTestOk(@Nullable Boolean lastTestOk) {
      this.lastTestOk = lastTestOk;
      return this;
    }

    /** Sets the last test's failed checks. */
    public Builder lastTestSummary(@Nullable String lastTestSummary) {
      this.lastTestSummary = lastTestSummary;
      return this;
    }

    /**
     * The connection.
     *
     * @throws NullPointerException naming a field that must be set and is not
     */
    public Connection build() {
      return new Connection(
          Objects.requireNonNull(id, "id"),
          Objects.requireNonNull(workspaceId, "workspaceId"),
          Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(accountId, "accountId"),
          credentialKind,
          statedOwner,
          Objects.requireNonNull(credentialHint, "credentialHint"),
          email,
          Objects.requireNonNull(services, "services"),
          Objects.requireNonNull(createdAt, "createdAt"),
          Objects.requireNonNull(updatedAt, "updatedAt"),
          lastTestedAt,
          lastTestOk,
          lastTestSummary);
    }
  }
}
