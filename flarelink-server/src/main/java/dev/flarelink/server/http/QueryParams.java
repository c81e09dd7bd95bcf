package dev.flarelink.server.http;

import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.view.Inputs;
import io.javalin.http.Context;
import java.time.Instant;

/** Reads query parameters, naming the parameter and the fix when one cannot be used. */
public final class QueryParams {

  private QueryParams() {}

  public static int integer(Context ctx, String name, int fallback) {
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

  public static Boolean bool(Context ctx, String name) {
    var value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Inputs.onOff(value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(name, e.getMessage());
    }
  }

  /** An instant ({@code 2026-11-23T12:00:00Z}) or a day ({@code 2026-11-23}, from 00:00 UTC). */
  public static Instant instant(Context ctx, String name) {
    var value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Inputs.timeOrDay(value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(name, e.getMessage());
    }
  }

  /** {@code json} (the default) or {@code csv}. */
  public static boolean csv(Context ctx) {
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
