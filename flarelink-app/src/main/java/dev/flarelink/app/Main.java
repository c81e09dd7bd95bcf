package dev.flarelink.app;

import dev.flarelink.app.cli.BenchCommand;
import dev.flarelink.app.cli.DemoCommand;
import dev.flarelink.app.cli.KeysCommand;
import dev.flarelink.app.cli.McpCommand;
import dev.flarelink.app.cli.ServeCommand;
import dev.flarelink.app.cli.SimCommand;
import dev.flarelink.app.service.Storages;
import dev.flarelink.cli.FlarelinkCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** The entry point of {@code ./flarelink}: parses the command line and runs the command. */
public final class Main {

  private Main() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code; used by tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The whole command line, reading the process's environment. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /**
   * The whole command line: the commands that start things, the CLI's commands over saved
   * connections, then the tools; reading settings and secrets from {@code environment}.
   */
  public static CommandLine commandLine(Map<String, String> environment) {
    var commands = new ArrayList<Class<?>>();
    commands.addAll(
        List.of(DemoCommand.class, ServeCommand.class, McpCommand.class, SimCommand.class));
    commands.addAll(FlarelinkCommand.COMMANDS);
    commands.addAll(List.of(KeysCommand.class, BenchCommand.class));
    return FlarelinkCommand.commandLine(environment, Storages.wiring(), commands);
  }
}
