package dev.flarelink.core.connect;

import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.TestReport;
import java.util.List;
import java.util.Objects;

/**
 * A connection (or a new credential) that was not saved because its test failed. When {@link
 * #isFinal()} the credential itself is unusable for good (an expired or disabled token) and can
 * never be saved; otherwise it may be saved on purpose, the failure then recorded with it. The
 * message says what failed (the final failure with its fix); {@link #report()} holds every check
 * with its fix, and each face adds how to save anyway in its own terms.
 */
public final class SaveRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient TestReport report;
  private final boolean isFinal;

  SaveRefusedException(TestReport report) {
    super(message(report));
    this.report = report;
    this.isFinal = report.finalFailure().isPresent();
  }

  /** The test that failed. */
  public TestReport report() {
    return report;
  }

  /** Whether the credential can never be saved (an expired or disabled token). */
  public boolean isFinal() {
    return isFinal;
  }

  /** The failed checks, each as {@code id: message. Fix: fix}. */
  public List<String> failures() {
    return report.failures().stream().map(SaveRefusedException::line).toList();
  }

  private static String message(TestReport report) {
    var blocking = report.finalFailure();
    if (blocking.isPresent()) {
      var check = blocking.get();
      return check.message()
          + ", so it cannot be saved (this failure is final, even on purpose). Fix: "
          + sentence(Objects.requireNonNull(check.fix(), "Check.fail always gives a fix"));
    }
    var failed = report.failures();
    return "The connection test failed ("
        + failed.size()
        + (failed.size() == 1 ? " check" : " checks")
        + "): "
        + sentence(
            String.join("; ", failed.stream().map(c -> c.id() + ": " + c.message()).toList()))
        + " Fix the cause and test again, or save it anyway on purpose (the failure is then"
        + " recorded with the connection).";
  }

  /** The text as a sentence: with a full stop unless it already ends with one. */
  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static String line(Check check) {
    return check.id()
        + ": "
        + check.message()
        + (check.fix() == null ? "" : " (fix: " + check.fix() + ")");
  }
}
