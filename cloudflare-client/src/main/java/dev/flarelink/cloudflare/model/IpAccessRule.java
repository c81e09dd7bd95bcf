package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * An IP access rule of an account or zone.
 *
 * @param mode {@code block}, {@code challenge}, {@code whitelist}, {@code js_challenge} or {@code
 *     managed_challenge}
 */
public record IpAccessRule(
    String id,
    String mode,
    Configuration configuration,
    String notes,
    List<String> allowedModes,
    Instant createdOn,
    Instant modifiedOn,
    JsonNode scope) {

  /**
   * What the rule matches.
   *
   * @param target {@code ip}, {@code ip_range}, {@code asn} or {@code country}
   */
  public record Configuration(String target, String value) {}
}
