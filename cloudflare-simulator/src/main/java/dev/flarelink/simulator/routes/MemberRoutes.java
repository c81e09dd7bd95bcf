package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Catalog;
import dev.flarelink.simulator.state.Entities.Member;
import dev.flarelink.simulator.state.Entities.Role;
import dev.flarelink.simulator.state.SimState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Account members, roles and IAM permission groups; all need Account Settings Read. */
public final class MemberRoutes {

  private static final String[] READ = {"Account Settings Read", "Account Settings Write"};
  private static final Set<String> ORDERS =
      Set.of("user.first_name", "user.last_name", "user.email", "status");
  private static final Set<String> STATUSES = Set.of("accepted", "pending", "rejected");

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/accounts/{account_id}/members", Access.account(READ), this::list);
    router.add(
        "GET", "/accounts/{account_id}/members/{member_id}", Access.account(READ), this::get);
    router.add("GET", "/accounts/{account_id}/roles", Access.account(READ), this::roles);
    router.add("GET", "/accounts/{account_id}/roles/{role_id}", Access.account(READ), this::role);
    router.add(
        "GET",
        "/accounts/{account_id}/iam/permission_groups",
        Access.account(READ),
        this::permissionGroups);
  }

  private SimResponse list(Call call) {
    var state = call.state();
    var status = call.query("status");
    if (status != null && !STATUSES.contains(status)) {
      throw fail(400, 1004, "Invalid value for status: use accepted, pending or rejected");
    }
    var order = call.query("order");
    if (order != null && !ORDERS.contains(order)) {
      throw fail(
          400,
          1004,
          "Invalid value for order: use user.first_name, user.last_name, user.email or status");
    }
    List<Member> members =
        state.members(call.param("account_id")).stream()
            .filter(m -> status == null || m.status().equals(status))
            .toList();
    if (order != null || call.query("direction") != null) {
      members =
          Sorting.direction(
              call, members, comparator(state, order == null ? "user.email" : order), false);
    }
    return Paging.page(call, members, Paging.STANDARD, member -> member(state, member));
  }

  private static Comparator<Member> comparator(SimState state, String order) {
    return Comparator.comparing(
        member -> {
          var user = state.user(member.userId());
          var value =
              switch (order) {
                case "user.first_name" -> user.map(u -> u.firstName()).orElse("");
                case "user.last_name" -> user.map(u -> u.lastName()).orElse("");
                case "status" -> member.status();
                default -> member.email();
              };
          return value.toLowerCase(Locale.ROOT);
        });
  }

  private SimResponse get(Call call) {
    var state = call.state();
    return state.members(call.param("account_id")).stream()
        .filter(m -> m.id().equals(call.param("member_id")))
        .findFirst()
        .map(m -> Wire.ok(member(state, m)))
        .orElseThrow(() -> fail(404, 1003, "Member not found"));
  }

  static ObjectNode member(SimState state, Member member) {
    var node =
        Wire.object()
            .put("id", member.id())
            .put("email", member.email())
            .put("status", member.status());
    var user = node.putObject("user");
    var known = state.user(member.userId());
    if (known.isPresent()) {
      user.put("id", known.get().id())
          .put("first_name", known.get().firstName())
          .put("last_name", known.get().lastName());
      user.put("email", known.get().email())
          .put("two_factor_authentication_enabled", known.get().twoFactor());
    } else {
      user.putNull("first_name").putNull("last_name");
      user.put("email", member.email()).put("two_factor_authentication_enabled", false);
    }
    var roles = node.putArray("roles");
    state.roles(member.accountId()).stream()
        .filter(r -> member.roleIds().contains(r.id()))
        .forEach(r -> roles.add(role(r)));
    var policies = node.putArray("policies");
    for (var policy : member.policies()) {
      var item = policies.addObject().put("id", policy.id()).put("access", policy.access());
      var groups = item.putArray("permission_groups");
      policy
          .permissionGroupNames()
          .forEach(
              name ->
                  groups
                      .addObject()
                      .put("id", Catalog.groupId(name))
                      .put("name", name)
                      .putObject("meta"));
      var resourceGroup =
          item.putArray("resource_groups").addObject().put("id", Catalog.groupId(policy.id()));
      resourceGroup
          .put("name", policy.zoneIds().isEmpty() ? "All zones" : "Selected zones")
          .putObject("meta");
      var scope =
          resourceGroup
              .putArray("scope")
              .addObject()
              .put("key", "com.cloudflare.api.account." + member.accountId());
      var objects = scope.putArray("objects");
      if (policy.zoneIds().isEmpty()) {
        objects.addObject().put("key", "*");
      } else {
        policy
            .zoneIds()
            .forEach(
                zone -> objects.addObject().put("key", "com.cloudflare.api.account.zone." + zone));
      }
    }
    return node;
  }

  static ObjectNode role(Role role) {
    var node =
        Wire.object()
            .put("id", role.id())
            .put("name", role.name())
            .put("description", role.description());
    var permissions = node.putObject("permissions");
    role.permissions()
        .forEach(
            (area, access) ->
                permissions.putObject(area).put("read", access[0]).put("edit", access[1]));
    return node;
  }

  private SimResponse roles(Call call) {
    return Paging.page(
        call, call.state().roles(call.param("account_id")), Paging.STANDARD, MemberRoutes::role);
  }

  private SimResponse role(Call call) {
    return call.state().roles(call.param("account_id")).stream()
        .filter(r -> r.id().equals(call.param("role_id")))
        .findFirst()
        .map(r -> Wire.ok(role(r)))
        .orElseThrow(() -> fail(404, 1003, "Role not found"));
  }

  private SimResponse permissionGroups(Call call) {
    return Paging.page(
        call,
        Catalog.allGroups(),
        Paging.STANDARD,
        name -> {
          var node = Wire.object().put("id", Catalog.groupId(name)).put("name", name);
          node.putObject("meta").put("label", name).put("scopes", Catalog.scopeOf(name));
          return node;
        });
  }
}
