package dev.flarelink.simulator.routes;

import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.Alert;
import java.util.Comparator;

/** Notification history and policies; need Notifications Read. */
public final class AlertRoutes {

  /** Registers the routes. */
  public void register(Router router) {
    router.add(
        "GET",
        "/accounts/{account_id}/alerting/v3/history",
        Access.account("Notifications Read", "Notifications Write"),
        this::history);
    router.add(
        "GET",
        "/accounts/{account_id}/alerting/v3/policies",
        Access.account("Notifications Read", "Notifications Write"),
        this::policies);
  }

  private SimResponse history(Call call) {
    var since = AccountRoutes.instant(call, "since");
    var before = AccountRoutes.instant(call, "before");
    var alerts =
        call.state().alerts(call.param("account_id")).stream()
            .filter(a -> since == null || a.sent().isAfter(since))
            .filter(a -> before == null || a.sent().isBefore(before))
            .sorted(Comparator.comparing(Alert::sent).reversed())
            .toList();
    return Paging.page(
        call,
        alerts,
        Paging.ALERTS,
        alert -> {
          var node = Wire.object();
          var body = node.putObject("alert_body");
          body.putObject("data")
              .put("zone_id", alert.zoneId())
              .put("alert_type", alert.alertType());
          var metadata = body.putObject("metadata");
          metadata.putObject("account").put("id", alert.accountId());
          metadata
              .putObject("event")
              .put("created_at", Wire.time(alert.sent()))
              .put("id", alert.id())
              .put("type", alert.alertType());
          metadata.putObject("zone").put("id", alert.zoneId());
          node.put("alert_type", alert.alertType())
              .put("description", alert.description())
              .put("id", alert.id());
          node.put("mechanism", alert.mechanism())
              .put("mechanism_type", alert.mechanismType())
              .put("name", alert.name());
          node.put("policy_id", alert.policyId()).put("sent", Wire.time(alert.sent()));
          return node;
        });
  }

  private SimResponse policies(Call call) {
    var result = Wire.array();
    for (var policy : call.state().alertPolicies(call.param("account_id"))) {
      var node =
          result
              .addObject()
              .put("id", policy.id())
              .put("name", policy.name())
              .put("description", policy.description());
      node.put("enabled", policy.enabled()).put("alert_type", policy.alertType());
      node.putObject("filters");
      var email = node.putObject("mechanisms").putArray("email");
      policy.emails().forEach(address -> email.addObject().put("id", address));
      node.put("created", Wire.time(policy.created())).put("modified", Wire.time(policy.created()));
    }
    return Wire.ok(
        result,
        Wire.object()
            .put("count", result.size())
            .put("page", 1)
            .put("per_page", 25)
            .put("total_count", result.size()),
        null);
  }
}
