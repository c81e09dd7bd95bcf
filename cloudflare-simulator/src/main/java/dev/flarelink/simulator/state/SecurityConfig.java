package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Security.CertificatePack;
import dev.flarelink.simulator.state.Security.PageRule;
import dev.flarelink.simulator.state.Security.Ruleset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rulesets, Page Rules and certificate packs the simulated Cloudflare holds. Lists are live and
 * keep insertion order; change them only under {@link SimState#write}.
 */
public final class SecurityConfig {

  private final Map<String, List<Ruleset>> rulesets = new ConcurrentHashMap<>();
  private final Map<String, List<PageRule>> pageRules = new ConcurrentHashMap<>();
  private final Map<String, List<CertificatePack>> certificatePacks = new ConcurrentHashMap<>();

  /**
   * The rulesets owned by an account or a zone ({@code scopeType} {@code account} or {@code zone}).
   */
  public List<Ruleset> rulesets(String scopeType, String scopeId) {
    return rulesets.computeIfAbsent(scopeType + "/" + scopeId, key -> new ArrayList<>());
  }

  /**
   * What a zone's ruleset list shows: its account's managed rulesets, which every zone can run,
   * then the zone's own.
   */
  public List<Ruleset> visibleInZone(String accountId, String zoneId) {
    var list = new ArrayList<Ruleset>();
    rulesets("account", accountId).stream().filter(Ruleset::managed).forEach(list::add);
    list.addAll(rulesets("zone", zoneId));
    return list;
  }

  /** A zone's Page Rules, in creation order. */
  public List<PageRule> pageRules(String zoneId) {
    return pageRules.computeIfAbsent(zoneId, id -> new ArrayList<>());
  }

  /** A zone's certificate packs, of every status. */
  public List<CertificatePack> certificatePacks(String zoneId) {
    return certificatePacks.computeIfAbsent(zoneId, id -> new ArrayList<>());
  }

  /** Forgets what a deleted zone held. */
  void removeZone(String zoneId) {
    rulesets.remove("zone/" + zoneId);
    pageRules.remove(zoneId);
    certificatePacks.remove(zoneId);
  }

  /**
   * How many of each kind a full read of the account and its zones lists: rulesets counted once
   * each (a managed ruleset shows in every zone's list), IP access rules of the account and its
   * zones, Page Rules and certificate packs of every status.
   */
  public static Map<String, Long> counts(SimState state, String accountId) {
    var config = state.security();
    var zones = state.zones().stream().filter(z -> z.accountId().equals(accountId)).toList();
    var rulesetIds = new LinkedHashSet<String>();
    config.rulesets("account", accountId).forEach(r -> rulesetIds.add(r.id()));
    zones.forEach(
        z -> config.visibleInZone(accountId, z.id()).forEach(r -> rulesetIds.add(r.id())));
    var counts = new LinkedHashMap<String, Long>();
    counts.put("rulesets", (long) rulesetIds.size());
    counts.put(
        "ip_access_rules",
        state.accessRules("account", accountId).size()
            + zones.stream().mapToLong(z -> state.accessRules("zone", z.id()).size()).sum());
    counts.put("page_rules", zones.stream().mapToLong(z -> config.pageRules(z.id()).size()).sum());
    counts.put(
        "certificate_packs",
        zones.stream().mapToLong(z -> config.certificatePacks(z.id()).size()).sum());
    return counts;
  }
}
