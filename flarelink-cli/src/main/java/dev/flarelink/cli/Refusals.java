package dev.flarelink.cli;

import dev.flarelink.core.connect.SaveRefusedException;
import dev.flarelink.core.view.RefusedSaveView;
import dev.flarelink.core.view.TestReportView;
import picocli.CommandLine;

/** How a credential whose test forbids saving it is shown on the command line. */
final class Refusals {

  private Refusals() {}

  /**
   * Prints the failed test (as JSON with {@code --json}) on standard output and why nothing was
   * saved on standard error, naming {@code anywayFlag} when the failure is not final; returns 1.
   */
  static int print(
      CommandLine line, SaveRefusedException refused, boolean json, String anywayFlag) {
    if (json) {
      Output.json(
          line.getOut(),
          RefusedSaveView.of(refused.isFinal(), TestReportView.of(refused.report())));
    } else {
      Output.report(line.getOut(), refused.report());
    }
    line.getOut().flush();
    var err = line.getErr();
    err.println(
        "flarelink: nothing was saved. "
            + refused.getMessage()
            + (refused.isFinal()
                ? ""
                : " To keep it anyway, run the same command with " + anywayFlag + "."));
    err.flush();
    return ExitCodes.FAILURE;
  }
}
