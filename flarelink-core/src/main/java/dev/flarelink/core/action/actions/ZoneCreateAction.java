package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.api.ZoneListParams;
import dev.flarelink.cloudflare.model.Zone;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Adds a zone to the account; a zone of that name already there is kept. */
public final class ZoneCreateAction extends DescribedAction {

  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

  /** The action, as every face offers it. */
  public ZoneCreateAction() {
    super(
        "zone.create",
        Service.ZONE_WRITE,
        "Add a zone (a domain) to the account: full (Cloudflare hosts its DNS) or partial (a"
            + " CNAME setup). It stays pending until its name servers point to Cloudflare."
            + " Idempotent: a zone of that name already in the account is kept.",
        List.of(
            ActionParam.required("name", "the domain, such as example.com"),
            ActionParam.optional(
                    "type", ActionParam.Type.STRING, "full (the default) or partial (CNAME setup)")
                .oneOf(List.of("full", "partial"))));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var name = input.requiredText("name").toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (!DOMAIN.matcher(name).matches()) {
      throw InvalidInputException.of(
          "name",
          "must be a registered domain such as example.com (letters, digits and hyphens, no"
              + " scheme or path); was "
              + input.requiredText("name"));
    }
    var type = Objects.requireNonNullElse(input.text("type"), "full");
    var zoneName = name;
    var existing = find(client, connection.accountId(), zoneName);
    Plan plan;
    if (existing.isPresent()) {
      var zone = existing.get();
      if (!type.equals(zone.type())) {
        throw InvalidInputException.of(
            "type",
            "the account already has "
                + zoneName
                + " as a "
                + zone.type()
                + " zone ("
                + zone.id()
                + "); its type is changed in the dashboard, not by adding it again");
      }
      plan =
          Plan.nothing(
              "The account already has the zone "
                  + zoneName
                  + " ("
                  + zone.id()
                  + ", "
                  + zone.status()
                  + ")");
    } else {
      plan =
          new Plan(
              List.of("add the " + type + " zone " + zoneName + " to the account"),
              false,
              "it stays pending until the domain's name servers point to Cloudflare");
    }
    return new Prepared<>(
        plan,
        () -> WriteProbes.zoneCreate(client, connection.accountId()),
        () ->
            result(
                Writes.once(
                    () -> client.zones().create(connection.accountId(), zoneName, type),
                    () -> find(client, connection.accountId(), zoneName))));
  }

  private static Optional<Zone> find(CloudflareClient client, String accountId, String name) {
    return client
        .zones()
        .list(ZoneListParams.ALL.withAccountId(accountId).withName(TextMatch.exact(name)))
        .stream()
        .filter(z -> z.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** A zone as an action's result. */
  static Map<String, Object> result(Zone zone) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", zone.id());
    out.put("name", zone.name());
    out.put("status", zone.status());
    out.put("type", zone.type());
    out.put("paused", zone.paused());
    out.put("name_servers", zone.nameServers());
    return out;
  }
}
