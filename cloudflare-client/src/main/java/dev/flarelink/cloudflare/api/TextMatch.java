package dev.flarelink.cloudflare.api;

import java.util.Objects;

/**
 * A text filter with its operator, as Cloudflare's list endpoints take them.
 *
 * @param operator {@code equal}, {@code not_equal}, {@code contains}, {@code starts_with} or {@code
 *     ends_with}
 * @param value the text to match
 */
public record TextMatch(String operator, String value) {

  public TextMatch {
    Objects.requireNonNull(operator, "operator == null");
    Objects.requireNonNull(value, "value == null");
  }

  /** Equal to the value (case-insensitive on Cloudflare's side). */
  public static TextMatch exact(String value) {
    return new TextMatch("equal", value);
  }

  /** Contains the value. */
  public static TextMatch contains(String value) {
    return new TextMatch("contains", value);
  }

  /** Starts with the value. */
  public static TextMatch startsWith(String value) {
    return new TextMatch("starts_with", value);
  }

  /** Ends with the value. */
  public static TextMatch endsWith(String value) {
    return new TextMatch("ends_with", value);
  }

  /** The zones-list form, {@code operator:value} ({@code equal} is sent bare). */
  String zoneForm() {
    return operator.equals("equal") ? value : operator + ":" + value;
  }

  /** The DNS-list suffix: {@code exact}, {@code contains}, {@code startswith}, {@code endswith}. */
  String dnsSuffix() {
    return switch (operator) {
      case "equal" -> "exact";
      case "starts_with" -> "startswith";
      case "ends_with" -> "endswith";
      case "contains" -> "contains";
      default -> throw new IllegalArgumentException("DNS filters do not support " + operator);
    };
  }
}
