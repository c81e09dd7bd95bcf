package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A DNS record.
 *
 * @param ttl seconds, or 1 for automatic
 * @param data the structured content of types such as SRV and CAA
 */
public record DnsRecord(
    String id,
    String zoneId,
    String zoneName,
    String name,
    String type,
    String content,
    Boolean proxiable,
    Boolean proxied,
    Integer ttl,
    Integer priority,
    String comment,
    List<String> tags,
    JsonNode data,
    JsonNode settings,
    JsonNode meta,
    Instant createdOn,
    Instant modifiedOn) {

  public DnsRecord {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
