package dev.flarelink.cli;

import dev.flarelink.cloudflare.auth.CredentialKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values as a person reads them in a terminal table: {@code yes}/{@code no}, TTL {@code auto},
 * credential kinds in words, times to the second. JSON and CSV keep the machine values.
 */
public final class Human {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final Pattern ISO_INSTANT =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

  /** Cloudflare's TTL 1 means "automatic". */
  private static final int AUTOMATIC_TTL = 1;

  private Human() {}

  /** A table cell of {@code column}; {@code null} when there is no value. */
  static String value(String column, Object value) {
    if (value == null) {
      return null;
    }
    if (column.equals("ttl") && String.valueOf(value).equals(String.valueOf(AUTOMATIC_TTL))) {
      return "auto";
    }
    return switch (value) {
      case Boolean b -> b ? "yes" : "no";
      case Instant i -> time(i);
      case OffsetDateTime t -> time(t.toInstant());
      case ZonedDateTime t -> time(t.toInstant());
      case CredentialKind k -> kind(k);
      case String s when ISO_INSTANT.matcher(s).matches() -> time(Instant.parse(s));
      case String s when column.endsWith("kind") && CredentialKind.fromId(s).isPresent() ->
          kind(CredentialKind.fromId(s).orElseThrow());
      default -> value.toString();
    };
  }

  /** A time in UTC to the second, e.g. {@code 2026-12-05 04:29:30Z}. */
  static String time(Instant instant) {
    return instant == null ? null : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A credential kind in words, e.g. "account-owned token". */
  public static String kind(CredentialKind kind) {
    return switch (kind) {
      case ACCOUNT_TOKEN -> "account-owned token";
      case USER_TOKEN -> "user-owned token";
      case GLOBAL_API_KEY -> "Global API Key";
    };
  }

  /** A credential hint such as {@code account_token …abcd} with its kind in words. */
  static String hint(String hint) {
    if (hint == null) {
      return null;
    }
    var space = hint.indexOf(' ');
    var kind = CredentialKind.fromId(space < 0 ? hint : hint.substring(0, space));
    return kind.map(k -> kind(k) + (space < 0 ? "" : hint.substring(space)))
        .orElse(hint.replaceFirst("^api_token\\b", "API token"));
  }
}
