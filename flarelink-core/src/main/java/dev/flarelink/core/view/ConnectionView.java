package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.scan.ConnectionStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one representation of a saved connection, as the REST API, the CLI and MCP show it. Secrets
 * never appear: only the credential's hint.
 *
 * @param status the last test and last scans combined; left out when not asked for
 */
public record ConnectionView(
    String id,
    String name,
    @JsonProperty("account_id") String accountId,
    Credential credential,
    @JsonProperty("token_type") @Nullable String tokenType,
    @JsonProperty("enabled_services") List<String> enabledServices,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    @JsonProperty("last_test") LastTest lastTest,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Status status) {

  /**
   * The credential without its secret.
   *
   * @param kind the credential kind's id, or {@code null} when not known
   * @param email the Global API Key's user; left out for tokens
   */
  public record Credential(
      @Nullable String kind,
      String hint,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String email) {}

  /** The last test: when, whether it passed, and the failed checks. */
  public record LastTest(@Nullable String at, @Nullable Boolean ok, @Nullable String summary) {}

  /** The connection's status: its state's id and one sentence per reason. */
  public record Status(String state, List<String> reasons) {

    /** The status as shown. */
    public static Status of(ConnectionStatus status) {
      return new Status(status.state().id(), status.reasons());
    }
  }

  /** The connection without its status. */
  public static ConnectionView of(Connection c) {
    return new ConnectionView(
        c.id(),
        c.name(),
        c.accountId(),
        new Credential(
            c.credentialKind() == null ? null : c.credentialKind().id(),
            c.credentialHint(),
            c.email()),
        c.statedOwner() == null
            ? null
            : c.statedOwner() == CredentialKind.ACCOUNT_TOKEN ? "account" : "user",
        c.services().stream().map(Service::id).toList(),
        c.createdAt().toString(),
        c.updatedAt().toString(),
        new LastTest(
            c.lastTestedAt() == null ? null : c.lastTestedAt().toString(),
            c.lastTestOk(),
            c.lastTestSummary()),
        null);
  }

  /**
   * The connection with its status (last test and last scans combined), as every face shows a saved
   * connection.
   */
  public static ConnectionView of(Connection c, ConnectionStatus status) {
    var view = of(c);
    return new ConnectionView(
        view.id,
        view.name,
        view.accountId,
        view.credential,
        view.tokenType,
        view.enabledServices,
        view.createdAt,
        view.updatedAt,
        view.lastTest,
        Status.of(status));
  }
}
