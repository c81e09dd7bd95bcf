package dev.flarelink.cli;

import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.core.view.InventoryViews;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink dns CONNECTION}: DNS records across the account's zones, or in one. */
@Command(
    name = "dns",
    mixinStandardHelpOptions = true,
    description = {
      "Finds DNS records across every zone of a connection's account, or in one.",
      "They come from the last inventory scan or, with --fresh, from Cloudflare. Every filter given must hold. Text filters match in any case: VALUE is exact, or write contains:VALUE, starts_with:VALUE or ends_with:VALUE.",
      "Example: what A records point to 192.168.1.1?",
      "  flarelink dns Production --type A --content 192.168.1.1"
    })
public final class DnsCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--zone", description = "Only this zone (id or name).")
  String zone;

  @Option(names = "--type", description = "A, AAAA, CNAME, MX, TXT, ...")
  String type;

  @Option(names = "--name", description = "Record name filter.")
  String name;

  @Option(names = "--content", description = "Record content filter.")
  String content;

  @Option(names = "--proxied", paramLabel = "on|off", description = "Proxied or not.")
  String proxied;

  @Option(names = "--comment", description = "Comment filter.")
  String comment;

  @Option(names = "--tag", description = "A tag name, or name:value for an exact tag.")
  String tag;

  @Option(names = "--fresh", description = "Ask Cloudflare now instead of the inventory.")
  boolean fresh;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      var inventory = useCases.inventory();
      var query =
          new DnsQuery(
              zone,
              type,
              TextMatches.parse("name", name),
              TextMatches.parse("content", content),
              onOff("--proxied", proxied),
              TextMatches.parse("comment", comment),
              tag,
              1,
              1000);
      var records = inventory.allRecords(storage.workspace, id, query, fresh);
      var coverage = inventory.coverage(storage.workspace, id);
      var json =
          new InventoryViews.DnsRecordList(
              records.stream().map(InventoryViews::record).toList(),
              InventoryViews.source(fresh, coverage));
      print(
          InventoryViews.recordsTable(records),
          List.of("zone_name", "type", "name", "content", "ttl", "proxied", "comment"),
          json);
      if (!fresh) {
        noteCoverage(coverage);
      }
      return 0;
    }
  }
}
