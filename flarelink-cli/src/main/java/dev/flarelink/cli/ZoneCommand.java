package dev.flarelink.cli;

import dev.flarelink.core.inventory.ZoneDetail;
import dev.flarelink.core.view.InventoryViews;
import dev.flarelink.core.view.InventoryViews.ZoneSettings;
import dev.flarelink.core.view.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flarelink zone CONNECTION ZONE}: one zone, its SSL and security settings. */
@Command(
    name = "zone",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one zone (by id or name) with its SSL and security settings.",
      "It shows the status, plan, name servers, and the ssl, min_tls_version, always_use_https, tls_1_3 and security_level settings, from the last inventory scan or, with --fresh, from Cloudflare. --settings lists every setting instead."
    })
public final class ZoneCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Parameters(index = "1", paramLabel = "ZONE", description = "A zone id or name.")
  String zone;

  @Option(names = "--settings", description = "List every setting of the zone.")
  boolean settings;

  @Option(names = "--fresh", description = "Ask Cloudflare now instead of the inventory.")
  boolean fresh;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var detail = useCases.inventory().zone(storage.workspace, id, zone, fresh);
      if (settings) {
        var table = InventoryViews.settingsTable(detail.settings());
        print(
            table, table.header(), new ZoneSettings(InventoryViews.zoneDetail(detail).settings()));
        return 0;
      }
      var view = InventoryViews.zoneDetail(detail);
      print(fields(detail), List.of("field", "value"), view);
      return 0;
    }
  }

  /** The zone as field and value rows, the security settings first. */
  private static Tabular fields(ZoneDetail detail) {
    var rows = new ArrayList<List<Object>>();
    Output.fields(InventoryViews.zone(detail.zone()))
        .forEach((field, value) -> rows.add(List.of(field, value == null ? "" : text(value))));
    rows.add(List.of("dns_records", detail.records() == null ? "" : detail.records()));
    ZoneDetail.KEY_SETTINGS.forEach(
        id -> rows.add(List.of(id, detail.setting(id) == null ? "(not set)" : detail.setting(id))));
    return new Tabular(List.of("field", "value"), rows);
  }

  /** Lists as one line; other values as they are, for the table to word. */
  private static Object text(Object value) {
    return value instanceof List<?> list
        ? String.join(", ", list.stream().map(String::valueOf).toList())
        : value;
  }
}
