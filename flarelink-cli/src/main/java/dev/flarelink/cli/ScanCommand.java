package dev.flarelink.cli;

import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.view.ScanViews;
import dev.flarelink.core.view.ScanViews.ScanList;
import java.io.Console;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink scan CONNECTION}: scans the account now, showing progress. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Scans a saved connection's account now.",
      "An identity scan imports members, invitations, roles, policies and 2FA; an inventory scan imports zones, their settings and DNS records. By default every kind the connection's services enable runs, one after the other.",
      "A scan already running for the connection (here or in a service on the same database) is joined, and an interrupted one resumes where it stopped. Progress goes to standard error.",
      "A scan that could not read an optional part (zone settings, roles, the audit log) still succeeds, as partial: it prints what it left out and the permission to add.",
      "Exit code: 0 when every scan succeeds (partial or not), 1 when one fails (the reason is printed), 2 for bad input."
    })
public final class ScanCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(names = "--no-wait", description = "Start (or join) the scan and return at once.")
  boolean noWait;

  @Option(
      names = "--kind",
      split = ",",
      paramLabel = "KIND",
      description =
          "identity or inventory (repeat, or separate with commas); by default every kind the"
              + " connection's services enable.")
  List<String> kinds;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var target = connection(useCases);
      var scans = useCases.scans();
      var results = new ArrayList<ScanState>();
      for (var kind : kinds(target)) {
        var scan = scans.request(storage.workspace, target.id(), kind, ScanCause.MANUAL);
        if (!noWait) {
          var id = scan.id();
          scan = watch(target.name(), kind, sink -> scans.await(id, sink));
        }
        results.add(scan);
      }
      switch (format) {
        case json ->
            Output.json(
                out(),
                results.size() == 1
                    ? ScanViews.scan(results.get(0))
                    : new ScanList(results.stream().map(ScanViews::scan).toList()));
        case csv, table -> results.forEach(this::summary);
      }
      out().flush();
      return results.stream().anyMatch(s -> s.state().equals("failed")) ? ExitCodes.FAILURE : 0;
    }
  }

  private List<ScanKind> kinds(Connection target) {
    if (kinds == null || kinds.isEmpty()) {
      var enabled =
          Arrays.stream(ScanKind.values())
              .filter(kind -> target.services().contains(kind.service()))
              .toList();
      if (enabled.isEmpty()) {
        throw new IllegalArgumentException(
            "Connection \""
                + target.name()
                + "\" enables neither the identity nor the inventory service, so there is nothing"
                + " to scan; enable one of them on the connection");
      }
      return enabled;
    }
    return kinds.stream()
        .map(
            raw ->
                ScanKind.fromId(raw)
                    .orElseThrow(
                        () ->
                            new CommandLine.ParameterException(
                                spec.commandLine(),
                                "--kind must be identity or inventory, was " + raw)))
        .distinct()
        .toList();
  }

  /**
   * Whether a person watches on a terminal. From JDK 22 {@code System.console()} can be there when
   * the output goes to a file; {@code Console.isTerminal()} (JDK 22+) tells, so it is looked up.
   */
  @SuppressWarnings("SystemConsoleNull") // isTerminal() is asked too, below
  private static boolean onTerminal() {
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21 has a console only on a terminal
    }
  }

  /** Shows progress as a bar on a terminal, else as a line per change, until the scan ends. */
  private ScanState watch(
      String name, ScanKind kind, Function<Consumer<ScanState>, ScanState> await) {
    var err = spec.commandLine().getErr();
    if (!onTerminal()) {
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
            .setTaskName("Scanning " + name + " (" + kind.id() + ")")
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUnit(" " + unit(kind), 1)
            .hideEta()
            .build()) {
      return await.apply(
          state -> {
            bar.stepTo(state.items());
            bar.setExtraMessage(extra(state));
          });
    }
  }

  private static String unit(ScanKind kind) {
    return kind == ScanKind.INVENTORY ? "DNS records" : "members";
  }

  private static String line(ScanState state) {
    return state.kind().id()
        + " scan "
        + state.id().substring(0, 8)
        + ": "
        + state.items()
        + " "
        + unit(state.kind())
        + ", "
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
        + (state.kind() == ScanKind.INVENTORY ? " zones, " : " pages, ")
        + state.requests()
        + " requests"
        + budget;
  }

  private void summary(ScanState scan) {
    var out = out();
    out.println(
        (scan.kind() == ScanKind.INVENTORY ? "Inventory" : "Identity")
            + " scan "
            + scan.id()
            + ": "
            + scan.describe());
    out.println(
        "  "
            + (scan.kind() == ScanKind.INVENTORY
                ? scan.items() + " DNS records in " + scan.pages() + " zones, "
                : scan.items() + " members and invitations in " + scan.pages() + " pages, ")
            + scan.requests()
            + " requests to Cloudflare");
    if (scan.error() != null) {
      out.println("  " + scan.error());
    }
    ScanViews.notes(scan).forEach(note -> out.println("  " + note));
  }
}
