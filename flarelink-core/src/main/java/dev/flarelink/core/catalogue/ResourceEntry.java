package dev.flarelink.core.catalogue;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One resource as the inventory keeps it: its identity, the fields its type shows, and Cloudflare's
 * whole document.
 *
 * @param type the type's name
 * @param resourceId Cloudflare's identifier
 * @param zoneId the zone it belongs to, or empty for an account resource
 * @param zoneName the zone's name, or empty for an account resource
 * @param name its name as a person reads it (the identifier when it has none)
 * @param modifiedOn when Cloudflare says it last changed, if it says
 * @param fields the type's fields, in declaration order; a field without a value is left out
 * @param document Cloudflare's document, as JSON
 * @param parts the documents read beside it (e.g. a pool's {@code health}), as one JSON object
 * @param fingerprint a digest of what a change is detected on
 */
public record ResourceEntry(
    String type,
    String resourceId,
    String zoneId,
    String zoneName,
    String name,
    @Nullable Instant modifiedOn,
    Map<String, String> fields,
    String document,
    String parts,
    String fingerprint) {

  public ResourceEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(zoneId, "zoneId");
    Objects.requireNonNull(zoneName, "zoneName");
    Objects.requireNonNull(name, "name");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** Whether it belongs to a zone rather than to the account. */
  public boolean zoned() {
    return !zoneId.isEmpty();
  }

  /** Its identity within a connection: type, zone and identifier. */
  public String key() {
    return type + "/" + zoneId + "/" + resourceId;
  }

  /** Leaves the document out of the text: it may be large. */
  @Override
  public String toString() {
    return "ResourceEntry[" + key() + ", " + name + "]";
  }
}
