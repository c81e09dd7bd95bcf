package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.List;
import java.util.Map;

/** Deletes a zone with its DNS records and settings; destructive, so it needs confirmation. */
public final class ZoneDeleteAction extends DescribedAction {

  /** The action, as every face offers it. */
  public ZoneDeleteAction() {
    super(
        "zone.delete",
        Service.ZONE_WRITE,
        "Delete a zone from the account, with all its DNS records, settings and rules"
            + " (destructive: needs confirmation; the plan counts the DNS records). A zone"
            + " already gone is left as it is.",
        List.of(ZoneParam.ZONE));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var ref = input.requiredText("zone");
    try {
      var zone = ZoneRefs.resolve(client, connection, ref);
      var records =
          client.dnsRecords().list(zone.zoneId(), DnsRecordListParams.ALL).stream().count();
      var plan =
          new Plan(
              List.of(
                  "delete zone "
                      + zone.name()
                      + " ("
                      + zone.zoneId()
                      + ") with its "
                      + records
                      + (records == 1 ? " DNS record" : " DNS records")),
              true,
              "its settings, rules and certificates go too; adding it again starts from nothing");
      return new Prepared<>(
          plan,
          () -> WriteProbes.zoneEdit(client, zone.zoneId()),
          () -> {
            try {
              return Map.of("deleted", client.zones().delete(zone.zoneId()));
            } catch (NotFoundException gone) {
              // A retried delete finds the zone gone: the delete happened.
              return Map.of("deleted", zone.zoneId());
            }
          });
    } catch (ZoneNotFoundException gone) {
      return new Prepared<>(
          Plan.nothing("The account has no zone " + ref + " (already deleted?)"),
          () -> {},
          Map::of);
    }
  }
}
