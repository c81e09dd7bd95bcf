package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Traffic.Monitor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An account's load balancing monitors, which check the origins of the pools using them. */
public final class MonitorRoutes {

  private static final List<String> MONITOR_TYPES =
      List.of("http", "https", "tcp", "udp_icmp", "icmp_ping", "smtp");

  /** Registers the routes. */
  public void register(Router router) {
    var read = Access.account(PoolRoutes.READ, PoolRoutes.WRITE);
    var write = Access.account(PoolRoutes.WRITE);
    var monitors = "/accounts/{account_id}/load_balancers/monitors";
    router.add("GET", monitors, read, this::listMonitors);
    router.add("POST", monitors, write, call -> saveMonitor(call, null, false));
    router.add("GET", monitors + "/{monitor_id}", read, this::getMonitor);
    router.add(
        "PUT", monitors + "/{monitor_id}", write, call -> saveMonitor(call, monitor(call), false));
    router.add(
        "PATCH", monitors + "/{monitor_id}", write, call -> saveMonitor(call, monitor(call), true));
    router.add("DELETE", monitors + "/{monitor_id}", write, this::deleteMonitor);
  }

  private SimResponse listMonitors(Call call) {
    var accountId = call.param("account_id");
    return PoolRoutes.single(
        call.state().read(s -> List.copyOf(s.traffic().monitors(accountId))),
        MonitorRoutes::monitor);
  }

  private SimResponse getMonitor(Call call) {
    return Wire.ok(monitor(monitor(call)));
  }

  private static Monitor monitor(Call call) {
    return call.state()
        .read(
            s ->
                s.traffic().monitors(call.param("account_id")).stream()
                    .filter(m -> m.id().equals(call.param("monitor_id")))
                    .findFirst())
        .orElseThrow(() -> fail(404, 1001, "monitor not found"));
  }

  static ObjectNode monitor(Monitor monitor) {
    var node =
        Wire.object()
            .put("id", monitor.id())
            .put("created_on", Wire.time(monitor.createdOn()))
            .put("modified_on", Wire.time(monitor.modifiedOn()))
            .put("type", monitor.type())
            .put("description", monitor.description())
            .put("method", monitor.method())
            .put("port", monitor.port())
            .put("timeout", monitor.timeout())
            .put("retries", monitor.retries())
            .put("interval", monitor.interval())
            .put("consecutive_up", 0)
            .put("consecutive_down", 0);
    if (monitor.http()) {
      node.put("path", monitor.path())
          .put("expected_body", monitor.expectedBody())
          .put("expected_codes", monitor.expectedCodes())
          .put("follow_redirects", monitor.followRedirects())
          .put("allow_insecure", monitor.allowInsecure())
          .put("probe_zone", "");
      var header = node.putObject("header");
      monitor.header().forEach((name, values) -> values.forEach(header.putArray(name)::add));
    }
    return node;
  }

  /** Creates (existing {@code null}), replaces, or patches a monitor. */
  private SimResponse saveMonitor(Call call, Monitor existing, boolean patch) {
    var body = call.json();
    if (!body.isObject()) {
      throw Fields.invalid("the body must be a monitor object");
    }
    var keep = patch && existing != null;
    var type = Fields.oneOf(body, "type", keep ? existing.type() : "http", MONITOR_TYPES);
    var http = type.equals("http") || type.equals("https");
    var method =
        Fields.text(
            body, "method", keep ? existing.method() : http ? "GET" : "connection_established");
    if (http
        ? !List.of("GET", "HEAD").contains(method)
        : !method.equals("connection_established")) {
      throw Fields.invalid(
          "method must be " + (http ? "GET or HEAD" : "connection_established") + " for " + type);
    }
    var expectedCodes = Fields.text(body, "expected_codes", keep ? existing.expectedCodes() : "");
    if (http && !expectedCodes.matches("[1-5](\\d\\d|xx)")) {
      throw Fields.invalid("expected_codes must be a status code or class such as 200 or 2xx");
    }
    var interval = Fields.number(body, "interval", keep ? existing.interval() : 60, 5, 3600);
    var timeout = Fields.number(body, "timeout", keep ? existing.timeout() : 5, 1, 10);
    if (timeout >= interval) {
      throw Fields.invalid("timeout must be shorter than interval");
    }
    var header = new LinkedHashMap<String, List<String>>();
    if (body.has("header")) {
      if (!body.get("header").isObject()) {
        throw Fields.invalid("header must map header names to lists of values");
      }
      body.get("header")
          .properties()
          .forEach(
              e -> {
                var values = new ArrayList<String>();
                e.getValue().forEach(v -> values.add(v.asText()));
                header.put(e.getKey(), List.copyOf(values));
              });
    } else if (keep) {
      header.putAll(existing.header());
    }
    var now = call.clock().instant();
    var accountId = call.param("account_id");
    return call.state()
        .write(
            state -> {
              var monitor =
                  new Monitor(
                      existing == null ? state.newId() : existing.id(),
                      accountId,
                      type,
                      method,
                      Fields.text(body, "path", keep ? existing.path() : http ? "/" : ""),
                      Fields.number(
                          body,
                          "port",
                          keep ? existing.port() : type.equals("https") ? 443 : 80,
                          0,
                          65535),
                      interval,
                      Fields.number(body, "retries", keep ? existing.retries() : 2, 0, 5),
                      timeout,
                      expectedCodes,
                      Fields.text(body, "expected_body", keep ? existing.expectedBody() : ""),
                      Fields.text(body, "description", keep ? existing.description() : ""),
                      Fields.bool(body, "follow_redirects", keep && existing.followRedirects()),
                      Fields.bool(body, "allow_insecure", keep && existing.allowInsecure()),
                      Map.copyOf(header),
                      existing == null ? now : existing.createdOn(),
                      now);
              var monitors = state.traffic().monitors(accountId);
              if (existing == null) {
                monitors.add(monitor);
              } else {
                monitors.replaceAll(m -> m.id().equals(monitor.id()) ? monitor : m);
              }
              return Wire.ok(monitor(monitor));
            });
  }

  private SimResponse deleteMonitor(Call call) {
    var accountId = call.param("account_id");
    var monitor = monitor(call);
    return call.state()
        .write(
            state -> {
              if (state.traffic().pools(accountId).stream()
                  .anyMatch(p -> monitor.id().equals(p.monitorId()))) {
                throw fail(
                    412, 1005, "This object is referenced by other objects, delete them first.");
              }
              state.traffic().monitors(accountId).removeIf(m -> m.id().equals(monitor.id()));
              return Wire.ok(Wire.object().put("id", monitor.id()));
            });
  }
}
