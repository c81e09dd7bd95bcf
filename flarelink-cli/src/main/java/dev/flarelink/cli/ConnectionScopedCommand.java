package dev.flarelink.cli;

import dev.flarelink.core.UseCases;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.error.ConnectionNotFoundException;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.view.Inputs;
import dev.flarelink.core.view.Tabular;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The shared shape of commands about one saved connection: its scans and what they found. */
public abstract class ConnectionScopedCommand extends EnvironmentCommand {

  /** How a command prints its findings. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Parameters(
      index = "0",
      paramLabel = "CONNECTION",
      description = "A saved connection's id or name.")
  String connection;

  @Option(names = "--format", description = "table (default), json or csv.", defaultValue = "table")
  Format format;

  /** The connection named on the command line, by id or else by exact name. */
  Connection connection(UseCases useCases) {
    return resolve(useCases, storage.workspace, connection);
  }

  /** A saved connection of the workspace by id, or else by exact name. */
  public static Connection resolve(UseCases useCases, String workspace, String reference) {
    try {
      return useCases.connections().get(workspace, reference);
    } catch (ConnectionNotFoundException notAnId) {
      List<Connection> named =
          useCases.connections().list(workspace).stream()
              .filter(c -> c.name().equals(reference))
              .toList();
      if (named.size() == 1) {
        return named.get(0);
      }
      throw new IllegalArgumentException(
          "There is no connection with id or name \""
              + reference
              + "\" in workspace "
              + workspace
              + "; list them with: flarelink connections list");
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints rows as the chosen format: a table of {@code tableColumns}, all columns as CSV. */
  void print(Tabular rows, List<String> tableColumns, Object json) {
    switch (format) {
      case json -> Output.json(out(), json);
      case csv -> out().print(rows.csv());
      case table -> Table.print(out(), rows.select(tableColumns));
    }
    out().flush();
  }

  /**
   * On a table, says on standard error when the answer does not cover the whole account: no scan of
   * its kind yet (an empty answer is not a clean one), or a partial scan.
   */
  void noteCoverage(Coverage coverage) {
    if (format == Format.table && coverage.state() != Coverage.State.COMPLETE) {
      var how =
          coverage.scanned()
              ? ""
              : " (./flarelink scan "
                  + (connection.contains(" ") ? "\"" + connection + "\"" : connection)
                  + " --kind "
                  + coverage.kind().id()
                  + (coverage.kind() == ScanKind.INVENTORY
                      ? "; or read Cloudflare directly with --fresh"
                      : "")
                  + ")";
      spec.commandLine()
          .getErr()
          .println("flarelink: " + CliErrors.wording(spec, coverage.message()) + how);
      spec.commandLine().getErr().flush();
    }
  }

  /** A time or day given to an option, or {@code null}; a bad one names the option. */
  static Instant instant(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Inputs.timeOrDay(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " " + e.getMessage());
    }
  }

  /** An on/off value given to an option, or {@code null}; a bad one names the option. */
  static Boolean onOff(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Inputs.onOff(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " " + e.getMessage());
    }
  }
}
