package dev.flarelink.server.http;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the API's answers. Secrets never appear: only the credential's hint. */
final class Views {

  private Views() {}

  static Map<String, Object> connection(Connection c) {
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
    view.put("last_test", test);
    return view;
  }
}
