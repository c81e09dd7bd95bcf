package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Traffic.WaitingRoom;
import java.util.List;

/** A zone's waiting rooms (read only). */
public final class WaitingRoomRoutes {

  /** Registers the routes. */
  public void register(Router router) {
    var read = Access.zone("Waiting Rooms Read", "Waiting Rooms Write");
    var base = "/zones/{zone_id}/waiting_rooms";
    router.add("GET", base, read, this::list);
    router.add("GET", base + "/{waiting_room_id}", read, this::get);
  }

  private SimResponse list(Call call) {
    var zoneId = call.param("zone_id");
    var rooms = call.state().read(s -> List.copyOf(s.traffic().waitingRooms(zoneId)));
    return Paging.page(call, rooms, HealthCheckRoutes.LIMITS, WaitingRoomRoutes::render);
  }

  private SimResponse get(Call call) {
    var room =
        call.state()
            .read(
                s ->
                    s.traffic().waitingRooms(call.param("zone_id")).stream()
                        .filter(w -> w.id().equals(call.param("waiting_room_id")))
                        .findFirst())
            .orElseThrow(() -> fail(404, 1001, "waiting room not found"));
    return Wire.ok(render(room));
  }

  static ObjectNode render(WaitingRoom room) {
    var node =
        Wire.object()
            .put("id", room.id())
            .put("created_on", Wire.time(room.createdOn()))
            .put("modified_on", Wire.time(room.modifiedOn()))
            .put("name", room.name())
            .put("description", room.description())
            .put("host", room.host())
            .put("path", room.path())
            .put("queue_all", room.queueAll())
            .put("new_users_per_minute", room.newUsersPerMinute())
            .put("total_active_users", room.totalActiveUsers())
            .put("session_duration", room.sessionDuration())
            .put("disable_session_renewal", false)
            .put("json_response_enabled", false)
            .put("queueing_method", room.queueingMethod())
            .put("queueing_status_code", 200)
            .put("suspended", room.suspended())
            .put("default_template_language", "en-US")
            .put("custom_page_html", "")
            .put("cookie_suffix", "")
            .putNull("next_event_prequeue_start_time")
            .putNull("next_event_start_time");
    node.putArray("additional_routes");
    node.putObject("cookie_attributes").put("samesite", "auto").put("secure", "auto");
    return node;
  }
}
