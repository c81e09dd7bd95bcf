package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.auth.Principal;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Authenticator;
import dev.flarelink.simulator.http.Authenticator.BearerToken;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Catalog;
import dev.flarelink.simulator.state.Entities.Token;
import java.util.Map;

/** Token verification, token details and the permission-group catalogues. */
public final class TokenRoutes {

  private final Authenticator authenticator;

  /** Routes that judge token status with this authenticator. */
  public TokenRoutes(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/user/tokens/verify", null, call -> verify(call, null));
    router.add(
        "GET",
        "/accounts/{account_id}/tokens/verify",
        null,
        call -> verify(call, call.param("account_id")));
    router.add("GET", "/user/tokens/permission_groups", Access.anyone(), this::catalogue);
    router.add(
        "GET",
        "/accounts/{account_id}/tokens/permission_groups",
        Access.account("Account API Tokens Read"),
        this::catalogue);
    router.add("GET", "/user/tokens/{token_id}", Access.anyone(), this::userToken);
    router.add(
        "GET",
        "/accounts/{account_id}/tokens/{token_id}",
        Access.account("Account API Tokens Read"),
        this::accountToken);
  }

  /**
   * Verify: any token may call it on itself. A token of the other kind, an unknown token, or a
   * Global API Key is refused; a disabled or expired token is reported with its status.
   */
  private SimResponse verify(Call call, String accountId) {
    var presented = authenticator.presented(call.request());
    if (!(presented instanceof BearerToken(var value))) {
      throw fail(400, 1001, "Missing \"Authorization\" header");
    }
    var token =
        call.state().tokenByValue(value).orElseThrow(() -> fail(401, 1000, "Invalid API Token"));
    Authenticator.checkLocation(token, call.request());
    var wrongKind = accountId == null ? token.accountOwned() : !accountId.equals(token.accountId());
    if (wrongKind) {
      throw fail(401, 1000, "Invalid API Token");
    }
    var status = authenticator.statusOf(token);
    var result = Wire.object().put("id", token.id()).put("status", status);
    if (token.notBefore() != null) {
      result.put("not_before", Wire.time(token.notBefore()));
    }
    if (token.expiresOn() != null) {
      result.put("expires_on", Wire.time(token.expiresOn()));
    }
    var messages = Wire.array();
    var message = Wire.object().put("code", 10000);
    message.put(
        "message",
        status.equals("active")
            ? "This API Token is valid and active"
            : "This API Token is " + status);
    message.putNull("type");
    messages.add(message);
    return Wire.ok(result, null, messages);
  }

  private SimResponse catalogue(Call call) {
    return Paging.page(
        call,
        Catalog.allGroups(),
        Paging.STANDARD,
        name -> {
          var group = Wire.object().put("id", Catalog.groupId(name)).put("name", name);
          group.putArray("scopes").add(Catalog.scopeOf(name));
          return group;
        });
  }

  private SimResponse userToken(Call call) {
    Principal principal = call.principal();
    var token = call.state().tokenById(call.param("token_id")).filter(t -> !t.accountOwned());
    var mayRead =
        principal.user() != null
            && token.isPresent()
            && token.get().userId().equals(principal.user().id())
            && (principal.token() == null || principal.holdsAnywhere("API Tokens Read"));
    if (!mayRead) {
      throw fail(404, 1003, "Token not found");
    }
    return Wire.ok(details(token.get()));
  }

  private SimResponse accountToken(Call call) {
    var token =
        call.state()
            .tokenById(call.param("token_id"))
            .filter(t -> call.param("account_id").equals(t.accountId()));
    return Wire.ok(details(token.orElseThrow(() -> fail(404, 1003, "Token not found"))));
  }

  private ObjectNode details(Token token) {
    var node =
        Wire.object()
            .put("id", token.id())
            .put("name", token.name())
            .put("status", authenticator.statusOf(token));
    node.put("issued_on", Wire.time(token.issuedOn()))
        .put("modified_on", Wire.time(token.issuedOn()));
    if (token.notBefore() != null) {
      node.put("not_before", Wire.time(token.notBefore()));
    }
    if (token.expiresOn() != null) {
      node.put("expires_on", Wire.time(token.expiresOn()));
    }
    var policies = node.putArray("policies");
    for (var policy : token.policies()) {
      var item = policies.addObject().put("id", policy.id()).put("effect", policy.effect());
      item.set("resources", Wire.MAPPER.valueToTree(policy.resources()));
      var groups = item.putArray("permission_groups");
      policy
          .permissionGroupNames()
          .forEach(name -> groups.addObject().put("id", Catalog.groupId(name)).put("name", name));
    }
    if (!token.ipIn().isEmpty() || !token.ipNotIn().isEmpty()) {
      node.putObject("condition")
          .set(
              "request.ip",
              Wire.MAPPER.valueToTree(Map.of("in", token.ipIn(), "not_in", token.ipNotIn())));
    }
    return node;
  }
}
