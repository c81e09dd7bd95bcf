package dev.flarelink.core.inventory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DNS record as the inventory holds it.
 *
 * @param ttl seconds, or 1 for automatic
 * @param tags {@code name:value} pairs
 * @param data the JSON of structured content (SRV, CAA, ...), or {@code null}
 */
public record DnsRecordEntry(
    String recordId,
    String zoneId,
    String zoneName,
    String type,
    String name,
    String content,
    Integer ttl,
    Boolean proxied,
    Boolean proxiable,
    @Nullable Integer priority,
    @Nullable String comment,
    List<String> tags,
    @Nullable String data,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn) {

  public DnsRecordEntry {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A digest of every field, to tell whether anything changed without comparing each. */
  public String fingerprint() {
    return Fingerprint.of(
        recordId,
        zoneId,
        zoneName,
        type,
        name,
        content,
        ttl,
        proxied,
        proxiable,
        priority,
        comment,
        String.join("\n", tags),
        data,
        createdOn,
        modifiedOn);
  }

  /** The record in one line, e.g. {@code A www.example.com 192.0.2.1}. */
  public String summary() {
    return type + " " + name + " " + (content == null ? data : content);
  }
}
