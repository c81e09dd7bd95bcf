package dev.flarelink.cloudflare.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ruleset of a zone or an account: a phase entry point, a custom ruleset or a managed one.
 *
 * @param kind {@code zone}, {@code root}, {@code custom} or {@code managed}
 * @param phase e.g. {@code http_request_firewall_custom}
 * @param version Cloudflare's version number, as the text it sends
 * @param rules the rules, in order; empty in a list, which leaves them out
 */
public record Ruleset(
    String id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String kind,
    @Nullable String phase,
    @Nullable String version,
    @Nullable Instant lastUpdated,
    List<RulesetRule> rules) {

  public Ruleset {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** The rule with this id, if the ruleset has it. */
  public Optional<RulesetRule> rule(String ruleId) {
    return rules.stream().filter(r -> ruleId.equals(r.id())).findFirst();
  }
}
