package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.PurgeRequest;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Purges a zone's cache: everything (destructive), or by URL, host, tag or prefix. */
public final class CachePurgeAction extends DescribedAction {

  /** Cloudflare's most files, tags, hosts or prefixes per purge request. */
  static final int MAX_ITEMS = 30;

  /** The action, as every face offers it. */
  public CachePurgeAction() {
    super(
        "cache.purge",
        Service.CACHE_PURGE,
        "Purge a zone's cache: everything (destructive: needs confirmation), or up to 30 URLs,"
            + " hosts, tags or prefixes. Purging twice does no harm.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.optional(
                "everything", ActionParam.Type.BOOLEAN, "purge every cached file of the zone"),
            ActionParam.optional("urls", ActionParam.Type.LIST, "full URLs to purge"),
            ActionParam.optional("hosts", ActionParam.Type.LIST, "host names to purge"),
            ActionParam.optional("tags", ActionParam.Type.LIST, "cache tags to purge"),
            ActionParam.optional(
                "prefixes", ActionParam.Type.LIST, "URL prefixes to purge, without the scheme")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var given = new ArrayList<String>();
    if (Boolean.TRUE.equals(input.bool("everything"))) {
      given.add("everything");
    }
    for (var kind : List.of("urls", "hosts", "tags", "prefixes")) {
      if (!input.list(kind).isEmpty()) {
        given.add(kind);
        if (input.list(kind).size() > MAX_ITEMS) {
          throw InvalidInputException.of(
              kind,
              "at most "
                  + MAX_ITEMS
                  + " per purge, got "
                  + input.list(kind).size()
                  + "; split them");
        }
      }
    }
    if (given.size() != 1) {
      throw InvalidInputException.of(
          "everything",
          given.isEmpty()
              ? "say what to purge: everything=true, or urls, hosts, tags or prefixes"
              : "purge one kind at a time, not " + String.join(" and ", given));
    }
    var kind = given.get(0);
    if (kind.equals("urls")) {
      input.list("urls").stream()
          .filter(url -> !url.startsWith("http://") && !url.startsWith("https://"))
          .findFirst()
          .ifPresent(
              url -> {
                throw InvalidInputException.of(
                    "urls", "must be full URLs with http(s)://, not " + url);
              });
    }
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var request =
        switch (kind) {
          case "everything" -> PurgeRequest.everything();
          case "urls" -> PurgeRequest.files(input.list("urls"));
          case "hosts" -> PurgeRequest.hosts(input.list("hosts"));
          case "tags" -> PurgeRequest.tags(input.list("tags"));
          default -> PurgeRequest.prefixes(input.list("prefixes"));
        };
    var plan =
        kind.equals("everything")
            ? Plan.of(List.of("purge every cached file of " + zone.name()), true)
            : Plan.of(
                input.list(kind).stream()
                    .map(item -> "purge " + item + " from " + zone.name())
                    .toList(),
                false);
    return new Prepared<>(
        plan,
        () -> WriteProbes.cachePurge(client, zone.zoneId()),
        () -> Map.of("purge_id", String.valueOf(client.cache().purge(zone.zoneId(), request))));
  }
}
