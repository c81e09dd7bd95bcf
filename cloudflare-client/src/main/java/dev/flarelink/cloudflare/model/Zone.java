package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A zone (a domain on Cloudflare).
 *
 * @param status {@code initializing}, {@code pending}, {@code active} or {@code moved}
 * @param type {@code full}, {@code partial}, {@code secondary} or {@code internal}
 * @param developmentMode seconds of development mode left (negative: expired; 0: never)
 */
public record Zone(
    String id,
    String name,
    String status,
    Boolean paused,
    String type,
    Long developmentMode,
    List<String> nameServers,
    List<String> originalNameServers,
    String originalRegistrar,
    String originalDnshost,
    Instant createdOn,
    Instant modifiedOn,
    Instant activatedOn,
    Owner owner,
    AccountRef account,
    Plan plan,
    List<String> permissions,
    JsonNode meta) {

  public Zone {
    nameServers = nameServers == null ? List.of() : List.copyOf(nameServers);
  }

  /** The zone's owner, as older responses describe it. */
  public record Owner(String id, String type, String email, String name, String ownerType) {}

  /** The account the zone belongs to. */
  public record AccountRef(String id, String name) {}

  /** The zone's plan. */
  public record Plan(
      String id,
      String name,
      Double price,
      String currency,
      String frequency,
      String legacyId,
      Boolean isSubscribed,
      Boolean canSubscribe) {}
}
