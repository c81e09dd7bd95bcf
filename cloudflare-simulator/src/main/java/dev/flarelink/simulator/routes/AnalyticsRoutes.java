package dev.flarelink.simulator.routes;

import dev.flarelink.simulator.http.Router;

/** DNS analytics and GraphQL Analytics. */
public final class AnalyticsRoutes {

  /** Registers the routes. */
  public void register(Router router) {}
}
