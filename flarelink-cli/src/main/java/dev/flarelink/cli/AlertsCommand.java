package dev.flarelink.cli;

import dev.flarelink.core.view.AnalyticsViews;
import dev.flarelink.core.view.AnalyticsViews.AlertList;
import dev.flarelink.core.view.AnalyticsViews.PolicyList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink alerts CONNECTION}: the alerts Cloudflare sent, or its policies. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the alerts Cloudflare sent for the account, newest first.",
      "The alerts (notifications) are read from Cloudflare now. --policies lists the notification policies instead."
    })
public final class AlertsCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--since", description = "Sent after this time or day.")
  String since;

  @Option(names = "--before", description = "Sent before this time or day.")
  String before;

  @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--policies", description = "List the notification policies.")
  boolean policies;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var analytics = useCases.analytics();
      if (policies) {
        var list = analytics.alertPolicies(storage.workspace, id);
        var table = AnalyticsViews.policiesTable(list);
        print(
            table,
            table.header(),
            new PolicyList(list.stream().map(AnalyticsViews::policy).toList()));
        return 0;
      }
      var page =
          analytics.alerts(
              storage.workspace,
              id,
              instant("--since", since),
              instant("--before", before),
              1,
              Math.max(1, Math.min(limit, 1000)));
      print(
          AnalyticsViews.alertsTable(page.alerts()),
          List.of("sent", "name", "alert_type", "mechanism_type"),
          new AlertList(page.alerts().stream().map(AnalyticsViews::alert).toList(), page.total()));
      return 0;
    }
  }
}
