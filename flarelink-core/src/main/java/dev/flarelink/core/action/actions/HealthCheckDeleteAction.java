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

/** Deletes a health check; destructive, so it needs confirmation. */
public final class HealthCheckDeleteAction extends DescribedAction {

  /** The action, as every face offers it. */
  public HealthCheckDeleteAction() {
    super(
        "health_check.delete",
        Service.LOAD_BALANCING_WRITE,
        "Delete a health check of a zone (destructive: needs confirmation; its origin is no"
            + " longer watched). One already gone is left as it is.",
        List.of(ZoneParam.ZONE, ActionParam.required("id", "the health check's id or name")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var ref = input.requiredText("id");
    var found = HealthChecks.find(client, zone.zoneId(), ref);
    if (found.isEmpty()) {
      return new Prepared<>(
          Plan.nothing(
              "Zone " + zone.name() + " has no health check " + ref + " (already deleted?)"),
          () -> {},
          Map::of);
    }
    var check = found.get();
    var plan =
        new Plan(
            List.of(
                "delete the "
                    + check.type()
                    + " health check "
                    + check.name()
                    + " of "
                    + check.address()
                    + " ("
                    + check.id()
                    + ") from "
                    + zone.name()),
            true,
            "the origin is no longer watched and its notifications stop");
    return new Prepared<>(
        plan,
        () -> WriteProbes.healthChecks(client, zone.zoneId()),
        () -> {
          try {
            return Map.of("deleted", client.healthChecks().delete(zone.zoneId(), check.id()));
          } catch (NotFoundException gone) {
            // A retried delete finds the check gone: the delete happened.
            return Map.of("deleted", check.id());
          }
        });
  }
}
