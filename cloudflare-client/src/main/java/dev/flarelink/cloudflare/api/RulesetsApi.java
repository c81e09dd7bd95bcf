package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.Ruleset;
import dev.flarelink.cloudflare.model.RulesetRule;
import dev.flarelink.cloudflare.paging.Paged;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rulesets of a zone ("Zone WAF") or an account ("Account Rulesets"): custom rules, rate limits,
 * managed rules and the other phases of Cloudflare's Ruleset Engine. Each phase has one entry point
 * ruleset per zone or account, whose rules run there.
 */
public final class RulesetsApi {

  /** Whose rulesets. */
  public enum Scope {
    /** Rulesets of an account: {@code /accounts/{id}/rulesets}. */
    ACCOUNT("accounts"),
    /** Rulesets of a zone: {@code /zones/{id}/rulesets}. */
    ZONE("zones");

    private final String segment;

    Scope(String segment) {
      this.segment = segment;
    }
  }

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public RulesetsApi(ApiSupport api) {
    this.api = api;
  }

  /** The rulesets visible there (a zone sees its account's managed ones too), without rules. */
  public Paged<Ruleset> list(Scope scope, String ownerId) {
    return api.list(
        request("GET", base(scope, ownerId)).build(), Ruleset.class, Paged.Style.CURSOR);
  }

  /** One ruleset with its rules. */
  public Ruleset get(Scope scope, String ownerId, String rulesetId) {
    return api.call(
        request("GET", base(scope, ownerId) + "/" + segment(rulesetId)).build(), Ruleset.class);
  }

  /**
   * The entry point ruleset of a phase, with its rules.
   *
   * @param phase e.g. {@code http_request_firewall_custom}
   * @throws dev.flarelink.cloudflare.error.NotFoundException when the phase has no entry point yet
   */
  public Ruleset entrypoint(Scope scope, String ownerId, String phase) {
    return api.call(request("GET", entrypointPath(scope, ownerId, phase)).build(), Ruleset.class);
  }

  /**
   * Creates the phase's entry point, or replaces its rules (rules sent with their {@code id} keep
   * it; those left out are removed).
   *
   * @param description the ruleset's description, or {@code null} to leave it
   */
  public Ruleset putEntrypoint(
      Scope scope,
      String ownerId,
      String phase,
      @Nullable String description,
      List<RulesetRule> rules) {
    var body = new LinkedHashMap<String, Object>();
    if (description != null) {
      body.put("description", description);
    }
    body.put("rules", rules);
    return api.send(request("PUT", entrypointPath(scope, ownerId, phase)), body, Ruleset.class);
  }

  /** Adds a rule at the end of a ruleset and returns the ruleset as it now is. */
  public Ruleset addRule(Scope scope, String ownerId, String rulesetId, RulesetRule rule) {
    return api.send(
        request("POST", rulesPath(scope, ownerId, rulesetId)), rule.asRequest(), Ruleset.class);
  }

  /**
   * Changes a rule (the fields of {@code rule} that are set) and returns the ruleset as it now is.
   */
  public Ruleset updateRule(
      Scope scope, String ownerId, String rulesetId, String ruleId, RulesetRule rule) {
    return api.send(
        request("PATCH", rulesPath(scope, ownerId, rulesetId) + "/" + segment(ruleId)),
        rule.asRequest(),
        Ruleset.class);
  }

  /** Deletes a rule and returns the ruleset as it now is. */
  public Ruleset deleteRule(Scope scope, String ownerId, String rulesetId, String ruleId) {
    return api.call(
        request("DELETE", rulesPath(scope, ownerId, rulesetId) + "/" + segment(ruleId)).build(),
        Ruleset.class);
  }

  private static String base(Scope scope, String ownerId) {
    return "/" + scope.segment + "/" + segment(ownerId) + "/rulesets";
  }

  private static String entrypointPath(Scope scope, String ownerId, String phase) {
    return base(scope, ownerId) + "/phases/" + segment(phase) + "/entrypoint";
  }

  private static String rulesPath(Scope scope, String ownerId, String rulesetId) {
    return base(scope, ownerId) + "/" + segment(rulesetId) + "/rules";
  }
}
