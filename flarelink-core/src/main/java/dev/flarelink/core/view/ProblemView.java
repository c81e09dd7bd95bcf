package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An error answer: RFC 9457 problem details with a human message, never a stack trace.
 *
 * @param type always {@code about:blank}: the status and title say what kind of problem it is
 * @param errors what is wrong, field by field; left out when there is nothing by field
 */
public record ProblemView(
    String type,
    String title,
    int status,
    String detail,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

  /**
   * What is wrong with one field (or one check, or one planned change).
   *
   * @param href where a person can fix it (web pages only); left out otherwise
   */
  public record FieldError(
      String field,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String href) {

    /** A field's problem without a link. */
    public static FieldError of(String field, String message) {
      return new FieldError(field, message, null);
    }
  }
}
