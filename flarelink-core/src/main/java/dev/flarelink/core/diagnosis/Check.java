package dev.flarelink.core.diagnosis;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One check of a connection test.
 *
 * @param id a stable identifier, e.g. {@code credential} or {@code service.identity}
 * @param status the outcome
 * @param message what was found, in a sentence
 * @param fix what to change, or {@code null} when nothing needs to change
 */
public record Check(String id, Status status, String message, @Nullable String fix) {

  /** The outcome of a check. */
  public enum Status {
    /** It works. */
    PASS,
    /** It works now, but something will break or is not advisable. */
    WARN,
    /** It does not work. */
    FAIL,
    /** It was not checked, because an earlier check failed or it could not be checked safely. */
    SKIP;

    /** The lower-case name used in JSON. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static Check pass(String id, String message) {
    return new Check(id, Status.PASS, message, null);
  }

  static Check warn(String id, String message, String fix) {
    return new Check(id, Status.WARN, message, fix);
  }

  static Check fail(String id, String message, String fix) {
    return new Check(id, Status.FAIL, message, fix);
  }

  static Check skip(String id, String message) {
    return new Check(id, Status.SKIP, message, null);
  }
}
