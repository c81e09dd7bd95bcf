package dev.flarelink.server.web;

import dev.flarelink.core.access.ApiKey;
import java.time.Instant;

/**
 * A signed-in person: the API key they signed in with (its id and workspace, never its value) and
 * the token every form they post must carry.
 *
 * @param id the cookie's value, random and unguessable
 * @param key the API key, as stored (hash only)
 * @param csrf the anti-forgery token of this session's forms
 * @param lastUsed when a request last came with this session
 */
public record Session(String id, ApiKey key, String csrf, Instant lastUsed) {

  /** The workspace whose connections this session sees. */
  public String workspaceId() {
    return key.workspaceId();
  }

  /** The same session, used at {@code now}. */
  Session touched(Instant now) {
    return new Session(id, key, csrf, now);
  }

  @Override
  public String toString() {
    return "Session[key=" + key.id() + ", workspace=" + key.workspaceId() + "]";
  }
}
