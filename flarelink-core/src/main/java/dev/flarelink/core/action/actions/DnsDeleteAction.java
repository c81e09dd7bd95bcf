package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.List;
import java.util.Map;

/** Deletes a DNS record; destructive, so it needs confirmation. */
public final class DnsDeleteAction extends DescribedAction {

  /** The action, as every face offers it. */
  public DnsDeleteAction() {
    super(
        "dns.delete",
        Service.DNS_WRITE,
        "Delete a DNS record (destructive: needs confirmation). A record already gone is left"
            + " as it is.",
        List.of(ZoneParam.ZONE, ActionParam.required("id", "the record's id")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var id = input.requiredText("id");
    Plan plan;
    try {
      var current = client.dnsRecords().get(zone.zoneId(), id);
      plan =
          Plan.of(
              List.of(
                  "delete "
                      + current.type()
                      + " "
                      + current.name()
                      + " "
                      + current.content()
                      + " ("
                      + id
                      + ") from "
                      + zone.name()),
              true);
    } catch (NotFoundException e) {
      plan = Plan.nothing("Zone " + zone.name() + " has no record " + id + " (already deleted?)");
    }
    return new Prepared<>(
        plan,
        () -> WriteProbes.dnsWrite(client, zone.zoneId()),
        () -> {
          try {
            return Map.of("deleted", client.dnsRecords().delete(zone.zoneId(), id));
          } catch (NotFoundException gone) {
            // A retried delete finds the record gone: the delete happened.
            return Map.of("deleted", id);
          }
        });
  }
}
