package dev.flarelink.cli;

import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.core.view.InventoryViews;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink zones CONNECTION}: the account's zones. */
@Command(
    name = "zones",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the zones of a connection's account.",
      "They come from the last inventory scan or, with --fresh, from Cloudflare. Text filters match in any case: VALUE is exact, or write contains:VALUE, starts_with:VALUE or ends_with:VALUE."
    })
public final class ZonesCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--name", description = "Zone name filter, e.g. ends_with:.io")
  String name;

  @Option(names = "--status", description = "initializing, pending, active or moved.")
  String status;

  @Option(names = "--fresh", description = "Ask Cloudflare now instead of the inventory.")
  boolean fresh;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var inventory = useCases.inventory();
      var zones =
          inventory.allZones(
              storage.workspace,
              id,
              new ZoneQuery(TextMatches.parse("name", name), status, 1, 1000),
              fresh);
      var coverage = inventory.coverage(storage.workspace, id);
      var json =
          new InventoryViews.ZoneList(
              zones.stream().map(InventoryViews::zone).toList(),
              InventoryViews.source(fresh, coverage));
      print(
          InventoryViews.zonesTable(zones),
          List.of("name", "status", "plan", "paused", "development_mode", "id"),
          json);
      if (!fresh) {
        noteCoverage(coverage);
      }
      return 0;
    }
  }
}
