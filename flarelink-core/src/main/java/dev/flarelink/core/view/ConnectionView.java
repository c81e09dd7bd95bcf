package dev.flarelink.core.view;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.scan.ConnectionStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one representation of a saved connection. Secrets never appear: only the credential's hint.
 */
public final class ConnectionView {

  private ConnectionView() {}

  /** The connection as plain maps, as the REST API, the CLI and MCP show it. */
  public static Map<String, Object> of(Connection c) {
    var view = new LinkedHashMap<String, Object>();
    view.put("id", c.id());
    view.put("name", c.name());
    view.put("account_id", c.accountId());
    var credential = new LinkedHashMap<String, Object>();
    credential.put("kind", c.credentialKind() == null ? null : c.credentialKind().id());
    credential.put("hint", c.credentialHint());
    if (c.email() != null) {
      credential.put("email", c.email());
    }
    view.put("credential", credential);
    view.put(
        "token_type",
        c.statedOwner() == null
            ? null
            : c.statedOwner() == CredentialKind.ACCOUNT_TOKEN ? "account" : "user");
    view.put("enabled_services", c.services().stream().map(Service::id).toList());
    view.put("created_at", c.createdAt().toString());
    view.put("updated_at", c.updatedAt().toString());
    var test = new LinkedHashMap<String, Object>();
    test.put("at", c.lastTestedAt() == null ? null : c.lastTestedAt().toString());
    test.put("ok", c.lastTestOk());
    test.put("summary", c.lastTestSummary());
    view.put("last_test", test);
    return view;
  }

  /**
   * The connection with its status (last test and last scans combined): {@code status: {state,
   * reasons}}, as every face shows a saved connection.
   */
  public static Map<String, Object> of(Connection c, ConnectionStatus status) {
    var view = of(c);
    var out = new LinkedHashMap<String, Object>();
    out.put("state", status.state().id());
    out.put("reasons", status.reasons());
    view.put("status", out);
    return view;
  }
}
