package dev.flarelink.simulator.http;

import static dev.flarelink.simulator.http.Wire.error;
import static dev.flarelink.simulator.http.Wire.fail;
import static dev.flarelink.simulator.http.Wire.failure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.auth.Cidr;
import dev.flarelink.simulator.auth.Principal;
import dev.flarelink.simulator.state.Entities.Token;
import dev.flarelink.simulator.state.SimState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * Cloudflare's authentication, in its order: malformed headers (400, 6003 with 6111/6103/6102),
 * missing headers (400, 9106), then unknown, disabled or expired credentials, then the token's IP
 * condition (403, 9109).
 */
public final class Authenticator {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{40,80}");
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{37,45}|cfk_[A-Za-z0-9]{40,60}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Clock clock;

  /** Judges expiry against this clock. */
  public Authenticator(Clock clock) {
    this.clock = clock;
  }

  /** What the headers carry, checked for form only. */
  public sealed interface Presented permits BearerToken, KeyAndEmail {}

  /** A bearer token value. */
  public record BearerToken(String value) implements Presented {}

  /** A Global API Key with its email. */
  public record KeyAndEmail(String key, String email) implements Presented {}

  /** Checks the headers' form and presence. */
  public Presented presented(SimRequest request) {
    var authorization = request.header("Authorization");
    var key = request.header("X-Auth-Key");
    var email = request.header("X-Auth-Email");
    if (authorization != null) {
      var parts = authorization.trim().split("\\s+", 2);
      if (parts.length != 2 || !parts[0].equals("Bearer") || !TOKEN.matcher(parts[1]).matches()) {
        throw new SimException(
            failure(
                400,
                error(
                    6003,
                    "Invalid request headers",
                    error(6111, "Invalid format for Authorization header"))));
      }
      return new BearerToken(parts[1]);
    }
    if (key == null && email == null) {
      throw fail(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
    }
    var chain = new ArrayList<ObjectNode>();
    if (email != null && !EMAIL.matcher(email.trim()).matches()) {
      chain.add(error(6102, "Invalid format for X-Auth-Email header"));
    }
    if (key != null && !KEY.matcher(key.trim()).matches()) {
      chain.add(error(6103, "Invalid format for X-Auth-Key header"));
    }
    if (!chain.isEmpty()) {
      throw new SimException(
          failure(400, error(6003, "Invalid request headers", chain.toArray(ObjectNode[]::new))));
    }
    if (key == null) {
      throw fail(400, 9106, "Missing X-Auth-Key header");
    }
    if (email == null) {
      throw fail(400, 9106, "Missing X-Auth-Email header");
    }
    return new KeyAndEmail(key.trim(), email.trim());
  }

  /**
   * The caller, for ordinary endpoints: the credential must be known, active and used from an
   * allowed address.
   */
  public Principal authenticate(SimState state, SimRequest request) {
    var presented = presented(request);
    if (presented instanceof KeyAndEmail(var key, var email)) {
      var user =
          state
              .userByKey(key, email)
              .orElseThrow(() -> fail(403, 9103, "Unknown X-Auth-Key or X-Auth-Email"));
      return new Principal(null, user);
    }
    var token =
        state
            .tokenByValue(((BearerToken) presented).value())
            .orElseThrow(() -> fail(403, 9109, "Invalid access token"));
    checkLocation(token, request);
    if (!isUsable(token)) {
      throw fail(403, 9109, "Invalid access token");
    }
    return principalOf(state, token);
  }

  /** The principal of a known token, with its user for user-owned tokens. */
  public static Principal principalOf(SimState state, Token token) {
    return new Principal(
        token, token.accountOwned() ? null : state.user(token.userId()).orElse(null));
  }

  /** Refuses a token used from outside its IP condition. */
  public static void checkLocation(Token token, SimRequest request) {
    var ip = request.remoteIp();
    var allowed =
        token.ipIn().isEmpty() || token.ipIn().stream().anyMatch(cidr -> Cidr.contains(cidr, ip));
    var refused = token.ipNotIn().stream().anyMatch(cidr -> Cidr.contains(cidr, ip));
    if (!allowed || refused) {
      throw fail(403, 9109, "Cannot use the access token from location: " + ip);
    }
  }

  /** The status a token has now: its own, or {@code expired} past its expiry. */
  public String statusOf(Token token) {
    if (!token.status().equals("active")) {
      return token.status();
    }
    return token.expiresOn() != null && !clock.instant().isBefore(token.expiresOn())
        ? "expired"
        : "active";
  }

  private boolean isUsable(Token token) {
    var now = clock.instant();
    return statusOf(token).equals("active")
        && (token.notBefore() == null || !now.isBefore(token.notBefore()));
  }
}
