package dev.flarelink.app;

import dev.flarelink.app.cli.FlarelinkCommand;

/** The entry point of {@code ./flarelink}: parses the command line and runs the command. */
public final class Main {

  private Main() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code; used by tests. */
  public static int run(String... args) {
    return FlarelinkCommand.commandLine().execute(args);
  }
}
