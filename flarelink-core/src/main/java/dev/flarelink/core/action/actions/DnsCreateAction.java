package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.DnsRecord;
import dev.flarelink.cloudflare.model.DnsRecordInput;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Creates a DNS record; a record of the same type, name and content already there is kept. */
public final class DnsCreateAction extends DescribedAction {

  /** The action, as every face offers it. */
  public DnsCreateAction() {
    super(
        "dns.create",
        Service.DNS_WRITE,
        "Create a DNS record (A, AAAA, CNAME, MX, TXT, NS, PTR, SRV, CAA). Idempotent: when the"
            + " zone already has a record of this type, name and content, nothing is created.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.required("type", "the record type").oneOf(DnsRecordFields.CREATE_TYPES),
            ActionParam.required(
                "name", "a full name in the zone, a single label such as www, or @"),
            ActionParam.required(
                "content",
                "the address, target or text; SRV: priority weight port target (10 5 5060"
                    + " sip.example.net); CAA: flags tag value (0 issue letsencrypt.org)"),
            ActionParam.optional(
                "ttl", ActionParam.Type.INTEGER, "1 (automatic, the default) or 60 to 86400"),
            ActionParam.optional(
                "proxied", ActionParam.Type.BOOLEAN, "proxy through Cloudflare (A, AAAA, CNAME)"),
            ActionParam.optional(
                "priority", ActionParam.Type.INTEGER, "MX priority (default 10), or SRV's"),
            ActionParam.optional(
                "comment", ActionParam.Type.STRING, "a note kept with the record")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var type = input.requiredText("type").toUpperCase(Locale.ROOT);
    var given = input.requiredText("content");
    var structured = DnsData.TYPES.contains(type);
    if (!structured) {
      DnsRecordFields.content(type, given);
    }
    DnsRecordFields.ttl(input.integer("ttl"));
    DnsRecordFields.proxied(type, input.bool("proxied"));
    DnsRecordFields.priority(input.integer("priority"));
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var name = DnsRecordFields.name(zone, input.requiredText("name"));
    var data = structured ? DnsData.of(type, name, given, input.integer("priority")) : null;
    var content = data == null ? given : data.content();
    var ttl = input.integer("ttl") == null ? 1 : input.integer("ttl");
    var priority =
        type.equals("MX")
            ? (input.integer("priority") == null ? 10 : input.integer("priority"))
            : null;
    var record =
        new DnsRecordInput(
            null,
            type,
            name,
            data == null ? content : null,
            ttl,
            input.bool("proxied"),
            priority,
            input.text("comment"),
            null,
            data == null ? null : data.node());
    Supplier<Optional<DnsRecord>> found =
        () ->
            data == null
                ? Writes.find(client, zone.zoneId(), type, name, content)
                : Writes.findData(client, zone.zoneId(), type, name, data);
    var existing = found.get();
    var plan =
        existing.isPresent()
            ? Plan.nothing(
                "The zone already has "
                    + type
                    + " "
                    + name
                    + " "
                    + content
                    + " (record "
                    + existing.get().id()
                    + ")")
            : Plan.of(
                List.of(
                    "create "
                        + DnsRecordFields.describe(type, name, content, ttl, input.bool("proxied"))
                        + " in "
                        + zone.name()),
                false);
    return new Prepared<>(
        plan,
        () -> WriteProbes.dnsWrite(client, zone.zoneId()),
        () ->
            Writes.result(
                Writes.once(() -> client.dnsRecords().create(zone.zoneId(), record), found)));
  }
}
