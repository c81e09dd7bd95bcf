package dev.flarelink.server.http;

import dev.flarelink.core.connection.InvalidInputException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads query parameters, naming the parameter and the fix when one cannot be used. */
final class QueryParams {

  private QueryParams() {}

  static int integer(Context ctx, String name, int fallback) {
    var value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "must be a whole number, was " + value);
    }
  }

  static Boolean bool(Context ctx, String name) {
    var value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default -> throw InvalidInputException.of(name, "must be true or false, was " + value);
    };
  }

  /** An instant ({@code 2026-11-23T12:00:00Z}) or a day ({@code 2026-11-23}, from 00:00 UTC). */
  static Instant instant(Context ctx, String name) {
    var value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException notInstant) {
      try {
        return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw InvalidInputException.of(
            name,
            "must be a time like 2026-11-23T12:00:00Z or a day like 2026-11-23, was " + value);
      }
    }
  }

  /** {@code json} (the default) or {@code csv}. */
  static boolean csv(Context ctx) {
    var value = ctx.queryParam("format");
    if (value == null || value.isBlank() || value.equalsIgnoreCase("json")) {
      return false;
    }
    if (value.equalsIgnoreCase("csv")) {
      return true;
    }
    throw InvalidInputException.of("format", "must be json or csv, was " + value);
  }
}
