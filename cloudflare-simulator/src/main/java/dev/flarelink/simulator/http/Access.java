package dev.flarelink.simulator.http;

import dev.flarelink.simulator.auth.Principal;
import dev.flarelink.simulator.state.SimState;
import java.util.List;
import java.util.Map;

/** What a route demands of its caller once authenticated. */
@FunctionalInterface
public interface Access {

  /** Throws a {@link SimException} when the caller may not proceed. */
  void check(SimState state, Principal principal, Map<String, String> params);

  /** Any authenticated caller. */
  static Access anyone() {
    return (state, principal, params) -> {};
  }

  /** One of the groups over the account in {@code account_id}. */
  static Access account(String... groups) {
    return (state, principal, params) ->
        require(state, principal, List.of(groups), params.get("account_id"), null);
  }

  /** One of the groups over the zone in {@code zone_id}. */
  static Access zone(String... groups) {
    return (state, principal, params) -> {
      var zone = state.zone(params.get("zone_id"));
      if (zone.isEmpty()) {
        throw Wire.fail(403, 9109, "Unauthorized to access requested resource");
      }
      require(state, principal, List.of(groups), zone.get().accountId(), zone.get().id());
    };
  }

  /**
   * Allows the call if the principal holds any of the groups; otherwise 403 with the right code.
   */
  static void require(
      SimState state, Principal principal, List<String> groups, String accountId, String zoneId) {
    if (accountId == null
        || state.account(accountId).isEmpty()
        || !principal.reaches(state, accountId)) {
      throw Wire.fail(403, 9109, "Unauthorized to access requested resource");
    }
    if (groups.stream().anyMatch(group -> principal.can(state, group, accountId, zoneId))) {
      return;
    }
    if (groups.stream().anyMatch(principal::holdsAnywhere)) {
      throw Wire.fail(403, 9109, "Unauthorized to access requested resource");
    }
    throw Wire.fail(403, 10000, "Authentication error");
  }
}
