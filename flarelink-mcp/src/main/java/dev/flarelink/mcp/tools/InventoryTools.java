package dev.flarelink.mcp.tools;

import dev.flarelink.core.connection.Service;
import dev.flarelink.core.inventory.DnsQuery;
import dev.flarelink.core.inventory.DnsTypes;
import dev.flarelink.core.inventory.TextMatches;
import dev.flarelink.core.inventory.ZoneQuery;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.view.InventoryViews;
import dev.flarelink.core.view.InventoryViews.ZoneFromCloudflare;
import dev.flarelink.core.view.InventoryViews.ZoneFromInventory;
import dev.flarelink.core.view.ScanViews;
import dev.flarelink.mcp.tool.Args;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.FlarelinkTool.Answer;
import dev.flarelink.mcp.tool.Listing;
import dev.flarelink.mcp.tool.Schema;
import dev.flarelink.mcp.tool.ToolCall;
import java.util.List;
import java.util.Map;

/** Zones, a zone's details and settings, and DNS records: from the last scan, or live. */
final class InventoryTools {

  private static final String TEXT_FILTER =
      " Exact by default; prefix with contains:, starts_with: or ends_with: to match part.";
  private static final String FRESH =
      "Read Cloudflare now instead of the last scan (slower, uses the rate limit).";

  private InventoryTools() {}

  static List<FlarelinkTool> all() {
    return List.of(
        FlarelinkTool.read(
            "search_zones",
            "Search zones",
            "Lists the account's zones (domains), optionally by name and status, with plan and"
                + " record count.",
            Schema.object()
                .connection()
                .string("name", "The zone name." + TEXT_FILTER)
                .choice("status", "Only zones in this status.", ZoneQuery.STATUSES)
                .bool("fresh", FRESH)
                .listing(20),
            Service.INVENTORY,
            InventoryTools::zones),
        FlarelinkTool.read(
            "get_zone",
            "Zone details",
            "One zone with its SSL, TLS and security settings (SSL mode, minimum TLS version,"
                + " Always Use HTTPS, security level, ...), name servers and plan.",
            Schema.object()
                .connection()
                .string("zone", "The zone's name (example.com) or id.")
                .bool("fresh", FRESH)
                .require("zone"),
            Service.INVENTORY,
            InventoryTools::zone),
        FlarelinkTool.read(
            "search_dns_records",
            "Search DNS records",
            "Lists DNS records in one zone or across every zone, by type, name, content, proxied"
                + " status, comment or tag.",
            Schema.object()
                .connection()
                .string("zone", "Only this zone (name or id); leave out for every zone.")
                .string(
                    "type", "Only records of this type: " + String.join(", ", DnsTypes.ALL) + ".")
                .string("name", "The record's full name (www.example.com)." + TEXT_FILTER)
                .string("content", "The record's content (an IP, a target)." + TEXT_FILTER)
                .bool("proxied", "Only proxied (true) or DNS-only (false) records.")
                .string("comment", "The record's comment." + TEXT_FILTER)
                .string("tag", "Records with a tag of this name, or exactly name:value.")
                .bool("fresh", FRESH)
                .listing(25),
            Service.INVENTORY,
            InventoryTools::records));
  }

  private static Answer zones(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var inventory = call.useCases().inventory();
    var coverage = inventory.coverage(connection);
    var fresh = fresh(args, coverage);
    var name = TextMatches.parse("name", args.string("name"));
    var status = args.string("status");
    var out =
        Listing.of(
            args,
            20,
            "zones",
            (page, perPage) -> {
              var found =
                  inventory.zones(connection, new ZoneQuery(name, status, page, perPage), fresh);
              return new Listing.Page<>(found.zones(), found.total());
            },
            InventoryViews::zone);
    out.putAll(Listing.object(InventoryViews.source(fresh, coverage)));
    return new Answer(said(args, fresh, coverage, summary(out, "zones")), out);
  }

  private static Answer zone(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var coverage = call.useCases().inventory().coverage(connection);
    var fresh = fresh(args, coverage);
    var detail = call.useCases().inventory().zone(connection, args.required("zone"), fresh);
    var view = InventoryViews.zoneDetail(detail);
    var text = "Zone " + detail.zone().name() + " (" + detail.zone().status() + ")";
    if (fresh) {
      return new Answer(
          said(args, true, coverage, text), new ZoneFromCloudflare(view, "cloudflare"));
    }
    return new Answer(
        partial(false, coverage) ? covered(text, coverage) : text,
        new ZoneFromInventory(view, ScanViews.coverage(coverage)));
  }

  private static Answer records(ToolCall call) {
    var args = call.args();
    var connection = call.connection();
    var inventory = call.useCases().inventory();
    var coverage = inventory.coverage(connection);
    var fresh = fresh(args, coverage);
    var zone = args.string("zone");
    var type = args.string("type");
    var name = TextMatches.parse("name", args.string("name"));
    var content = TextMatches.parse("content", args.string("content"));
    var proxied = args.bool("proxied");
    var comment = TextMatches.parse("comment", args.string("comment"));
    var tag = args.string("tag");
    var out =
        Listing.of(
            args,
            25,
            "dns_records",
            (page, perPage) -> {
              var found =
                  inventory.records(
                      connection,
                      new DnsQuery(zone, type, name, content, proxied, comment, tag, page, perPage),
                      fresh);
              return new Listing.Page<>(found.records(), found.total());
            },
            InventoryViews::record);
    out.putAll(Listing.object(InventoryViews.source(fresh, coverage)));
    return new Answer(said(args, fresh, coverage, summary(out, "DNS records")), out);
  }

  /**
   * Whether to read Cloudflare: when asked, and whenever no inventory scan has completed yet, since
   * an empty store is no answer (an agent cannot start a scan through another face).
   */
  private static boolean fresh(Args args, Coverage coverage) {
    return Boolean.TRUE.equals(args.bool("fresh")) || !coverage.scanned();
  }

  /** The summary, saying where the answer comes from when that is not what was asked. */
  private static String said(Args args, boolean fresh, Coverage coverage, String summary) {
    if (fresh && !Boolean.TRUE.equals(args.bool("fresh"))) {
      return "No inventory scan yet, so this was read from Cloudflare now: " + summary;
    }
    return partial(fresh, coverage) ? covered(summary, coverage) : summary;
  }

  /** Whether an inventory answer comes from a partial scan (a never-scanned one has its note). */
  private static boolean partial(boolean fresh, Coverage coverage) {
    return !fresh && coverage.state() == Coverage.State.PARTIAL;
  }

  /**
   * {@code text}, led by what the coverage means when the answer does not cover the whole account
   * (no scan yet, or a partial one), so that an empty answer is not read as a clean one.
   */
  static String covered(String text, Coverage coverage) {
    return coverage.state() == Coverage.State.COMPLETE ? text : coverage.message() + " " + text;
  }

  /** "12 of 340 zones; more with next_cursor", or a note when the inventory was never scanned. */
  static String summary(Map<String, Object> listing, String what) {
    var text =
        listing.get("returned")
            + " of "
            + listing.get("total")
            + " "
            + what
            + (listing.get("next_cursor") == null ? "" : "; more with next_cursor");
    var note = listing.get("note");
    return note == null ? text : text + ". " + note;
  }
}
