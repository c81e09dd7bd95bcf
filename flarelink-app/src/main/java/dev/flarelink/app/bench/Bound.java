package dev.flarelink.app.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The physical bound of an import: the fewest requests that fetch the data at each endpoint's
 * largest page, and the least time they need under Cloudflare's limits and the latency.
 *
 * @param requests the fewest requests, by endpoint
 * @param seconds the least time, starting with a fresh rate-limit window
 * @param secondsWindowSpent the least time right after a pass of the same size (the rescan): when
 *     the two together exceed the quota, the window is full at the start, every request waits for
 *     one of the window's to age out, and they go at the sustained rate; otherwise as {@code
 *     seconds}
 */
public record Bound(
    Map<String, Long> requests, double seconds, double secondsWindowSpent, String limitedBy) {

  /** Cloudflare's per-IP limit, requests per second. */
  static final double PER_IP = 200;

  /**
   * The sizes of the resource catalogue's part of an import that decide its fewest requests: each
   * ruleset is read whole after its list, each pool's health beside it.
   *
   * @param zones the zones whose resources are read, or 0 when the catalogue is not imported
   */
  record Catalogue(
      int zones, int accountRulesets, int zoneRulesets, int accountAccessRules, int pools) {

    /** No catalogue: the connection enables none of its services. */
    static final Catalogue NONE = new Catalogue(0, 0, 0, 0, 0);

    void addTo(Map<String, Long> requests) {
      if (zones == 0) {
        return;
      }
      requests.put("GET /accounts/{account_id}/rulesets", pages(accountRulesets, 50));
      requests.put("GET /accounts/{account_id}/rulesets/{ruleset_id}", (long) accountRulesets);
      requests.put(
          "GET /accounts/{account_id}/firewall/access_rules/rules",
          pages(accountAccessRules, 1000));
      requests.put("GET /accounts/{account_id}/load_balancers/pools", 1L);
      requests.put(
          "GET /accounts/{account_id}/load_balancers/pools/{pool_id}/health", (long) pools);
      requests.put("GET /accounts/{account_id}/load_balancers/monitors", 1L);
      // Per zone one list of each zoned type (each fits one page), and each zone ruleset whole.
      requests.put("GET /zones/{zone_id}/rulesets", (long) zones);
      requests.put("GET /zones/{zone_id}/rulesets/{ruleset_id}", (long) zoneRulesets);
      requests.put("GET /zones/{zone_id}/firewall/access_rules/rules", (long) zones);
      requests.put("GET /zones/{zone_id}/pagerules", (long) zones);
      requests.put("GET /zones/{zone_id}/ssl/certificate_packs", (long) zones);
      requests.put("GET /zones/{zone_id}/load_balancers", (long) zones);
      requests.put("GET /zones/{zone_id}/healthchecks", (long) zones);
      requests.put("GET /zones/{zone_id}/waiting_rooms", (long) zones);
    }
  }

  /** The total of the fewest requests. */
  public long total() {
    return requests.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The bound for an account of these sizes, at this rate limit and latency, one request at a time
   * (each scan reads its pages in order).
   */
  static Bound of(
      int listedMembers,
      long auditEntries,
      int zones,
      int recordsPerZone,
      int alerts,
      int limit,
      Duration window,
      Duration latency) {
    return of(
        listedMembers,
        auditEntries,
        zones,
        recordsPerZone,
        alerts,
        Catalogue.NONE,
        limit,
        window,
        latency);
  }

  /**
   * As {@link #of(int, long, int, int, int, int, Duration, Duration)}, with the catalogue's part.
   */
  static Bound of(
      int listedMembers,
      long auditEntries,
      int zones,
      int recordsPerZone,
      int alerts,
      Catalogue catalogue,
      int limit,
      Duration window,
      Duration latency) {
    var requests = new LinkedHashMap<String, Long>();
    requests.put("GET /accounts/{account_id}", 1L);
    requests.put("GET /accounts/{account_id}/roles", 1L);
    requests.put("GET /accounts/{account_id}/members", pages(listedMembers, 50));
    requests.put("GET /accounts/{account_id}/audit_logs", pages(auditEntries, 1000));
    requests.put("GET /zones", pages(zones, 50));
    requests.put("GET /zones/{zone_id}/settings", (long) zones);
    requests.put("GET /zones/{zone_id}/dns_records", zones * pages(recordsPerZone, 5000));
    requests.put("GET /accounts/{account_id}/alerting/v3/history", pages(alerts, 1000));
    catalogue.addTo(requests);
    var total = requests.values().stream().mapToLong(Long::longValue).sum();
    // A sliding window: request n + limit may go only once request n has aged out of the window,
    // so past the first quota every full quota waits a window, and the last part runs at latency.
    var windows = total <= limit ? 0 : (total - 1) / limit;
    var byRate =
        windows * window.toMillis() / 1000.0
            + (total - windows * limit) * latency.toMillis() / 1000.0;
    var byIp = total / PER_IP;
    var byLatency = total * latency.toMillis() / 1000.0;
    var seconds = Math.max(byRate, Math.max(byIp, byLatency));
    var limitedBy =
        windows > 0 && seconds == byRate
            ? "the rate limit"
            : seconds == byLatency ? "latency" : "the per-IP limit";
    // Right after a pass of the same size: if both fit in one quota, the window is not spent.
    var sustained = total * window.toMillis() / 1000.0 / limit;
    var afterAnother =
        2 * total <= limit ? seconds : Math.max(sustained, Math.max(byIp, byLatency));
    return new Bound(requests, seconds, afterAnother, limitedBy);
  }

  private static long pages(long items, int perPage) {
    return Math.max(1, (items + perPage - 1) / perPage);
  }
}
