package dev.flarelink.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found, each naming its field and the fix. */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** One problem with one field. */
  public record Problem(String field, String message) {}

  /** Input with these problems. */
  public InvalidInputException(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** Input with one problem. */
  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new Problem(field, message)));
  }

  /** Every problem, in field order. */
  public List<Problem> problems() {
    return problems;
  }
}
