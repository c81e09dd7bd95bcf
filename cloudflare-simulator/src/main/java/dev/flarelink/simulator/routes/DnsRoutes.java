package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.Ids;
import dev.flarelink.simulator.state.SimState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** DNS records: list with filters, get, create, overwrite, patch, delete, batch and export. */
public final class DnsRoutes {

  private static final String[] READ = {"DNS Read", "DNS Write"};

  /** Registers the routes. */
  public void register(Router router) {
    var base = "/zones/{zone_id}/dns_records";
    router.add("GET", base, Access.zone(READ), this::list);
    router.add("POST", base, Access.zone("DNS Write"), this::create);
    router.add("GET", base + "/export", Access.zone(READ), this::export);
    router.add("POST", base + "/batch", Access.zone("DNS Write"), this::batch);
    router.add("GET", base + "/{dns_record_id}", Access.zone(READ), this::get);
    router.add(
        "PUT", base + "/{dns_record_id}", Access.zone("DNS Write"), call -> change(call, false));
    router.add(
        "PATCH", base + "/{dns_record_id}", Access.zone("DNS Write"), call -> change(call, true));
    router.add("DELETE", base + "/{dns_record_id}", Access.zone("DNS Write"), this::delete);
  }

  private SimResponse list(Call call) {
    var state = call.state();
    var zone = state.zone(call.param("zone_id")).orElseThrow();
    var records = DnsFilters.apply(call, state.records(zone.id()));
    return Paging.page(call, records, Paging.DNS, record -> record(record));
  }

  static ObjectNode record(DnsRecord record) {
    // zone_id and zone_name are no longer sent (Cloudflare removed them in 2024), nor is the
    // newer `settings` object, which the official schema does not define.
    var node = Wire.object().put("id", record.id());
    node.put("name", record.name()).put("type", record.type()).put("content", record.content());
    node.put("proxiable", record.proxiable())
        .put("proxied", record.proxied())
        .put("ttl", record.ttl());
    if (record.priority() != null && !record.type().equals("SRV")) {
      node.put("priority", record.priority());
    }
    if (record.data() != null) {
      node.set("data", Wire.MAPPER.valueToTree(record.data()));
    }
    node.putObject("meta").put("auto_added", false).put("source", "primary");
    if (record.comment() != null && !record.comment().isEmpty()) {
      node.put("comment", record.comment());
    }
    var tags = node.putArray("tags");
    record.tags().forEach(tags::add);
    node.put("created_on", Wire.time(record.createdOn()))
        .put("modified_on", Wire.time(record.modifiedOn()));
    return node;
  }

  private SimResponse get(Call call) {
    var state = call.state();
    return Wire.ok(record(find(state, call.param("zone_id"), call.param("dns_record_id"))));
  }

  private static DnsRecord find(SimState state, String zoneId, String id) {
    return state.records(zoneId).stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> fail(404, 81044, "Record does not exist."));
  }

  private SimResponse create(Call call) {
    var body = call.json();
    return call.state()
        .write(
            state -> {
              var record = insert(state, call, body);
              return Wire.ok(record(record));
            });
  }

  private static DnsRecord insert(SimState state, Call call, JsonNode body) {
    var zone = state.zone(call.param("zone_id")).orElseThrow();
    var record = DnsValidation.build(zone, body, null, state.newId(), call.clock().instant());
    var records = state.records(zone.id());
    DnsValidation.checkConflicts(records, record);
    records.add(record);
    return record;
  }

  private SimResponse change(Call call, boolean patch) {
    var body = call.json();
    return call.state()
        .write(
            state -> {
              var record = replace(state, call, call.param("dns_record_id"), body, patch);
              return Wire.ok(record(record));
            });
  }

  private static DnsRecord replace(
      SimState state, Call call, String id, JsonNode body, boolean patch) {
    var zone = state.zone(call.param("zone_id")).orElseThrow();
    var existing = find(state, zone.id(), id);
    var base =
        patch
            ? existing
            : new DnsRecord(
                id,
                zone.id(),
                null,
                null,
                null,
                null,
                null,
                false,
                1,
                null,
                List.of(),
                existing.createdOn(),
                existing.createdOn());
    var changed = DnsValidation.build(zone, body, base, id, call.clock().instant());
    var records = state.records(zone.id());
    DnsValidation.checkConflicts(records, changed);
    records.replaceAll(r -> r.id().equals(id) ? changed : r);
    return changed;
  }

  private SimResponse delete(Call call) {
    return call.state()
        .write(
            state -> {
              var record = find(state, call.param("zone_id"), call.param("dns_record_id"));
              state.records(record.zoneId()).removeIf(r -> r.id().equals(record.id()));
              return Wire.ok(Wire.object().put("id", record.id()));
            });
  }

  /** Deletes, then patches, then puts, then posts; all or nothing. */
  private SimResponse batch(Call call) {
    var body = call.json();
    if (!body.isObject()) {
      throw fail(400, 9207, "Request body is invalid.");
    }
    return call.state()
        .write(
            state -> {
              var zoneId = call.param("zone_id");
              var records = state.records(zoneId);
              var snapshot = new ArrayList<>(records);
              try {
                var result = Wire.object();
                var deleted = result.putArray("deletes");
                for (var item : body.path("deletes")) {
                  var id = requireId(item);
                  var record = find(state, zoneId, id);
                  records.removeIf(r -> r.id().equals(id));
                  deleted.add(record(record));
                }
                var patched = result.putArray("patches");
                for (var item : body.path("patches")) {
                  patched.add(record(replace(state, call, requireId(item), item, true)));
                }
                var put = result.putArray("puts");
                for (var item : body.path("puts")) {
                  put.add(record(replace(state, call, requireId(item), item, false)));
                }
                var posted = result.putArray("posts");
                for (var item : body.path("posts")) {
                  posted.add(record(insert(state, call, item)));
                }
                return Wire.ok(result);
              } catch (RuntimeException e) {
                records.clear();
                records.addAll(snapshot);
                throw e;
              }
            });
  }

  private static String requireId(JsonNode item) {
    var id = item.path("id").asText("");
    if (!Ids.isId(id)) {
      throw fail(400, 9000, "Every batch delete, patch and put needs the id of an existing record");
    }
    return id;
  }

  private SimResponse export(Call call) {
    var state = call.state();
    var zone = state.zone(call.param("zone_id")).orElseThrow();
    var text =
        new StringBuilder(
            ";; Domain:     " + zone.name() + ".\n;; Exported by the Cloudflare simulator\n\n");
    text.append("$ORIGIN ").append(zone.name()).append(".\n$TTL 3600\n");
    var records = new ArrayList<>(state.records(zone.id()));
    records.sort(Comparator.comparing(DnsRecord::type).thenComparing(DnsRecord::name));
    for (var record : records) {
      var content = record.content();
      if (List.of("CNAME", "MX", "NS").contains(record.type())) {
        content = content + ".";
      }
      if (record.priority() != null && record.type().equals("MX")) {
        content = record.priority() + " " + content;
      }
      text.append(record.name())
          .append(".\t")
          .append(record.ttl() == 1 ? 300 : record.ttl())
          .append("\tIN\t")
          .append(record.type())
          .append('\t')
          .append(content);
      if (record.proxied()) {
        text.append(" ; cf_tags=cf-proxied:true");
      }
      text.append('\n');
    }
    return SimResponse.text(200, "text/plain; charset=utf-8", text.toString());
  }
}
