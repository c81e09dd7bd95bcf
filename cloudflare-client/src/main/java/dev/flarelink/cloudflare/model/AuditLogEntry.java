package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One entry of an account's audit log. */
public record AuditLogEntry(
    String id,
    Action action,
    Actor actor,
    @JsonProperty("interface") String via,
    JsonNode metadata,
    JsonNode newValue,
    JsonNode oldValue,
    Owner owner,
    Resource resource,
    Instant when) {

  /** What was done. */
  public record Action(String type, Boolean result, String info) {}

  /** Who did it. */
  public record Actor(String id, String email, String type, String ip) {}

  /** Whose account it was. */
  public record Owner(String id) {}

  /** What it was done to. */
  public record Resource(String id, String type) {}
}
