package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Traffic.HealthCheck;
import java.util.List;

/** A zone's standalone health checks. */
public final class HealthCheckRoutes {

  static final Paging.Limits LIMITS = new Paging.Limits(25, 5, 1000);
  private static final List<String> TYPES = List.of("HTTP", "HTTPS", "TCP");
  private static final List<String> REGIONS =
      List.of(
          "WNAM",
          "ENAM",
          "WEU",
          "EEU",
          "NSAM",
          "SSAM",
          "OC",
          "ME",
          "NAF",
          "SAF",
          "IN",
          "SEAS",
          "NEAS",
          "ALL_REGIONS");

  /** Registers the routes. */
  public void register(Router router) {
    var read = Access.zone("Health Checks Read", "Health Checks Write");
    var write = Access.zone("Health Checks Write");
    var base = "/zones/{zone_id}/healthchecks";
    router.add("GET", base, read, this::list);
    router.add("POST", base, write, call -> save(call, null, false));
    router.add("GET", base + "/{healthcheck_id}", read, call -> Wire.ok(render(find(call))));
    router.add("PUT", base + "/{healthcheck_id}", write, call -> save(call, find(call), false));
    router.add("PATCH", base + "/{healthcheck_id}", write, call -> save(call, find(call), true));
    router.add("DELETE", base + "/{healthcheck_id}", write, this::delete);
  }

  private SimResponse list(Call call) {
    var zoneId = call.param("zone_id");
    var checks = call.state().read(s -> List.copyOf(s.traffic().healthChecks(zoneId)));
    return Paging.page(call, checks, LIMITS, HealthCheckRoutes::render);
  }

  private static HealthCheck find(Call call) {
    return call.state()
        .read(
            s ->
                s.traffic().healthChecks(call.param("zone_id")).stream()
                    .filter(h -> h.id().equals(call.param("healthcheck_id")))
                    .findFirst())
        .orElseThrow(() -> fail(404, 1001, "healthcheck not found"));
  }

  static ObjectNode render(HealthCheck check) {
    var node =
        Wire.object()
            .put("id", check.id())
            .put("name", check.name())
            .put("description", check.description())
            .put("address", check.address())
            .put("type", check.type())
            .put("interval", check.interval())
            .put("retries", check.retries())
            .put("timeout", check.timeout())
            .put("consecutive_fails", 1)
            .put("consecutive_successes", 1)
            .put("suspended", check.suspended())
            .put("status", check.status())
            .put("failure_reason", check.failureReason())
            .put("created_on", Wire.time(check.createdOn()))
            .put("modified_on", Wire.time(check.modifiedOn()));
    var regions = node.putArray("check_regions");
    check.checkRegions().forEach(regions::add);
    if (check.type().equals("TCP")) {
      node.putNull("http_config");
      node.putObject("tcp_config").put("method", check.method()).put("port", check.port());
    } else {
      var http =
          node.putObject("http_config")
              .put("method", check.method())
              .put("path", check.path())
              .put("port", check.port())
              .put("expected_body", "")
              .put("follow_redirects", false)
              .put("allow_insecure", false);
      var codes = http.putArray("expected_codes");
      check.expectedCodes().forEach(codes::add);
      http.putNull("header");
      node.putNull("tcp_config");
    }
    return node;
  }

  /** Creates (existing {@code null}), replaces, or patches a health check. */
  private SimResponse save(Call call, HealthCheck existing, boolean patch) {
    var body = call.json();
    if (!body.isObject()) {
      throw Fields.invalid("the body must be a health check object");
    }
    var keep = patch && existing != null;
    var name = keep && !body.has("name") ? existing.name() : Fields.required(body, "name");
    var address =
        keep && !body.has("address") ? existing.address() : Fields.required(body, "address");
    if (!Fields.address(address)) {
      throw Fields.invalid("address " + address + " is not a valid IP address or hostname");
    }
    var type = Fields.oneOf(body, "type", keep ? existing.type() : "HTTP", TYPES);
    var tcp = type.equals("TCP");
    var config = body.path(tcp ? "tcp_config" : "http_config");
    var changesKind = keep && existing.type().equals("TCP") != tcp;
    var same = keep && !changesKind;
    var method =
        Fields.text(
            config, "method", same ? existing.method() : tcp ? "connection_established" : "GET");
    if (tcp ? !method.equals("connection_established") : !List.of("GET", "HEAD").contains(method)) {
      throw Fields.invalid(
          (tcp ? "tcp_config" : "http_config")
              + ".method must be "
              + (tcp ? "connection_established" : "GET or HEAD"));
    }
    var port = Fields.number(config, "port", same ? existing.port() : defaultPort(type), 0, 65535);
    var path = tcp ? "" : Fields.text(config, "path", same ? existing.path() : "/");
    var codes =
        tcp
            ? List.<String>of()
            : Fields.strings(
                config,
                "expected_codes",
                same ? existing.expectedCodes() : List.of("200"),
                List.of());
    var interval = Fields.number(body, "interval", keep ? existing.interval() : 60, 5, 3600);
    var timeout = Fields.number(body, "timeout", keep ? existing.timeout() : 5, 1, 10);
    var suspended = Fields.bool(body, "suspended", keep && existing.suspended());
    var now = call.clock().instant();
    var zoneId = call.param("zone_id");
    return call.state()
        .write(
            state -> {
              var status =
                  suspended
                      ? "suspended"
                      : existing == null || existing.status().equals("suspended")
                          ? "unknown"
                          : existing.status();
              var check =
                  new HealthCheck(
                      existing == null ? state.newId() : existing.id(),
                      zoneId,
                      name,
                      Fields.text(body, "description", keep ? existing.description() : ""),
                      address,
                      type,
                      port,
                      path,
                      method,
                      codes,
                      interval,
                      Fields.number(body, "retries", keep ? existing.retries() : 2, 0, 5),
                      timeout,
                      Fields.strings(
                          body,
                          "check_regions",
                          keep ? existing.checkRegions() : List.of("WNAM", "ENAM"),
                          REGIONS),
                      suspended,
                      status,
                      status.equals("unhealthy") ? existing.failureReason() : "",
                      existing == null ? now : existing.createdOn(),
                      now);
              var list = state.traffic().healthChecks(zoneId);
              if (existing == null) {
                list.add(check);
              } else {
                list.replaceAll(h -> h.id().equals(check.id()) ? check : h);
              }
              return Wire.ok(render(check));
            });
  }

  private static int defaultPort(String type) {
    return switch (type) {
      case "HTTPS" -> 443;
      case "TCP" -> 22;
      default -> 80;
    };
  }

  private SimResponse delete(Call call) {
    var check = find(call);
    return call.state()
        .write(
            state -> {
              state.traffic().healthChecks(check.zoneId()).removeIf(h -> h.id().equals(check.id()));
              return Wire.ok(Wire.object().put("id", check.id()));
            });
  }
}
