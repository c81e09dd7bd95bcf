package dev.flarelink.simulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulator's model of a zone's and an account's security configuration: rulesets (custom
 * firewall rules, rate limiting rules, managed rulesets and the rules that execute them), Page
 * Rules and certificate packs. Plain immutable values, replaced on change.
 */
public final class Security {

  private Security() {}

  /**
   * A ruleset of an account or a zone.
   *
   * @param scopeType {@code account} or {@code zone}
   * @param kind {@code managed}, {@code custom}, {@code root} or {@code zone}
   * @param version bumped by every write
   */
  public record Ruleset(
      String id,
      String scopeType,
      String scopeId,
      String name,
      String description,
      String kind,
      String phase,
      int version,
      Instant lastUpdated,
      List<RulesetRule> rules) {

    public Ruleset {
      rules = List.copyOf(rules);
    }

    /** A copy with other rules, its version bumped and updated at {@code now}. */
    public Ruleset withRules(List<RulesetRule> changed, Instant now) {
      return new Ruleset(
          id, scopeType, scopeId, name, description, kind, phase, version + 1, now, changed);
    }

    /** Whether this is one of Cloudflare's managed rulesets, which only Cloudflare changes. */
    public boolean managed() {
      return kind.equals("managed");
    }
  }

  /**
   * One rule of a ruleset.
   *
   * @param actionParameters the action's parameters (the managed ruleset an execute rule runs and
   *     its overrides), or {@code null}
   * @param ratelimit a rate limiting rule's counting and mitigation, or {@code null}
   * @param categories the categories of a managed rule, empty for others
   */
  public record RulesetRule(
      String id,
      int version,
      String action,
      String expression,
      String description,
      boolean enabled,
      Instant lastUpdated,
      String ref,
      Map<String, Object> actionParameters,
      Map<String, Object> ratelimit,
      List<String> categories) {

    public RulesetRule {
      categories = List.copyOf(categories);
    }
  }

  /**
   * A Page Rule of a zone.
   *
   * @param operator how the target URL is matched ({@code matches} for wildcards)
   * @param priority higher numbers win; Cloudflare lists by priority, highest first
   * @param status {@code active} or {@code disabled}
   */
  public record PageRule(
      String id,
      String zoneId,
      String operator,
      String targetUrl,
      List<PageRuleAction> actions,
      int priority,
      String status,
      Instant createdOn,
      Instant modifiedOn) {

    public PageRule {
      actions = List.copyOf(actions);
    }
  }

  /**
   * One setting a Page Rule applies.
   *
   * @param value a string, a number or an object ({@code forwarding_url}); {@code null} for actions
   *     without a value
   */
  public record PageRuleAction(String id, Object value) {}

  /**
   * A certificate pack of a zone.
   *
   * @param type {@code universal} or {@code advanced}
   * @param status {@code active}, {@code pending_validation}, ...
   * @param certificates the deployed certificates, empty while the pack waits for validation
   */
  public record CertificatePack(
      String id,
      String zoneId,
      String type,
      List<String> hosts,
      String status,
      String validationMethod,
      int validityDays,
      String certificateAuthority,
      boolean cloudflareBranding,
      List<Certificate> certificates) {

    public CertificatePack {
      hosts = List.copyOf(hosts);
      certificates = List.copyOf(certificates);
    }
  }

  /** One certificate of a pack (an RSA or an ECDSA one). */
  public record Certificate(
      String id,
      List<String> hosts,
      String issuer,
      String signature,
      String status,
      String bundleMethod,
      Instant uploadedOn,
      Instant modifiedOn,
      Instant expiresOn,
      int priority) {

    public Certificate {
      hosts = List.copyOf(hosts);
    }
  }
}
