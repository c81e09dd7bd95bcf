package dev.flarelink.simulator.http;

import dev.flarelink.simulator.state.Ids;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a method and path to a route. Parameters named {@code ..._id} must be Cloudflare
 * identifiers; a malformed one, or a path that matches nothing, is answered as Cloudflare does
 * (400, 7003 "Could not route to ..." with 7000 "No route for that URI").
 */
public final class Router {

  /** A route's handler. */
  @FunctionalInterface
  public interface Handler {
    /** Answers the call. */
    SimResponse handle(Call call);
  }

  /**
   * One route.
   *
   * @param access what the caller must hold; {@code null} for routes that authenticate themselves
   */
  public record Route(
      String method, String template, List<String> segments, Access access, Handler handler) {}

  /** A route with the parameters bound from the path. */
  public record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route; {@code template} uses {@code {name}} segments. */
  public Router add(String method, String template, Access access, Handler handler) {
    routes.add(
        new Route(
            method, template, List.of(template.substring(1).split("/", -1)), access, handler));
    return this;
  }

  /** The route for this request, or the routing error Cloudflare gives. */
  public Match match(String method, String path) {
    var parts = path.length() <= 1 ? new String[0] : path.substring(1).split("/", -1);
    Match best = null;
    var pathMatched = false;
    for (var route : routes) {
      var params = bind(route, parts);
      if (params.isEmpty()) {
        continue;
      }
      pathMatched = true;
      if (route.method().equals(method)
          && (best == null || params.get().size() < best.params().size())) {
        best = new Match(route, params.get());
      }
    }
    if (best != null) {
      if (best.params().entrySet().stream()
          .anyMatch(e -> e.getKey().endsWith("_id") && !Ids.isId(e.getValue()))) {
        throw noRoute(path);
      }
      return best;
    }
    if (pathMatched) {
      throw Wire.fail(405, 10405, "Method not allowed for this endpoint: " + method);
    }
    throw noRoute(path);
  }

  private static SimException noRoute(String path) {
    return new SimException(
        Wire.failure(
            400,
            Wire.error(
                7003,
                "Could not route to /client/v4"
                    + path
                    + ", perhaps your object identifier is invalid?"),
            Wire.error(7000, "No route for that URI")));
  }

  private static Optional<Map<String, String>> bind(Route route, String[] parts) {
    if (route.segments().size() != parts.length) {
      return Optional.empty();
    }
    var params = new HashMap<String, String>();
    for (int i = 0; i < parts.length; i++) {
      var segment = route.segments().get(i);
      if (segment.startsWith("{")) {
        if (parts[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(
            segment.substring(1, segment.length() - 1),
            URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
      } else if (!segment.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }
}
