package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.http.SimException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the fields of a request body for the traffic routes (load balancing, health checks, waiting
 * rooms), which refuse a field of the wrong type with 400 and code 1002 "… validation failed", as
 * Cloudflare's load balancing API does.
 */
final class Fields {

  static final int INVALID = 1002;

  private static final Pattern HOSTNAME =
      Pattern.compile(
          "^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$");
  private static final Pattern IPV4 =
      Pattern.compile(
          "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
  private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:]+(:[0-9.]+)?$");

  private Fields() {}

  static SimException invalid(String message) {
    return fail(400, INVALID, message + ": validation failed");
  }

  /** A string field, the fallback when absent; a present non-string is refused. */
  static String text(JsonNode body, String name, String fallback) {
    var node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw invalid(name + " must be a string");
    }
    return node.asText();
  }

  /** A string field that must be present and not blank. */
  static String required(JsonNode body, String name) {
    var value = text(body, name, "");
    if (value.isBlank()) {
      throw invalid(name + " is required");
    }
    return value;
  }

  /** A string field from a fixed list. */
  static String oneOf(JsonNode body, String name, String fallback, List<String> allowed) {
    var value = text(body, name, fallback);
    if (!allowed.contains(value)) {
      throw invalid(name + " must be one of " + String.join(", ", allowed));
    }
    return value;
  }

  /** A boolean field. */
  static boolean bool(JsonNode body, String name, boolean fallback) {
    var node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw invalid(name + " must be true or false");
    }
    return node.asBoolean();
  }

  /** A whole number within a range. */
  static int number(JsonNode body, String name, int fallback, int min, int max) {
    var node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber() || node.asDouble() != Math.rint(node.asDouble())) {
      throw invalid(name + " must be a whole number");
    }
    var value = node.asInt();
    if (value < min || value > max) {
      throw invalid(name + " is not in range [" + min + ", " + max + "]");
    }
    return value;
  }

  /** A list of strings, each from {@code allowed} when that is not empty. */
  static List<String> strings(
      JsonNode body, String name, List<String> fallback, List<String> allowed) {
    var node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isArray()) {
      throw invalid(name + " must be a list of strings");
    }
    var list = new ArrayList<String>();
    for (var item : node) {
      if (!item.isTextual() || (!allowed.isEmpty() && !allowed.contains(item.asText()))) {
        throw invalid(
            name
                + " must be a list of strings"
                + (allowed.isEmpty() ? "" : " from " + String.join(", ", allowed)));
      }
      list.add(item.asText());
    }
    return List.copyOf(list);
  }

  /** Whether a value is an IPv4 or IPv6 address or a hostname. */
  static boolean address(String value) {
    return IPV4.matcher(value).matches()
        || (value.contains(":") && IPV6.matcher(value).matches())
        || HOSTNAME.matcher(value).matches();
  }

  /** Whether a value is a hostname (not an address). */
  static boolean hostname(String value) {
    return HOSTNAME.matcher(value).matches() && !IPV4.matcher(value).matches();
  }
}
