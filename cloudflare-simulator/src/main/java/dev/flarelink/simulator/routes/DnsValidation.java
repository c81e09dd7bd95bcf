package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.Entities.Zone;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a request body into a valid DNS record of a zone, or refuses it as Cloudflare does. */
final class DnsValidation {

  private DnsValidation() {}

  /** A record from a full body (create, overwrite) or from a patch over an existing record. */
  @SuppressWarnings("unchecked")
  static DnsRecord build(Zone zone, JsonNode body, DnsRecord existing, String id, Instant now) {
    if (body == null || !body.isObject()) {
      throw fail(400, 9207, "Request body is invalid.");
    }
    var type = text(body, "type", existing == null ? null : existing.type());
    if (type == null) {
      throw fail(400, 9004, "DNS record type is required");
    }
    type = type.toUpperCase(Locale.ROOT);
    if (!DnsFilters.TYPES.contains(type)) {
      throw fail(400, 9004, "Invalid DNS record type " + type);
    }
    var name = text(body, "name", existing == null ? null : existing.name());
    if (name == null || name.isBlank()) {
      throw fail(400, 9000, "DNS name is invalid.");
    }
    name = qualify(zone, name.trim().toLowerCase(Locale.ROOT));
    Map<String, Object> data = existing == null ? null : existing.data();
    if (body.has("data") && body.get("data").isObject()) {
      data = Wire.MAPPER.convertValue(body.get("data"), Map.class);
    }
    var content = text(body, "content", existing == null ? null : existing.content());
    if ((content == null || content.isBlank()) && data != null) {
      content =
          data.values().stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("");
    }
    if (content == null || content.isBlank()) {
      throw fail(400, 9005, "Content for " + type + " record is invalid.");
    }
    checkContent(type, content);
    var ttl =
        body.has("ttl") ? number(body.get("ttl"), "ttl") : existing == null ? 1 : existing.ttl();
    if (ttl != 1 && (ttl < 60 || ttl > 86_400)) {
      throw fail(400, 9003, "Invalid 'ttl' setting: use 1 (automatic) or 60 to 86400 seconds");
    }
    var proxiable = DnsRecord.isProxiable(type);
    var proxied =
        body.has("proxied")
            ? body.get("proxied").asBoolean()
            : existing != null && existing.proxied();
    if (proxied && !proxiable) {
      throw fail(400, 9004, "This record type cannot be proxied.");
    }
    Integer priority =
        body.has("priority")
            ? Integer.valueOf(number(body.get("priority"), "priority"))
            : existing == null ? null : existing.priority();
    if (type.equals("MX") && priority == null) {
      priority = 10;
    }
    var comment =
        body.has("comment")
            ? (body.get("comment").isNull() ? null : body.get("comment").asText())
            : existing == null ? null : existing.comment();
    List<String> tags = existing == null ? List.of() : existing.tags();
    if (body.has("tags")) {
      var list = new ArrayList<String>();
      body.get("tags").forEach(tag -> list.add(tag.asText()));
      tags = List.copyOf(list);
    }
    return new DnsRecord(
        id,
        zone.id(),
        name,
        type,
        content,
        priority,
        data,
        proxied,
        ttl,
        comment,
        tags,
        existing == null ? now : existing.createdOn(),
        now);
  }

  /** Refuses a record that clashes with others: CNAME beside A/AAAA, or an exact duplicate. */
  static void checkConflicts(List<DnsRecord> records, DnsRecord candidate) {
    for (var other : records) {
      if (other.id().equals(candidate.id()) || !other.name().equals(candidate.name())) {
        continue;
      }
      var cname = candidate.type().equals("CNAME") || other.type().equals("CNAME");
      var address = List.of("A", "AAAA", "CNAME");
      if (cname && address.contains(candidate.type()) && address.contains(other.type())) {
        throw fail(400, 81053, "An A, AAAA, or CNAME record with that host already exists.");
      }
      if (other.type().equals(candidate.type()) && other.content().equals(candidate.content())) {
        throw fail(400, 81058, "An identical record already exists.");
      }
    }
  }

  private static String qualify(Zone zone, String name) {
    if (name.equals("@")) {
      return zone.name();
    }
    var bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (bare.equals(zone.name()) || bare.endsWith("." + zone.name())) {
      return bare;
    }
    if (bare.contains(".") && !bare.startsWith("_")) {
      throw fail(400, 9000, "DNS name is invalid: " + bare + " is not in the zone " + zone.name());
    }
    return bare + "." + zone.name();
  }

  private static void checkContent(String type, String content) {
    switch (type) {
      case "A" -> {
        if (!content.matches("\\d{1,3}(\\.\\d{1,3}){3}") || !parses(content)) {
          throw fail(400, 9005, "Content for A record must be a valid IPv4 address.");
        }
      }
      case "AAAA" -> {
        if (!content.contains(":") || !parses(content)) {
          throw fail(400, 9006, "Content for AAAA record must be a valid IPv6 address.");
        }
      }
      case "CNAME", "MX", "NS" -> {
        if (!content.matches("[A-Za-z0-9_.-]+")) {
          throw fail(400, 9007, "Content for " + type + " record must be a hostname.");
        }
      }
      default -> {}
    }
  }

  private static boolean parses(String address) {
    // Only literals reach here (checked by the callers' patterns), so no name is looked up.
    try {
      InetAddress.getByName(address);
      return address.contains(":")
          || Arrays.stream(address.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }

  private static String text(JsonNode body, String field, String fallback) {
    var value = body.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw fail(400, 9207, "Invalid value for " + field + ": expected a string");
    }
    return value.asText();
  }

  private static int number(JsonNode value, String field) {
    if (!value.isIntegralNumber()) {
      throw fail(400, 9207, "Invalid value for " + field + ": expected a whole number");
    }
    return value.asInt();
  }
}
