package dev.flarelink.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write times and values. */
public final class Format {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Format() {}

  /** A time as {@code 2026-12-02 01:15 UTC}, or a dash for none. */
  public static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  /** Yes, no, or a dash for unknown. */
  public static String yesNo(Boolean value) {
    return value == null ? "—" : value ? "yes" : "no";
  }

  /** A value, or a dash for none. */
  public static String text(Object value) {
    return value == null || value.toString().isEmpty() ? "—" : value.toString();
  }
}
