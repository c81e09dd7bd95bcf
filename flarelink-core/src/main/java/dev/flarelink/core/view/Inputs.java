package dev.flarelink.core.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The text forms of inputs that the REST API and the CLI both accept, read the same way; each face
 * wraps the {@link IllegalArgumentException} in its own kind of error, naming its own parameter.
 */
public final class Inputs {

  private Inputs() {}

  /**
   * An instant ({@code 2026-11-23T12:00:00Z}) or a day ({@code 2026-11-23}, from 00:00 UTC).
   *
   * @throws IllegalArgumentException "must be …, was …", to follow the parameter's name
   */
  public static Instant timeOrDay(String text) {
    var value = text.strip();
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notInstant) {
      try {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDay) {
        throw new IllegalArgumentException(
            "must be a time like 2026-11-23T12:00:00Z or a day like 2026-11-23, was " + text);
      }
    }
  }

  /**
   * A yes or no: {@code on}/{@code off}, {@code true}/{@code false}, {@code yes}/{@code no} or
   * {@code 1}/{@code 0}, any case.
   *
   * @throws IllegalArgumentException "must be …, was …", to follow the parameter's name
   */
  public static boolean onOff(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes", "1" -> true;
      case "off", "false", "no", "0" -> false;
      default ->
          throw new IllegalArgumentException("must be on or off (or true or false), was " + text);
    };
  }
}
