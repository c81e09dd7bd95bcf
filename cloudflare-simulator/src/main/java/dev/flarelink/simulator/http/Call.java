package dev.flarelink.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.auth.Principal;
import dev.flarelink.simulator.state.SimState;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * One routed request: the request, its path parameters, the state, the caller and the clock.
 *
 * @param principal the caller, or {@code null} on routes that authenticate for themselves
 */
public record Call(
    SimRequest request,
    Map<String, String> params,
    SimState state,
    Principal principal,
    Clock clock) {

  /** A path parameter. */
  public String param(String name) {
    return params.get(name);
  }

  /** A query parameter, or {@code null}. */
  public String query(String name) {
    return request.param(name);
  }

  /** The body as JSON; a body that is not JSON is refused as Cloudflare does. */
  public JsonNode json() {
    try {
      var node = Wire.MAPPER.readTree(request.body());
      if (node == null || node.isMissingNode()) {
        throw Wire.fail(400, 9207, "Request body is invalid.");
      }
      return node;
    } catch (IOException e) {
      throw Wire.fail(400, 9207, "Request body is invalid.");
    }
  }
}
