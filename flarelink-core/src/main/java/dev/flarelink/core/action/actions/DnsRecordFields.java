package dev.flarelink.core.action.actions;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.inventory.ZoneEntry;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks DNS record fields as Cloudflare would, before anything is sent. */
final class DnsRecordFields {

  /** The record types whose content is one value; batches write only these. */
  static final List<String> TYPES = List.of("A", "AAAA", "CNAME", "MX", "TXT", "NS", "PTR");

  /** The record types a single create writes: the plain ones, and SRV and CAA from their parts. */
  static final List<String> CREATE_TYPES =
      List.of("A", "AAAA", "CNAME", "MX", "TXT", "NS", "PTR", "SRV", "CAA");

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}");
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)([a-zA-Z0-9_*]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?\\.)*[a-zA-Z0-9_-]{1,63}\\.?");

  private DnsRecordFields() {}

  /** The full name, lower case: {@code @} is the apex, a single label is inside the zone. */
  static String name(ZoneEntry zone, String raw) {
    var zoneName = zone.name().toLowerCase(Locale.ROOT);
    var name = raw.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.equals("@") || name.isEmpty()) {
      return zoneName;
    }
    // A single label, or labels that start with an underscore (_sip._tcp, _dmarc), are inside
    // the zone, as Cloudflare reads them.
    if (!name.contains(".")
        || (name.startsWith("_") && !name.equals(zoneName) && !name.endsWith("." + zoneName))) {
      var full = name + "." + zoneName;
      if (!HOST.matcher(full).matches()) {
        throw InvalidInputException.of("name", "is not a valid DNS name: " + raw);
      }
      return full;
    }
    if (name.equals(zoneName) || name.endsWith("." + zoneName)) {
      if (!HOST.matcher(name).matches()) {
        throw InvalidInputException.of("name", "is not a valid DNS name: " + raw);
      }
      return name;
    }
    throw InvalidInputException.of(
        "name",
        raw
            + " is outside the zone "
            + zoneName
            + "; give a full name ending in "
            + zoneName
            + ", a single label such as www, or @ for the apex");
  }

  /** Refuses content that does not fit the type. */
  static void content(String type, String content) {
    var ok =
        switch (type) {
          case "A" -> IPV4.matcher(content).matches();
          case "AAAA" -> IPV6.matcher(content).matches() && content.contains(":");
          case "CNAME", "NS", "PTR", "MX" -> HOST.matcher(content).matches();
          case "TXT" -> content.length() <= 2048;
          default -> true;
        };
    if (!ok) {
      var expected =
          switch (type) {
            case "A" -> "an IPv4 address such as 192.0.2.1";
            case "AAAA" -> "an IPv6 address such as 2001:db8::1";
            case "TXT" -> "at most 2048 characters";
            default -> "a host name such as target.example.net";
          };
      throw InvalidInputException.of(
          "content", "must be " + expected + " for a " + type + " record, was " + content);
    }
  }

  /** Refuses a TTL Cloudflare would refuse. */
  static void ttl(@Nullable Integer ttl) {
    if (ttl != null && ttl != 1 && (ttl < 60 || ttl > 86_400)) {
      throw InvalidInputException.of(
          "ttl", "must be 1 (automatic) or from 60 to 86400 seconds, was " + ttl);
    }
  }

  /** Refuses proxying a type Cloudflare cannot proxy. */
  static void proxied(String type, @Nullable Boolean proxied) {
    if (Boolean.TRUE.equals(proxied) && !List.of("A", "AAAA", "CNAME").contains(type)) {
      throw InvalidInputException.of(
          "proxied", "only A, AAAA and CNAME records can be proxied, not " + type);
    }
  }

  /** Refuses a priority out of range. */
  static void priority(@Nullable Integer priority) {
    if (priority != null && (priority < 0 || priority > 65_535)) {
      throw InvalidInputException.of("priority", "must be from 0 to 65535, was " + priority);
    }
  }

  /** A record in one line. */
  static String describe(
      String type, String name, String content, @Nullable Integer ttl, @Nullable Boolean proxied) {
    return type
        + " "
        + name
        + " "
        + content
        + (ttl == null ? "" : " ttl " + (ttl == 1 ? "auto" : ttl))
        + (Boolean.TRUE.equals(proxied) ? " proxied" : "");
  }
}
