package dev.flarelink.app.cli;

import dev.flarelink.core.identity.ScanState;
import dev.flarelink.server.view.IdentityViews;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink scan CONNECTION}: imports the account's members now, showing progress. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Scans a saved connection's account now: members, invitations, roles, policies and 2FA.",
      "A scan already running for the connection (here or in a service on the same database) is",
      "joined, and an interrupted one resumes where it stopped. Progress goes to standard error.",
      "Exit code: 0 when the scan succeeds, 1 when it fails (the reason is printed)."
    })
public final class ScanCommand extends IdentityCommand implements Callable<Integer> {

  @Option(names = "--no-wait", description = "Start (or join) the scan and return at once.")
  boolean noWait;

  @Override
  public Integer call() {
    try (var wiring = storage.open(environment)) {
      var target = connection(wiring);
      var scans = wiring.scans();
      var scan = scans.request(storage.workspace, target.id(), "manual");
      if (!noWait) {
        var id = scan.id();
        scan = watch(target.name(), sink -> scans.await(id, sink));
      }
      switch (format) {
        case json -> Output.json(out(), IdentityViews.scan(scan));
        case csv, table -> summary(scan);
      }
      out().flush();
      return scan.state().equals("failed") ? ExitCodes.FAILURE : 0;
    }
  }

  /** Shows progress as a bar on a terminal, else as a line per change, until the scan ends. */
  private ScanState watch(
      String name, java.util.function.Function<Consumer<ScanState>, ScanState> await) {
    var err = spec.commandLine().getErr();
    if (System.console() == null) {
      var last = new String[] {""};
      return await.apply(
          state -> {
            var line = line(state);
            if (!line.equals(last[0])) {
              err.println(line);
              err.flush();
              last[0] = line;
            }
          });
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Scanning " + name)
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUnit(" members", 1)
            .hideEta()
            .build()) {
      return await.apply(
          state -> {
            bar.stepTo(state.items());
            bar.setExtraMessage(extra(state));
          });
    }
  }

  private static String line(ScanState state) {
    return "scan "
        + state.id().substring(0, 8)
        + ": "
        + state.items()
        + " members, "
        + extra(state);
  }

  private static String extra(ScanState state) {
    var budget =
        state.budgetRemaining() == null
            ? ""
            : ", budget " + state.budgetRemaining() + "/" + state.budgetLimit() + " left";
    return state.describe()
        + ", "
        + state.pages()
        + " pages, "
        + state.requests()
        + " requests"
        + budget;
  }

  private void summary(ScanState scan) {
    var out = out();
    out.println("Scan " + scan.id() + ": " + scan.describe());
    out.println(
        "  "
            + scan.items()
            + " members and invitations in "
            + scan.pages()
            + " pages, "
            + scan.requests()
            + " requests to Cloudflare");
    if (scan.error() != null) {
      out.println("  " + scan.error());
    }
  }
}
