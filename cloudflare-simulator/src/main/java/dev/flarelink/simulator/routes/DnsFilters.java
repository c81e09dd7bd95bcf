package dev.flarelink.simulator.routes;

import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** The filters and order of {@code GET /zones/{id}/dns_records}, as Cloudflare documents them. */
final class DnsFilters {

  static final Set<String> TYPES =
      Set.of(
          "A",
          "AAAA",
          "CAA",
          "CERT",
          "CNAME",
          "DNSKEY",
          "DS",
          "HTTPS",
          "LOC",
          "MX",
          "NAPTR",
          "NS",
          "OPENPGPKEY",
          "PTR",
          "SMIMEA",
          "SRV",
          "SSHFP",
          "SVCB",
          "TLSA",
          "TXT",
          "URI");

  private static final String[] OPERATORS = {"exact", "contains", "startswith", "endswith"};

  private DnsFilters() {}

  /** The records of a zone matching the request's filters, in the requested order. */
  static List<DnsRecord> apply(Call call, List<DnsRecord> records) {
    var filters = new ArrayList<Predicate<DnsRecord>>();
    var type = call.query("type");
    if (type != null) {
      if (!TYPES.contains(type)) {
        throw Wire.fail(400, 1004, "Invalid value for type: " + type);
      }
      filters.add(r -> r.type().equals(type));
    }
    text(call, "name", DnsRecord::name, filters);
    text(call, "content", DnsRecord::content, filters);
    text(call, "comment", DnsRecord::comment, filters);
    if (call.query("comment.present") != null) {
      filters.add(r -> r.comment() != null && !r.comment().isEmpty());
    }
    if (call.query("comment.absent") != null) {
      filters.add(r -> r.comment() == null || r.comment().isEmpty());
    }
    if (call.query("proxied") != null) {
      var proxied = bool(call.query("proxied"));
      filters.add(r -> r.proxied() == proxied);
    }
    var tagFilters = tags(call);
    var any = "any".equals(call.query("match"));
    var tagAny = "any".equals(call.query("tag_match"));
    if (!tagFilters.isEmpty()) {
      Predicate<DnsRecord> tags =
          tagAny
              ? r -> tagFilters.stream().anyMatch(f -> f.test(r))
              : r -> tagFilters.stream().allMatch(f -> f.test(r));
      filters.add(tags);
    }
    var matching =
        records.stream()
            .filter(
                r ->
                    filters.isEmpty()
                        || (any
                            ? filters.stream().anyMatch(f -> f.test(r))
                            : filters.stream().allMatch(f -> f.test(r))))
            .toList();
    return Sorting.direction(call, matching, order(call.query("order")), false);
  }

  private static void text(
      Call call,
      String field,
      Function<DnsRecord, String> getter,
      List<Predicate<DnsRecord>> filters) {
    var bare = call.query(field);
    if (bare != null) {
      filters.add(r -> TextFilter.matches("exact", getter.apply(r), bare));
    }
    for (var operator : OPERATORS) {
      var value = call.query(field + "." + operator);
      if (value != null) {
        filters.add(r -> TextFilter.matches(operator, getter.apply(r), value));
      }
    }
  }

  private static List<Predicate<DnsRecord>> tags(Call call) {
    var filters = new ArrayList<Predicate<DnsRecord>>();
    var tag = call.query("tag");
    if (tag != null) {
      filters.add(
          tag.contains(":")
              ? r -> r.tags().contains(tag)
              : r -> r.tags().stream().anyMatch(t -> tagName(t).equals(tag)));
    }
    var present = call.query("tag.present");
    if (present != null) {
      filters.add(r -> r.tags().stream().anyMatch(t -> tagName(t).equals(present)));
    }
    var absent = call.query("tag.absent");
    if (absent != null) {
      filters.add(r -> r.tags().stream().noneMatch(t -> tagName(t).equals(absent)));
    }
    for (var operator : OPERATORS) {
      var value = call.query("tag." + operator);
      if (value == null) {
        continue;
      }
      var colon = value.indexOf(':');
      var name = colon < 0 ? value : value.substring(0, colon);
      var wanted = colon < 0 ? "" : value.substring(colon + 1);
      filters.add(
          r ->
              r.tags().stream()
                  .anyMatch(
                      t ->
                          tagName(t).equals(name)
                              && TextFilter.matches(operator, tagValue(t), wanted)));
    }
    return filters;
  }

  private static String tagName(String tag) {
    var colon = tag.indexOf(':');
    return colon < 0 ? tag : tag.substring(0, colon);
  }

  private static String tagValue(String tag) {
    var colon = tag.indexOf(':');
    return colon < 0 ? "" : tag.substring(colon + 1);
  }

  private static boolean bool(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw Wire.fail(400, 1004, "Invalid value for proxied: use true or false");
    }
    return Boolean.parseBoolean(text);
  }

  private static Comparator<DnsRecord> order(String order) {
    return switch (order == null ? "type" : order) {
      case "type" -> Comparator.comparing(DnsRecord::type);
      case "name" -> Comparator.comparing(DnsRecord::name);
      case "content" -> Comparator.comparing(DnsRecord::content);
      case "ttl" -> Comparator.comparingInt(DnsRecord::ttl);
      case "proxied" -> Comparator.comparing(DnsRecord::proxied);
      default ->
          throw Wire.fail(
              400, 1004, "Invalid value for order: use type, name, content, ttl or proxied");
    };
  }
}
