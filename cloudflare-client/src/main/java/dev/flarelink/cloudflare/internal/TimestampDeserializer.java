package dev.flarelink.cloudflare.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads Cloudflare's timestamps ({@code 2014-01-01T05:20:00.12345Z}) without the general date-time
 * formatter, which allocates about a kilobyte per value; anything else (offsets other than Z,
 * dates) goes to {@link OffsetDateTime#parse}.
 */
final class TimestampDeserializer extends JsonDeserializer<Instant> {

  @Override
  public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochSecond(parser.getLongValue());
    }
    var text = parser.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    var fast = parseUtc(text);
    if (fast != null) {
      return fast;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return (Instant)
          context.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 timestamp");
    }
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} when the text has another form. */
  static @Nullable Instant parseUtc(String text) {
    var length = text.length();
    if (length < 20
        || text.charAt(length - 1) != 'Z'
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    var year = digits(text, 0, 4);
    var month = digits(text, 5, 2);
    var day = digits(text, 8, 2);
    var hour = digits(text, 11, 2);
    var minute = digits(text, 14, 2);
    var second = digits(text, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 60) {
      return null;
    }
    var nanos = 0;
    if (length > 20) {
      var fraction = length - 21;
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      var value = digits(text, 20, fraction);
      if (value < 0) {
        return null;
      }
      nanos = value;
      for (var i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    } else if (length != 20) {
      return null;
    }
    if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    var epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(
        epochDay * 86_400 + hour * 3_600L + minute * 60L + Math.min(second, 59), nanos);
  }

  private static int digits(String text, int start, int count) {
    var value = 0;
    for (var i = start; i < start + count; i++) {
      var c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
