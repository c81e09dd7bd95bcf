package dev.flarelink.simulator.auth;

import dev.flarelink.simulator.state.Entities.Token;
import dev.flarelink.simulator.state.Entities.User;
import dev.flarelink.simulator.state.SimState;
import java.util.Map;

/**
 * Who is calling: a token (account- or user-owned) or a user with a Global API Key, and what they
 * may do where.
 *
 * @param token the token, or {@code null} for a Global API Key
 * @param user the user behind a user token or key, or {@code null} for an account token
 */
public record Principal(Token token, User user) {

  /** The rate-limit key: Cloudflare limits per user and per account token. */
  public String rateKey() {
    return token != null && token.accountOwned() ? "token:" + token.id() : "user:" + user.id();
  }

  /** Whether this is an account-owned token. */
  public boolean accountOwned() {
    return token != null && token.accountOwned();
  }

  /** Whether the caller may use the account at all (ownership or membership). */
  public boolean reaches(SimState state, String accountId) {
    if (accountOwned()) {
      return token.accountId().equals(accountId);
    }
    return state.members(accountId).stream()
        .anyMatch(m -> user.id().equals(m.userId()) && m.status().equals("accepted"));
  }

  /** Whether the caller holds {@code group} over the account, or the zone when one is given. */
  public boolean can(SimState state, String group, String accountId, String zoneId) {
    if (!reaches(state, accountId)) {
      return false;
    }
    if (token == null) {
      return true;
    }
    var allowed = false;
    for (var policy : token.policies()) {
      if (!policy.permissionGroupNames().contains(group)
          || !covers(policy.resources(), accountId, zoneId)) {
        continue;
      }
      if (policy.effect().equals("deny")) {
        return false;
      }
      allowed = true;
    }
    return allowed;
  }

  /**
   * Whether the token holds the group anywhere at all (to tell scope errors from missing groups).
   */
  public boolean holdsAnywhere(String group) {
    return token == null
        || token.policies().stream().anyMatch(p -> p.permissionGroupNames().contains(group));
  }

  private static boolean covers(Map<String, Object> resources, String accountId, String zoneId) {
    var accountKey = "com.cloudflare.api.account." + accountId;
    for (var entry : resources.entrySet()) {
      var key = entry.getKey();
      if (zoneId == null) {
        if (key.equals(accountKey) || key.equals("com.cloudflare.api.account.*")) {
          return true;
        }
        continue;
      }
      if (key.equals("com.cloudflare.api.account.zone." + zoneId)
          || key.equals("com.cloudflare.api.account.zone.*")) {
        return true;
      }
      if (key.equals(accountKey) || key.equals("com.cloudflare.api.account.*")) {
        if (!(entry.getValue() instanceof Map<?, ?> nested)) {
          return true;
        }
        if (nested.containsKey("com.cloudflare.api.account.zone.*")
            || nested.containsKey("com.cloudflare.api.account.zone." + zoneId)) {
          return true;
        }
      }
    }
    return false;
  }
}
