package dev.flarelink.core.action.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.core.error.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of the record types Cloudflare builds from parts (SRV, CAA), read from the
 * content as a zone file writes it and checked as Cloudflare checks each part.
 *
 * @param fields the parts, as Cloudflare's {@code data} object names them
 * @param content the content in one line, as plans show it
 */
record DnsData(Map<String, Object> fields, String content) {

  /** The types whose content Cloudflare builds from {@code data}. */
  static final List<String> TYPES = List.of("SRV", "CAA");

  /** CAA tags Cloudflare accepts. */
  static final List<String> CAA_TAGS = List.of("issue", "issuewild", "iodef");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern LABEL = Pattern.compile("_[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TARGET =
      Pattern.compile("([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\\.)*[a-z0-9-]{1,63}\\.?|\\.");
  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

  DnsData {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The parts as Cloudflare's {@code data} object. */
  JsonNode node() {
    return JSON.valueToTree(fields);
  }

  /** Whether a record's {@code data} holds these parts (numbers compared as numbers). */
  boolean matches(@Nullable JsonNode data) {
    if (data == null) {
      return false;
    }
    return fields.entrySet().stream()
        .allMatch(
            e -> {
              var node = data.path(e.getKey());
              return e.getValue() instanceof Integer n
                  ? node.isNumber() && node.asDouble() == n
                  : node.asText().equalsIgnoreCase(String.valueOf(e.getValue()));
            });
  }

  /**
   * The data of an SRV or CAA record.
   *
   * @param name the record's full name (SRV: {@code _service._proto.host})
   * @param priority the priority input, which must agree with an SRV content that gives one
   */
  static DnsData of(String type, String name, String content, @Nullable Integer priority) {
    return type.equals("SRV") ? srv(name, content, priority) : caa(content);
  }

  /**
   * SRV: the name starts with {@code _service._proto}; the content is {@code priority weight port
   * target}, or {@code weight port target} with the priority input.
   */
  private static DnsData srv(String name, String content, @Nullable Integer priority) {
    var labels = name.split("\\.", -1);
    if (labels.length < 3 || !LABEL.matcher(labels[0]).matches()) {
      throw InvalidInputException.of(
          "name",
          "an SRV name starts with the service and protocol, each with an underscore, such as"
              + " _sip._tcp (in the zone) or _sip._tcp.voice; was "
              + name);
    }
    if (!LABEL.matcher(labels[1]).matches()) {
      throw InvalidInputException.of(
          "name",
          "the second label of an SRV name is the protocol with an underscore, such as _tcp,"
              + " _udp or _tls; was "
              + labels[1]);
    }
    var parts = content.strip().split("\\s+", -1);
    if (parts.length != 4 && parts.length != 3) {
      throw InvalidInputException.of(
          "content",
          "an SRV content is 'priority weight port target', such as 10 5 5060 sip.example.net;"
              + " was "
              + content);
    }
    var offset = parts.length - 3;
    var given = offset == 1 ? number("priority", parts[0], 65_535) : null;
    if (given != null && priority != null && !given.equals(priority)) {
      throw InvalidInputException.of(
          "priority",
          "the content gives priority "
              + given
              + " and the priority input "
              + priority
              + "; give one");
    }
    var chosen = given != null ? given : priority;
    if (chosen == null) {
      throw InvalidInputException.of(
          "content",
          "an SRV record needs a priority: write 'priority weight port target', such as 10 5 5060"
              + " sip.example.net");
    }
    var weight = number("weight", parts[offset], 65_535);
    var port = number("port", parts[offset + 1], 65_535);
    var target = parts[offset + 2].toLowerCase(Locale.ROOT);
    if (!TARGET.matcher(target).matches()) {
      throw InvalidInputException.of(
          "content",
          "the SRV target must be a host name such as sip.example.net (or '.' for no service);"
              + " was "
              + parts[offset + 2]);
    }
    var fields = new LinkedHashMap<String, Object>();
    fields.put("priority", chosen);
    fields.put("weight", weight);
    fields.put("port", port);
    fields.put("target", target.endsWith(".") && target.length() > 1 ? strip(target) : target);
    return new DnsData(fields, chosen + " " + weight + " " + port + " " + fields.get("target"));
  }

  /** CAA: {@code flags tag value}, such as {@code 0 issue "letsencrypt.org"}. */
  private static DnsData caa(String content) {
    var parts = content.strip().split("\\s+", 3);
    if (parts.length != 3) {
      throw InvalidInputException.of(
          "content",
          "a CAA content is 'flags tag value', such as 0 issue \"letsencrypt.org\"; was "
              + content);
    }
    var flags = number("flags", parts[0], 255);
    var tag = parts[1].toLowerCase(Locale.ROOT);
    if (!CAA_TAGS.contains(tag)) {
      throw InvalidInputException.of(
          "content",
          "the CAA tag must be one of " + String.join(", ", CAA_TAGS) + "; was " + parts[1]);
    }
    var value = parts[2].strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    checkCaaValue(tag, value);
    var fields = new LinkedHashMap<String, Object>();
    fields.put("flags", flags);
    fields.put("tag", tag);
    fields.put("value", value);
    return new DnsData(fields, flags + " " + tag + " \"" + value + "\"");
  }

  private static void checkCaaValue(String tag, String value) {
    if (tag.equals("iodef")) {
      if (!value.matches("(mailto:[^@\\s]+@[^@\\s]+|https?://\\S+)")) {
        throw InvalidInputException.of(
            "content",
            "an iodef CAA value is where to report, mailto:security@example.com or an https://"
                + " URL; was "
                + value);
      }
      return;
    }
    var issuer = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!issuer.isEmpty() && !DOMAIN.matcher(issuer).matches()) {
      throw InvalidInputException.of(
          "content",
          "an "
              + tag
              + " CAA value is the certificate authority's domain, such as letsencrypt.org, or ';'"
              + " to allow none; was "
              + value);
    }
  }

  private static int number(String field, String text, int max) {
    try {
      var value = Integer.parseInt(text);
      if (value >= 0 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below, naming the part
    }
    throw InvalidInputException.of(
        "content", "the " + field + " must be a whole number from 0 to " + max + "; was " + text);
  }

  private static String strip(String target) {
    return target.substring(0, target.length() - 1);
  }
}
