package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.model.DnsBatch;
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
import dev.flarelink.core.inventory.ZoneEntry;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Deletes and creates DNS records in one transaction (Cloudflare's batch: all or nothing). Creates
 * already present and deletes already gone are left out of the plan, so a batch run twice changes
 * nothing the second time.
 */
public final class DnsBatchAction extends DescribedAction {

  /** The action, as every face offers it. */
  public DnsBatchAction() {
    super(
        "dns.batch",
        Service.DNS_WRITE,
        "Delete and create DNS records in one all-or-nothing change. creates: \"TYPE NAME"
            + " CONTENT\" each; deletes: record ids. Destructive when it deletes.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.optional(
                "creates", ActionParam.Type.LIST, "records to create, each \"TYPE NAME CONTENT\""),
            ActionParam.optional("deletes", ActionParam.Type.LIST, "ids of records to delete"),
            ActionParam.optional(
                "ttl",
                ActionParam.Type.INTEGER,
                "TTL of the created records (default automatic)")));
  }

  private record Create(String type, String name, String content) {
    String line() {
      return type + " " + name + " " + content;
    }
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    if (input.list("creates").isEmpty() && input.list("deletes").isEmpty()) {
      throw InvalidInputException.of("creates", "give creates, deletes or both");
    }
    if (input.list("creates").size() + input.list("deletes").size() > 200) {
      throw InvalidInputException.of("creates", "at most 200 changes in one batch");
    }
    DnsRecordFields.ttl(input.integer("ttl"));
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var creates = input.list("creates").stream().map(line -> parse(zone, line)).toList();
    var records =
        client.dnsRecords().list(zone.zoneId(), DnsRecordListParams.ALL).stream().toList();
    var byId = records.stream().collect(Collectors.toMap(DnsRecord::id, r -> r));
    var present = records.stream().map(DnsBatchAction::key).collect(Collectors.toSet());
    var toCreate = creates.stream().filter(c -> !present.contains(key(c))).distinct().toList();
    var toDelete = input.list("deletes").stream().filter(byId::containsKey).distinct().toList();
    var changes = new ArrayList<String>();
    toDelete.forEach(
        id -> {
          var r = Objects.requireNonNull(byId.get(id)); // toDelete holds only ids of byId
          changes.add("delete " + r.type() + " " + r.name() + " " + r.content() + " (" + id + ")");
        });
    toCreate.forEach(c -> changes.add("create " + c.line()));
    var skipped = creates.size() - toCreate.size() + input.list("deletes").size() - toDelete.size();
    var plan =
        changes.isEmpty()
            ? Plan.nothing(
                "Every create is already in " + zone.name() + " and every delete is gone")
            : new Plan(
                changes,
                !toDelete.isEmpty(),
                skipped == 0 ? null : skipped + " change(s) left out: already done");
    var ttl = input.integer("ttl") == null ? 1 : input.integer("ttl");
    var batch =
        new DnsBatch(
            toDelete.stream().map(DnsBatch.RecordId::new).toList(),
            List.of(),
            List.of(),
            toCreate.stream()
                .map(
                    c ->
                        new DnsRecordInput(
                            null,
                            c.type(),
                            c.name(),
                            c.content(),
                            ttl,
                            null,
                            c.type().equals("MX") ? 10 : null,
                            null,
                            null,
                            null))
                .toList());
    return new Prepared<>(
        plan,
        () -> WriteProbes.dnsWrite(client, zone.zoneId()),
        () -> {
          try {
            return summary(client.dnsRecords().batch(zone.zoneId(), batch));
          } catch (CloudflareException e) {
            if (!Writes.inDoubt(e)) {
              throw e;
            }
            // All or nothing on Cloudflare's side: look which one it was.
            var now =
                client.dnsRecords().list(zone.zoneId(), DnsRecordListParams.ALL).stream().toList();
            var ids = now.stream().map(DnsRecord::id).collect(Collectors.toSet());
            var keys = now.stream().map(DnsBatchAction::key).collect(Collectors.toSet());
            var applied =
                toDelete.stream().noneMatch(ids::contains)
                    && toCreate.stream().allMatch(c -> keys.contains(key(c)));
            if (applied) {
              return Map.of(
                  "deleted",
                  toDelete.size(),
                  "created",
                  toCreate.size(),
                  "confirmed_by_reading",
                  true);
            }
            var untouched =
                toDelete.stream().allMatch(ids::contains)
                    && toCreate.stream().noneMatch(c -> keys.contains(key(c)));
            if (untouched) {
              return summary(client.dnsRecords().batch(zone.zoneId(), batch));
            }
            throw new IllegalStateException(
                "The batch's outcome is unclear: Cloudflare's answer was lost and the zone now shows"
                    + " part of it. Nothing was retried; read the zone's records and run the batch"
                    + " again, which plans only what is still missing.");
          }
        });
  }

  private static Map<String, Object> summary(DnsBatch.Result result) {
    return Map.of(
        "deleted", result.deletes().stream().map(DnsRecord::id).toList(),
        "created", result.posts().stream().map(DnsRecord::id).toList());
  }

  private static Create parse(ZoneEntry zone, String line) {
    var parts = line.strip().split("\\s+", 3);
    if (parts.length < 3) {
      throw InvalidInputException.of(
          "creates", "each create is \"TYPE NAME CONTENT\", e.g. \"A www 192.0.2.1\"; got " + line);
    }
    var type = parts[0].toUpperCase(Locale.ROOT);
    if (!DnsRecordFields.TYPES.contains(type)) {
      throw InvalidInputException.of(
          "creates",
          "type " + parts[0] + " is not one of " + String.join(", ", DnsRecordFields.TYPES));
    }
    DnsRecordFields.content(type, parts[2]);
    return new Create(type, DnsRecordFields.name(zone, parts[1]), parts[2]);
  }

  private static String key(Create c) {
    return c.type()
        + " "
        + c.name().toLowerCase(Locale.ROOT)
        + " "
        + c.content().toLowerCase(Locale.ROOT);
  }

  private static String key(DnsRecord r) {
    return r.type()
        + " "
        + r.name().toLowerCase(Locale.ROOT)
        + " "
        + (r.content() == null ? "" : r.content().toLowerCase(Locale.ROOT));
  }
}
