package dev.flarelink.core.inventory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A zone as the inventory holds it.
 *
 * @param status {@code initializing}, {@code pending}, {@code active} or {@code moved}
 * @param type {@code full}, {@code partial}, {@code secondary} or {@code internal}
 * @param plan the plan's name
 * @param developmentMode whether development mode is on (Cloudflare reports the seconds left, which
 *     change on every read, so only whether it is on is kept)
 * @param accountId the account the zone belongs to
 */
public record ZoneEntry(
    String zoneId,
    String name,
    String status,
    String type,
    @Nullable String plan,
    List<String> nameServers,
    Boolean paused,
    @Nullable Boolean developmentMode,
    @Nullable String accountId,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn,
    @Nullable Instant activatedOn) {

  public ZoneEntry {
    nameServers = nameServers == null ? List.of() : List.copyOf(nameServers);
  }

  /** A digest of every field, to tell whether anything changed without comparing each. */
  public String fingerprint() {
    return Fingerprint.of(
        zoneId,
        name,
        status,
        type,
        plan,
        String.join(",", nameServers),
        paused,
        developmentMode,
        accountId,
        createdOn,
        modifiedOn,
        activatedOn);
  }
}
