package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.faults.FaultInjector;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.Account;
import dev.flarelink.simulator.state.Entities.AuditEntry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The user, accounts, memberships and the audit log. */
public final class AccountRoutes {

  private final FaultInjector faults;

  /** Routes that honour the {@code /accounts} page-ignoring fault. */
  public AccountRoutes(FaultInjector faults) {
    this.faults = faults;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/user", Access.anyone(), this::user);
    router.add("GET", "/accounts", Access.anyone(), this::accounts);
    router.add(
        "GET",
        "/accounts/{account_id}",
        Access.account(
            "Account Settings Read",
            "Account Settings Write",
            "Account Analytics Read",
            "Notifications Read",
            "Account Firewall Access Rules Read",
            "Billing Read",
            "Account API Tokens Read"),
        this::account);
    router.add("GET", "/memberships", Access.anyone(), this::memberships);
    router.add(
        "GET",
        "/accounts/{account_id}/audit_logs",
        Access.account("Account Settings Read", "Account Settings Write"),
        this::auditLogs);
  }

  private SimResponse user(Call call) {
    var principal = call.principal();
    if (principal.accountOwned()) {
      throw fail(400, 1001, "User endpoint does not support account owned tokens.");
    }
    var user = principal.user();
    var result = Wire.object().put("id", user.id()).put("email", user.email());
    result.put("first_name", user.firstName()).put("last_name", user.lastName());
    result.put("two_factor_authentication_enabled", user.twoFactor()).put("suspended", false);
    return Wire.ok(result);
  }

  private SimResponse accounts(Call call) {
    var principal = call.principal();
    var state = call.state();
    if (principal.accountOwned()) {
      if (!faults.faults().accountsPageBug()) {
        throw fail(400, 1001, "List accounts endpoint does not support account owned tokens.");
      }
      // The live bug: `page` is ignored and the same page comes back with a page number that says
      // otherwise.
      var page = Math.max(1, Paging.number(call, "page", 1));
      var own = state.account(principal.token().accountId()).orElseThrow();
      var result = Wire.array().add(account(own));
      return Wire.ok(result, Paging.info(page, 1, 1, page + 1), null);
    }
    var name = call.query("name");
    var visible =
        state.accountsOfUser(principal.user().id()).stream()
            .filter(
                a ->
                    principal.token() == null
                        || principal.token().policies().stream()
                            .anyMatch(
                                p ->
                                    p.resources()
                                            .containsKey("com.cloudflare.api.account." + a.id())
                                        || p.resources()
                                            .containsKey("com.cloudflare.api.account.*")))
            .filter(
                a ->
                    name == null
                        || a.name()
                            .toLowerCase(Locale.ROOT)
                            .contains(name.toLowerCase(Locale.ROOT)))
            .toList();
    return Paging.page(
        call,
        Sorting.direction(call, visible, Comparator.comparing(Account::name), false),
        Paging.STANDARD,
        AccountRoutes::account);
  }

  private SimResponse account(Call call) {
    return Wire.ok(account(call.state().account(call.param("account_id")).orElseThrow()));
  }

  static ObjectNode account(Account account) {
    var node =
        Wire.object()
            .put("id", account.id())
            .put("name", account.name())
            .put("type", account.type());
    node.put("created_on", Wire.time(account.createdOn()));
    node.putObject("settings").put("enforce_twofactor", account.enforceTwoFactor());
    return node;
  }

  private SimResponse memberships(Call call) {
    var principal = call.principal();
    if (principal.accountOwned()) {
      throw fail(400, 1001, "Memberships endpoint does not support account owned tokens.");
    }
    var state = call.state();
    var status = call.query("status");
    var items =
        state.accounts().stream()
            .flatMap(
                a ->
                    state.members(a.id()).stream()
                        .filter(m -> principal.user().id().equals(m.userId())))
            .filter(m -> status == null || m.status().equals(status))
            .toList();
    return Paging.page(
        call,
        items,
        Paging.STANDARD,
        member -> {
          var node = Wire.object().put("id", member.id()).put("status", member.status());
          node.set("account", account(state.account(member.accountId()).orElseThrow()));
          node.putNull("api_access_enabled");
          var roles = node.putArray("roles");
          state.roles(member.accountId()).stream()
              .filter(r -> member.roleIds().contains(r.id()))
              .forEach(r -> roles.add(r.name()));
          var permissions = node.putObject("permissions");
          state.roles(member.accountId()).stream()
              .filter(r -> member.roleIds().contains(r.id()))
              .forEach(
                  r ->
                      r.permissions()
                          .forEach(
                              (area, access) -> {
                                var entry =
                                    permissions.has(area)
                                        ? (ObjectNode) permissions.get(area)
                                        : permissions
                                            .putObject(area)
                                            .put("read", false)
                                            .put("edit", false);
                                entry
                                    .put("read", entry.get("read").asBoolean() || access[0])
                                    .put("edit", entry.get("edit").asBoolean() || access[1]);
                              }));
          return node;
        });
  }

  private SimResponse auditLogs(Call call) {
    var since = instant(call, "since");
    var before = instant(call, "before");
    var actor = call.query("actor.email");
    var action = call.query("action.type");
    List<AuditEntry> entries =
        call.state().audit(call.param("account_id")).stream()
            .filter(e -> since == null || !e.when().isBefore(since))
            .filter(e -> before == null || e.when().isBefore(before))
            .filter(e -> actor == null || e.actorEmail().equalsIgnoreCase(actor))
            .filter(e -> action == null || e.actionType().equals(action))
            .toList();
    var ordered = Sorting.direction(call, entries, Comparator.comparing(AuditEntry::when), true);
    return Paging.page(
        call,
        ordered,
        Paging.AUDIT,
        entry -> {
          var node = Wire.object().put("id", entry.id());
          node.putObject("action").put("type", entry.actionType()).put("result", true);
          node.putObject("actor")
              .put("id", entry.actorId())
              .put("email", entry.actorEmail())
              .put("type", "user")
              .put("ip", entry.actorIp());
          node.put("interface", entry.via());
          node.putObject("metadata");
          node.putObject("owner").put("id", entry.accountId());
          node.putObject("resource")
              .put("id", entry.resourceId())
              .put("type", entry.resourceType());
          node.put("when", Wire.time(entry.when()));
          return node;
        });
  }

  static Instant instant(Call call, String name) {
    var text = call.query(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return text.length() == 10
          ? Instant.parse(text + "T00:00:00Z")
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw fail(400, 1004, "Invalid value for " + name + ": expected an RFC 3339 date-time");
    }
  }
}
