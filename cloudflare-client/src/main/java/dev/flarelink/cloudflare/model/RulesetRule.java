package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a ruleset. Used for requests too, where the read-only fields ({@code id}, {@code
 * version}, {@code last_updated}, {@code categories}) are left null and so not sent.
 *
 * @param action e.g. {@code block}, {@code managed_challenge}, {@code skip}, {@code execute}
 * @param actionParameters the action's parameters, whose shape depends on the action
 * @param expression the filter expression, e.g. {@code ip.src eq 192.0.2.1}
 * @param ref the rule's stable reference, which Cloudflare sets to the id when none is given
 */
public record RulesetRule(
    @Nullable String id,
    @Nullable String version,
    String action,
    @Nullable JsonNode actionParameters,
    String expression,
    @Nullable String description,
    @Nullable Boolean enabled,
    @Nullable String ref,
    @Nullable JsonNode ratelimit,
    @Nullable JsonNode logging,
    @Nullable List<String> categories,
    @Nullable Instant lastUpdated) {

  /** A new rule to send: what it does, when, and whether it is on. */
  public static RulesetRule of(
      String action,
      String expression,
      @Nullable String description,
      boolean enabled,
      @Nullable JsonNode actionParameters) {
    return new RulesetRule(
        null,
        null,
        action,
        actionParameters,
        expression,
        description,
        enabled,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * This rule as a request body: the same action, parameters, expression, description, switch,
   * reference, rate limit and logging, without what Cloudflare sets itself.
   */
  public RulesetRule asRequest() {
    return new RulesetRule(
        null,
        null,
        action,
        actionParameters,
        expression,
        description,
        enabled,
        ref,
        ratelimit,
        logging,
        null,
        null);
  }

  /** Whether the rule is on; Cloudflare treats a missing switch as on. */
  public boolean isEnabled() {
    return enabled == null || enabled;
  }
}
