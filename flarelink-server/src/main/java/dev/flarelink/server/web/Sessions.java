package dev.flarelink.server.web;

import dev.flarelink.core.access.AccessService;
import dev.flarelink.core.access.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web sessions, held in memory: signing in with an API key opens one, signing out or eight idle
 * hours end it, and a key revoked meanwhile ends it at the next request. A restart signs everyone
 * out, which costs a person one more sign-in and keeps no session state in the database.
 */
final class Sessions {

  static final Duration IDLE = Duration.ofHours(8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> open = new ConcurrentHashMap<>();
  private final AccessService access;
  private final Clock clock;

  Sessions(AccessService access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  /** Opens a session for this key value, or nothing when no live key has it. */
  Optional<Session> signIn(String keyValue) {
    if (keyValue == null || keyValue.isBlank()) {
      return Optional.empty();
    }
    return access
        .authenticate(keyValue.strip())
        .map(
            key -> {
              var session = new Session(token(), key, token(), clock.instant());
              open.put(session.id(), session);
              return session;
            });
  }

  /** The live session with this cookie value, touched; nothing when it ended or never was. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    var session = open.get(id);
    var now = clock.instant();
    if (session == null) {
      return Optional.empty();
    }
    if (session.lastUsed().plus(IDLE).isBefore(now) || !live(session.key())) {
      open.remove(id);
      return Optional.empty();
    }
    var touched = session.touched(now);
    open.put(id, touched);
    return Optional.of(touched);
  }

  void signOut(String id) {
    if (id != null) {
      open.remove(id);
    }
  }

  private boolean live(ApiKey key) {
    return access.isLive(key);
  }

  /** A random token of 32 bytes, URL-safe. */
  static String token() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether two tokens are equal, in time that does not depend on where they differ. */
  static boolean same(String expected, String given) {
    return expected != null
        && given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
