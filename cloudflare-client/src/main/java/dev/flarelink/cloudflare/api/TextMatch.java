package dev.flarelink.cloudflare.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A text filter with its operator, as Cloudflare's list endpoints take them.
 *
 * @param operator how the value is compared
 * @param value the text to match
 */
public record TextMatch(Operator operator, String value) {

  public TextMatch {
    Objects.requireNonNull(operator, "operator == null");
    Objects.requireNonNull(value, "value == null");
  }

  /**
   * How a filter compares, with the names Cloudflare gives it: the zones list takes {@code
   * operator:value} with {@link #wireName()}; the DNS records list takes {@code field.suffix=value}
   * with {@link #dnsName()} and has no {@code not_equal}.
   */
  public enum Operator {
    /** Equal to the value (case-insensitive on Cloudflare's side). */
    EQUAL("equal", "exact"),
    /** Anything but the value; the zones list only. */
    NOT_EQUAL("not_equal", null),
    /** Contains the value. */
    CONTAINS("contains", "contains"),
    /** Starts with the value. */
    STARTS_WITH("starts_with", "startswith"),
    /** Ends with the value. */
    ENDS_WITH("ends_with", "endswith");

    private final String wireName;
    private final @Nullable String dnsName;

    Operator(String wireName, @Nullable String dnsName) {
      this.wireName = wireName;
      this.dnsName = dnsName;
    }

    /** The zones-list name: {@code equal}, {@code not_equal}, {@code contains}, ... */
    public String wireName() {
      return wireName;
    }

    /**
     * The DNS-records-list suffix ({@code exact}, {@code contains}, {@code startswith}, {@code
     * endswith}), or empty for an operator that list does not take.
     */
    public Optional<String> dnsName() {
      return Optional.ofNullable(dnsName);
    }

    /**
     * The operator called {@code name} in either list's spelling, ignoring case ({@code
     * starts_with} and {@code startswith}, {@code equal} and {@code exact} alike).
     */
    public static Optional<Operator> named(@Nullable String name) {
      if (name == null) {
        return Optional.empty();
      }
      var normal = name.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(op -> op.wireName.equals(normal) || normal.equals(op.dnsName))
          .findFirst();
    }
  }

  /** Equal to the value (case-insensitive on Cloudflare's side). */
  public static TextMatch exact(String value) {
    return new TextMatch(Operator.EQUAL, value);
  }

  /** Contains the value. */
  public static TextMatch contains(String value) {
    return new TextMatch(Operator.CONTAINS, value);
  }

  /** Starts with the value. */
  public static TextMatch startsWith(String value) {
    return new TextMatch(Operator.STARTS_WITH, value);
  }

  /** Ends with the value. */
  public static TextMatch endsWith(String value) {
    return new TextMatch(Operator.ENDS_WITH, value);
  }

  /** Anything but the value (the zones list only). */
  public static TextMatch notEqual(String value) {
    return new TextMatch(Operator.NOT_EQUAL, value);
  }

  /** The zones-list form, {@code operator:value} ({@code equal} is sent bare). */
  String zoneForm() {
    return switch (operator) {
      case EQUAL -> value;
      case NOT_EQUAL, CONTAINS, STARTS_WITH, ENDS_WITH -> operator.wireName() + ":" + value;
    };
  }

  /**
   * The DNS-list query key for {@code field}: the bare name means exact in every version of the
   * API; the other operators need the dotted form.
   *
   * @throws IllegalArgumentException for {@code not_equal}, which that list does not take
   */
  String dnsKey(String field) {
    return switch (operator) {
      case EQUAL -> field;
      case CONTAINS, STARTS_WITH, ENDS_WITH -> field + "." + operator.dnsName;
      case NOT_EQUAL ->
          throw new IllegalArgumentException(
              "The DNS records list has no not_equal filter for "
                  + field
                  + "; use exact, contains, startswith or endswith");
    };
  }
}
