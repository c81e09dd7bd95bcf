package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.model.DnsRecord;
import dev.flarelink.cloudflare.model.DnsRecordInput;
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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Changes fields of a DNS record; fields left out stay as they are. */
public final class DnsUpdateAction extends DescribedAction {

  /** The action, as every face offers it. */
  public DnsUpdateAction() {
    super(
        "dns.update",
        Service.DNS_WRITE,
        "Change a DNS record's name, content, TTL, proxying or comment; what is not given stays.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.required("id", "the record's id"),
            ActionParam.optional("name", ActionParam.Type.STRING, "a new name in the zone"),
            ActionParam.optional("content", ActionParam.Type.STRING, "new content"),
            ActionParam.optional("ttl", ActionParam.Type.INTEGER, "1 (automatic) or 60 to 86400"),
            ActionParam.optional("proxied", ActionParam.Type.BOOLEAN, "proxy through Cloudflare"),
            ActionParam.optional("comment", ActionParam.Type.STRING, "a new comment")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    DnsRecord current;
    try {
      current = client.dnsRecords().get(zone.zoneId(), input.requiredText("id"));
    } catch (NotFoundException e) {
      throw InvalidInputException.of(
          "id",
          "zone "
              + zone.name()
              + " has no record "
              + input.requiredText("id")
              + "; list its records");
    }
    var name = input.text("name") == null ? null : DnsRecordFields.name(zone, input.text("name"));
    var content = input.text("content");
    if (content != null) {
      DnsRecordFields.content(current.type(), content);
    }
    DnsRecordFields.ttl(input.integer("ttl"));
    DnsRecordFields.proxied(current.type(), input.bool("proxied"));
    var changes = new ArrayList<String>();
    change(changes, "name", current.name(), name);
    change(changes, "content", current.content(), content);
    change(changes, "ttl", current.ttl(), input.integer("ttl"));
    change(changes, "proxied", current.proxied(), input.bool("proxied"));
    change(changes, "comment", current.comment(), input.text("comment"));
    var what = current.type() + " " + current.name() + " (" + current.id() + ")";
    var plan =
        changes.isEmpty()
            ? Plan.nothing(what + " already has these values")
            : Plan.of(changes.stream().map(c -> "change " + what + " " + c).toList(), false);
    // A patch: null fields stay as they are (DnsRecordsApi.patch), but DnsRecordInput, made for
    // creating records, marks type and name as required.
    @SuppressWarnings("NullAway")
    var patch =
        new DnsRecordInput(
            null,
            null,
            differs(current.name(), name),
            differs(current.content(), content),
            differs(current.ttl(), input.integer("ttl")),
            differs(current.proxied(), input.bool("proxied")),
            null,
            differs(current.comment(), input.text("comment")),
            null,
            null);
    return new Prepared<>(
        plan,
        () -> WriteProbes.dnsWrite(client, zone.zoneId()),
        () -> {
          // A patch sets values, so sending it twice leaves the same record.
          return Writes.result(client.dnsRecords().patch(zone.zoneId(), current.id(), patch));
        });
  }

  private static void change(
      List<String> changes, String field, @Nullable Object before, @Nullable Object after) {
    if (after != null && !Objects.equals(before, after)) {
      changes.add(field + ": " + before + " → " + after);
    }
  }

  private static <T> @Nullable T differs(@Nullable T before, @Nullable T after) {
    return after == null || Objects.equals(before, after) ? null : after;
  }
}
