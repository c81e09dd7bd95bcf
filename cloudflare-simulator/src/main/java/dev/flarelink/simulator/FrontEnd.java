package dev.flarelink.simulator;

import com.sun.net.httpserver.HttpExchange;
import dev.flarelink.simulator.auth.Principal;
import dev.flarelink.simulator.faults.FaultInjector.Fault;
import dev.flarelink.simulator.faults.RateLimiter;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimException;
import dev.flarelink.simulator.http.SimRequest;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Serves {@code /client/v4}: scripted answers, faults, routing, rate limits, auth, handlers. */
final class FrontEnd {

  private static String html502(String ray) {
    return ("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway | api.cloudflare.com | Cloudflare</title></head>"
            + "<body><h1>Error 502</h1><p>Bad gateway</p><p>Cloudflare Ray ID: %s</p></body></html>\n")
        .formatted(ray);
  }

  private final CloudflareSimulator simulator;

  FrontEnd(CloudflareSimulator simulator) {
    this.simulator = simulator;
  }

  void handleApi(HttpExchange exchange) {
    var arrived = System.nanoTime();
    try (exchange) {
      var request = read(exchange);
      if (simulator.recording()) {
        simulator.record(
            new RecordedRequest(
                request.method(),
                request.path(),
                request.query(),
                lowerCase(exchange),
                request.body()));
      }
      var scripted = simulator.nextScripted();
      if (scripted != null) {
        var response = new SimResponse(scripted.status(), scripted.contentType(), scripted.bytes());
        scripted.headers().forEach(response::header);
        simulator.count(request.method() + " (scripted) " + scripted.status());
        send(exchange, response, Fault.NONE);
        return;
      }
      var decision = simulator.faultInjector().next();
      var outcome = answer(request, decision.fault());
      simulator.count(request.method() + " " + outcome.template + " " + outcome.response.status());
      // The latency is the whole time a response takes: it leaves that long after its request
      // arrived, or as soon as it is ready if working it out took longer, so the simulator's own
      // work (on the benchmark's cores) is not added to the latency the bound assumes.
      var remaining = decision.latencyMillis() * 1_000_000L - (System.nanoTime() - arrived);
      if (remaining > 0) {
        Thread.sleep(remaining / 1_000_000L, (int) (remaining % 1_000_000L));
      }
      send(exchange, outcome.response, decision.fault());
    } catch (IOException e) {
      // The client went away; nothing to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Outcome(String template, SimResponse response) {}

  private Outcome answer(SimRequest request, Fault fault) {
    var ray = rayId();
    String template = request.path();
    SimResponse response;
    RateLimiter.Verdict verdict = null;
    try {
      var match = simulator.router().match(request.method(), request.path());
      template = match.route().template();
      var graphQl = template.equals("/graphql");
      verdict = simulator.limiter(graphQl).admit(rateKey(request));
      if (fault == Fault.RATE_LIMITED) {
        response = rateLimited(1);
      } else if (!verdict.allowed()) {
        response = rateLimited(verdict.retryAfterSeconds());
      } else if (fault == Fault.SERVER_ERROR_HTML) {
        response = SimResponse.text(502, "text/html; charset=UTF-8", html502(ray));
      } else if (fault == Fault.SERVER_ERROR_JSON) {
        response =
            Wire.failure(500, Wire.error(10002, "An internal error occurred; try again later"));
      } else {
        response = dispatch(request, match);
      }
    } catch (SimException e) {
      response = e.response();
    } catch (RuntimeException e) {
      response = Wire.failure(500, Wire.error(10002, "Simulator error: " + e));
    }
    response.header("cf-ray", ray);
    if (verdict != null) {
      response.header("Ratelimit", verdict.header());
      response.header("Ratelimit-Policy", verdict.policyHeader());
    }
    return new Outcome(template, response);
  }

  private SimResponse dispatch(SimRequest request, Router.Match match) {
    var state = simulator.state();
    var route = match.route();
    var clock = simulator.options().clock();
    if (route.access() == null) {
      return state.read(
          s -> route.handler().handle(new Call(request, match.params(), s, null, clock)));
    }
    Principal principal = state.read(s -> simulator.authenticator().authenticate(s, request));
    state.read(
        s -> {
          route.access().check(s, principal, match.params());
          return null;
        });
    var call = new Call(request, match.params(), state, principal, clock);
    if (request.method().equals("GET") || route.template().equals("/graphql")) {
      return state.read(s -> route.handler().handle(call));
    }
    return route.handler().handle(call);
  }

  /**
   * Cloudflare limits per user and per account token; unknown callers share one key per address.
   */
  private String rateKey(SimRequest request) {
    var authorization = request.header("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      var token = simulator.state().read(s -> s.tokenByValue(authorization.substring(7).trim()));
      if (token.isPresent()) {
        return token.get().accountOwned()
            ? "token:" + token.get().id()
            : "user:" + token.get().userId();
      }
    }
    var key = request.header("X-Auth-Key");
    var email = request.header("X-Auth-Email");
    if (key != null && email != null) {
      var user = simulator.state().read(s -> s.userByKey(key.trim(), email.trim()));
      if (user.isPresent()) {
        return "user:" + user.get().id();
      }
    }
    return "anonymous:" + request.remoteIp();
  }

  private static SimResponse rateLimited(long retryAfterSeconds) {
    return Wire.failure(
            429, Wire.error(971, "Please wait and consider throttling your request speed"))
        .header("Retry-After", String.valueOf(retryAfterSeconds));
  }

  private void send(HttpExchange exchange, SimResponse response, Fault fault)
      throws IOException, InterruptedException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    response.headers().forEach(headers::set);
    var body = response.body();
    if (fault == Fault.MALFORMED && response.status() < 300 && body.length > 2) {
      body = Arrays.copyOf(body, body.length / 2);
    }
    if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length);
    var out = exchange.getResponseBody();
    if (fault == Fault.CUT) {
      out.write(body, 0, body.length / 2);
      out.flush();
      throw new IOException("connection cut on purpose");
    }
    if (fault == Fault.SLOW) {
      var chunks = 8;
      var step = Math.max(1, body.length / chunks);
      for (int offset = 0; offset < body.length; offset += step) {
        out.write(body, offset, Math.min(step, body.length - offset));
        out.flush();
        Thread.sleep(simulator.faults().slowMillis() / chunks);
      }
    } else {
      out.write(body);
    }
    out.close();
  }

  private static SimRequest read(HttpExchange exchange) throws IOException {
    var uri = exchange.getRequestURI();
    var path = uri.getRawPath().substring("/client/v4".length());
    if (path.isEmpty()) {
      path = "/";
    }
    var query = new LinkedHashMap<String, List<String>>();
    var raw = uri.getRawQuery();
    if (raw != null) {
      for (var pair : raw.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        var eq = pair.indexOf('=');
        var name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        var value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    var headers = new HashMap<String, String>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
    var body = exchange.getRequestBody().readAllBytes();
    var ip = exchange.getRemoteAddress().getAddress().getHostAddress();
    return new SimRequest(exchange.getRequestMethod(), path, query, headers, body, ip);
  }

  private static Map<String, String> lowerCase(HttpExchange exchange) {
    var headers = new HashMap<String, String>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
    return headers;
  }

  private static String rayId() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + "-SIM";
  }
}
