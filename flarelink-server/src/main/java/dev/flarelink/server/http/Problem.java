package dev.flarelink.server.http;

import dev.flarelink.core.view.ProblemView;
import dev.flarelink.core.view.ProblemView.FieldError;
import java.util.List;

/** An error answer: RFC 9457 problem details with a human message, never a stack trace. */
public final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient List<FieldError> errors;

  /** A problem with this status, short title and detail. */
  public Problem(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  /** A problem with field errors. */
  public Problem(int status, String title, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** The short title, e.g. "Invalid input". */
  public String title() {
    return title;
  }

  /** The field errors, each {@code field} and {@code message}; empty when there are none. */
  public List<FieldError> errors() {
    return errors;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The body: {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors}. */
  public ProblemView body() {
    return new ProblemView("about:blank", title, status, getMessage(), errors);
  }
}
