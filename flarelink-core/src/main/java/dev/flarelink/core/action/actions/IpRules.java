package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.IpAccessRulesApi.Scope;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.inventory.ZoneRefs;
import org.jspecify.annotations.Nullable;

/** Where an IP access rule lives: the account, or one zone when a zone is given. */
record IpRules(Scope scope, String ownerId, String where, @Nullable String zoneId) {

  static final ActionParam ZONE =
      ActionParam.optional(
          "zone", ActionParam.Type.STRING, "a zone id or name for a zone rule; none: the account");

  static IpRules of(CloudflareClient client, Connection connection, ActionInput input) {
    var ref = input.text("zone");
    if (ref == null) {
      return new IpRules(Scope.ACCOUNT, connection.accountId(), "the account", null);
    }
    var zone = ZoneRefs.resolve(client, connection, ref);
    return new IpRules(Scope.ZONE, zone.zoneId(), "zone " + zone.name(), zone.zoneId());
  }
}
