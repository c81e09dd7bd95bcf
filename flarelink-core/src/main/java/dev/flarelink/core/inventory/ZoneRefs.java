package dev.flarelink.core.inventory;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.error.ZoneNotFoundException;
import java.util.List;

/** Turns a zone id or name, as people give them, into the account's zone; lists them all. */
public final class ZoneRefs {

  private ZoneRefs() {}

  /** Every zone of the connection's account the credential can see, as Cloudflare lists them. */
  public static List<ZoneEntry> all(CloudflareClient client, Connection connection) {
    return client.zones().list(ZoneListParams.ALL.withAccountId(connection.accountId())).stream()
        .map(InventoryDiff::zone)
        .toList();
  }

  /**
   * The zone a reference names, asking Cloudflare: an id of the connection's account, or a name
   * (any case).
   *
   * @throws ZoneNotFoundException when the account has no such zone the credential can see
   */
  public static ZoneEntry resolve(CloudflareClient client, Connection connection, String ref) {
    if (ref.matches("[0-9a-f]{32}")) {
      try {
        var zone = InventoryDiff.zone(client.zones().get(ref));
        if (connection.accountId().equals(zone.accountId())) {
          return zone;
        }
      } catch (NotFoundException e) {
        // fall through: it may still be a name
      }
    }
    return client
        .zones()
        .list(
            ZoneListParams.ALL.withAccountId(connection.accountId()).withName(TextMatch.exact(ref)))
        .stream()
        .findFirst()
        .map(InventoryDiff::zone)
        .orElseThrow(() -> new ZoneNotFoundException(ref, true));
  }
}
