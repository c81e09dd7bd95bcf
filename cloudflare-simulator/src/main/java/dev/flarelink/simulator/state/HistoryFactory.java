package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.Alert;
import dev.flarelink.simulator.state.Entities.AlertPolicy;
import dev.flarelink.simulator.state.Entities.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Generates notification policies, alert history and the audit log. */
final class HistoryFactory {

  private static final String[][] ALERT_TYPES = {
    {
      "universal_ssl_event_type",
      "Universal SSL",
      "Universal Certificate validation status, issuance, renewal, and expiration notices."
    },
    {"health_check_status_notification", "Health Checks", "Health check status changes."},
    {"dos_attack_l7", "HTTP DDoS Attack Alerter", "Alerts when an HTTP DDoS attack is mitigated."},
    {"billing_usage_alert", "Usage Based Billing", "Usage above the configured threshold."},
    {
      "zone_aop_custom_certificate_expiration_type",
      "Origin Certificate Expiry",
      "Origin certificates close to expiry."
    }
  };

  private static final String[] ACTIONS = {
    "login", "rec_add", "rec_set", "rec_del", "zone_setting_change", "token_create"
  };

  private final SimState state;
  private final SeedSpec spec;
  private final SplittableRandom random;
  private final Ids ids;
  private final Instant reference;

  HistoryFactory(
      SimState state, SeedSpec spec, SplittableRandom random, Ids ids, Instant reference) {
    this.state = state;
    this.spec = spec;
    this.random = random;
    this.ids = ids;
    this.reference = reference;
  }

  void build(String accountId, List<String> zoneIds) {
    var policies = new ArrayList<AlertPolicy>();
    for (var type : ALERT_TYPES) {
      policies.add(
          new AlertPolicy(
              ids.uuid(),
              accountId,
              type[1] + " policy",
              type[2],
              type[0],
              true,
              List.of("oncall@example.com"),
              reference.minus(Duration.ofDays(200 + random.nextInt(200)))));
    }
    state.alertPolicies.put(accountId, policies);
    var alerts = new ArrayList<Alert>();
    for (int i = 0; i < spec.alerts(); i++) {
      var kind = random.nextInt(ALERT_TYPES.length);
      var type = ALERT_TYPES[kind];
      var mechanism = random.nextInt(4);
      alerts.add(
          new Alert(
              ids.uuid(),
              accountId,
              policies.get(kind).id(),
              type[1] + " policy",
              type[0],
              type[2],
              mechanism == 0 ? "https://hooks.example.com/cloudflare" : "oncall@example.com",
              mechanism == 0 ? "webhook" : "email",
              zoneIds.isEmpty() ? null : zoneIds.get(random.nextInt(zoneIds.size())),
              reference
                  .minus(Duration.ofSeconds(random.nextLong(30L * 86_400)))
                  .plusMillis(random.nextInt(1000))));
    }
    alerts.sort(Comparator.comparing(Alert::sent));
    state.alerts.put(accountId, alerts);
    var entries = new ArrayList<AuditEntry>();
    for (var member : state.members(accountId)) {
      if (!member.status().equals("accepted") || random.nextInt(3) == 0) {
        continue;
      }
      var count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        entries.add(
            new AuditEntry(
                ids.uuid(),
                accountId,
                member.userId(),
                member.email(),
                "198.51.100." + (1 + random.nextInt(254)),
                ACTIONS[random.nextInt(ACTIONS.length)],
                "account",
                accountId,
                random.nextBoolean() ? "UI" : "API",
                reference.minus(Duration.ofSeconds(random.nextLong(90L * 86_400)))));
      }
    }
    entries.sort(Comparator.comparing(AuditEntry::when));
    state.audit.put(accountId, entries);
  }
}
