package dev.flarelink.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.flarelink.simulator.faults.Faults;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.SecurityConfig;
import dev.flarelink.simulator.state.SimState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /__sim/...}: ground truth and control for tests and scripts, never under {@code
 * /client/v4}. {@code GET state}, {@code GET members}, {@code GET credentials}, {@code GET
 * requests}, {@code GET|PUT faults}, {@code POST reset}.
 */
final class ControlRoutes {

  private final CloudflareSimulator simulator;

  ControlRoutes(CloudflareSimulator simulator) {
    this.simulator = simulator;
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var path = exchange.getRequestURI().getPath().substring("/__sim".length());
      var method = exchange.getRequestMethod();
      var state = simulator.state();
      ObjectNode body;
      int status = 200;
      try {
        body =
            switch (method + " " + path) {
              case "GET /state" -> state.read(ControlRoutes::summary);
              case "GET /members" -> state.read(ControlRoutes::members);
              case "GET /credentials" -> credentials(simulator);
              case "GET /requests" -> requests();
              case "GET /faults" -> faults();
              case "PUT /faults", "POST /faults" -> {
                var spec =
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                        .trim();
                simulator.setFaults(Faults.parse(spec));
                yield faults();
              }
              case "POST /reset" -> {
                simulator.resetCounters();
                yield Wire.object().put("reset", true);
              }
              default -> {
                status = 404;
                yield Wire.object()
                    .put("error", "Unknown simulator path " + path + "; see GET /__sim/state");
              }
            };
      } catch (IllegalArgumentException e) {
        status = 400;
        body = Wire.object().put("error", e.getMessage());
      }
      var bytes = Wire.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  /**
   * Counts of what the primary account holds: the ground truth an import must reproduce. {@code
   * resources} counts, by type, what a full read of the account and its zones lists.
   */
  static ObjectNode summary(SimState state) {
    var accountId = state.primaryAccountId();
    var members = state.members(accountId);
    var node = Wire.object().put("account_id", accountId).put("seed", state.seed());
    var byStatus = node.putObject("members");
    for (var status : new String[] {"accepted", "pending", "rejected"}) {
      byStatus.put(status, members.stream().filter(m -> m.status().equals(status)).count());
    }
    node.put(
        "accepted_with_2fa",
        members.stream()
            .filter(m -> m.status().equals("accepted"))
            .filter(m -> state.user(m.userId()).map(u -> u.twoFactor()).orElse(false))
            .count());
    node.put("roles", state.roles(accountId).size());
    node.put("enforce_twofactor", state.account(accountId).orElseThrow().enforceTwoFactor());
    var zones = state.zones().stream().filter(z -> z.accountId().equals(accountId)).toList();
    node.put("zones", zones.size());
    node.put("dns_records", zones.stream().mapToLong(z -> state.records(z.id()).size()).sum());
    node.put("alerts", state.alerts(accountId).size());
    node.put("audit_log_entries", state.audit(accountId).size());
    node.put("purges", state.purges().size());
    var resources = node.putObject("resources");
    SecurityConfig.counts(state, accountId).forEach(resources::put);
    TrafficResources.count(state, resources);
    return node;
  }

  private static ObjectNode members(SimState state) {
    var accountId = state.primaryAccountId();
    var node = Wire.object().put("account_id", accountId);
    var list = node.putArray("members");
    for (var member : state.members(accountId)) {
      var user = state.user(member.userId());
      var item =
          list.addObject()
              .put("id", member.id())
              .put("email", member.email())
              .put("status", member.status());
      item.put("user_id", member.userId())
          .put("two_factor", user.map(u -> u.twoFactor()).orElse(false));
      var roles = item.putArray("roles");
      state.roles(accountId).stream()
          .filter(r -> member.roleIds().contains(r.id()))
          .forEach(r -> roles.add(r.name()));
      item.put("policies", member.policies().size());
    }
    return node;
  }

  static ObjectNode credentials(CloudflareSimulator simulator) {
    var node =
        Wire.object().put("base_url", simulator.baseUrl()).put("account_id", simulator.accountId());
    var list = node.putArray("credentials");
    for (var credential : simulator.state().read(SimState::credentials)) {
      var item = list.addObject().put("name", credential.name()).put("kind", credential.kind());
      if (credential.kind().equals("global_api_key")) {
        item.put("key", credential.secret()).put("email", credential.email());
      } else {
        item.put("token", credential.secret());
      }
      item.put("purpose", credential.purpose());
    }
    return node;
  }

  private ObjectNode requests() {
    var node = Wire.object();
    simulator.counters().forEach(node::put);
    return node;
  }

  private ObjectNode faults() {
    return (ObjectNode) Wire.MAPPER.valueToTree(simulator.faults());
  }
}
