package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.List;
import java.util.Map;

/**
 * Pauses a zone (destructive: its traffic goes straight to the origins, without Cloudflare's
 * protection or cache) or resumes it.
 */
public final class ZonePauseAction extends DescribedAction {

  private final boolean pause;

  private ZonePauseAction(boolean pause, String name, String description) {
    super(name, Service.ZONE_WRITE, description, List.of(ZoneParam.ZONE));
    this.pause = pause;
  }

  /** {@code zone.pause}. */
  public static ZonePauseAction pause() {
    return new ZonePauseAction(
        true,
        "zone.pause",
        "Pause a zone: Cloudflare resolves its proxied names to the origins, so traffic bypasses"
            + " Cloudflare's protection and cache (destructive: needs confirmation). A paused"
            + " zone is left as it is.");
  }

  /** {@code zone.unpause}. */
  public static ZonePauseAction unpause() {
    return new ZonePauseAction(
        false,
        "zone.unpause",
        "Resume a paused zone: traffic goes through Cloudflare again. A zone not paused is left"
            + " as it is.");
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var ref = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var paused = Boolean.TRUE.equals(client.zones().get(ref.zoneId()).paused());
    Plan plan;
    if (paused == pause) {
      plan = Plan.nothing("Zone " + ref.name() + " is already " + (pause ? "paused" : "active"));
    } else if (pause) {
      plan =
          new Plan(
              List.of("pause zone " + ref.name() + ": active → paused"),
              true,
              "traffic to its proxied names goes straight to the origins, without Cloudflare's"
                  + " WAF, DDoS protection or cache, and the origins' addresses become visible");
    } else {
      plan = Plan.of(List.of("resume zone " + ref.name() + ": paused → active"), false);
    }
    return new Prepared<>(
        plan,
        () -> WriteProbes.zoneEdit(client, ref.zoneId()),
        () -> ZoneCreateAction.result(client.zones().setPaused(ref.zoneId(), pause)));
  }
}
