package dev.flarelink.cli;

import dev.flarelink.core.analytics.AnalyticsTable;
import dev.flarelink.core.analytics.PreparedQuery;
import dev.flarelink.core.view.AnalyticsViews;
import dev.flarelink.core.view.AnalyticsViews.GraphQlData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flarelink analytics CONNECTION QUESTION}: DNS and GraphQL analytics from Cloudflare. */
@Command(
    name = "analytics",
    mixinStandardHelpOptions = true,
    description = {
      "Asks Cloudflare's analytics a question about the account's zones.",
      "QUESTION is one of:",
      "  traffic       requests, cached requests, bytes, threats and page views",
      "                per zone and day",
      "  status_codes  requests per HTTP status (hourly data: 3 days per query,",
      "                31 days back)",
      "  countries     requests per visitor country (hourly data, as above)",
      "  dns_queries   DNS queries per type and response code (hourly data)",
      "  dns           the DNS analytics report by query name, type and code",
      "  graphql       any GraphQL Analytics query: --query or --query-file",
      "GraphQL questions take up to 10 zones (--zone, repeatable) and count against Cloudflare's own budget of 300 queries per 5 minutes."
    })
public final class AnalyticsCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Parameters(index = "1", paramLabel = "QUESTION", description = "See above.")
  String question;

  @Option(names = "--zone", description = "A zone id or name (repeatable).")
  List<String> zones = List.of();

  @Option(names = "--since", description = "From this time or day (default: a day or a week ago).")
  String since;

  @Option(names = "--until", description = "Until this time or day (default: now).")
  String until;

  @Option(names = "--time-delta", description = "dns only: hour, day, ... for a report by time.")
  String timeDelta;

  @Option(names = "--query", description = "graphql only: the query text.")
  String query;

  @Option(names = "--query-file", description = "graphql only: a file holding the query.")
  Path queryFile;

  @Override
  public Integer call() throws Exception {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var analytics = useCases.analytics();
      var end = instant("--until", until);
      end = end == null ? Instant.now() : end;
      if (question.equals("graphql")) {
        var text = queryFile != null ? Files.readString(queryFile) : query;
        var data = analytics.rawGraphQl(storage.workspace, id, text, Map.of());
        Output.json(out(), new GraphQlData(data));
        out().flush();
        return 0;
      }
      AnalyticsTable table;
      if (question.equals("dns")) {
        if (zones.size() != 1) {
          throw new IllegalArgumentException("dns takes exactly one --zone");
        }
        table =
            analytics.dns(
                storage.workspace,
                id,
                zones.get(0),
                start(end, Duration.ofDays(1)),
                end,
                timeDelta,
                100);
      } else {
        var prepared = PreparedQuery.named("QUESTION", question, "dns or graphql");
        table =
            analytics.graphQl(
                storage.workspace,
                id,
                prepared,
                zones,
                start(end, prepared.daily() ? Duration.ofDays(7) : Duration.ofDays(1)),
                end);
      }
      var rows = AnalyticsViews.tabular(table);
      print(rows, rows.header(), AnalyticsViews.table(table));
      if (format == Format.table) {
        spec.commandLine().getErr().println(table.note());
      }
      return 0;
    }
  }

  private Instant start(Instant end, Duration fallback) {
    var given = instant("--since", since);
    return given == null ? end.minus(fallback) : given;
  }
}
