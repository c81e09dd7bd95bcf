package dev.flarelink.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flarelink}: the root command. */
@Command(
    name = "flarelink",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Connects Cloudflare accounts to the people and programs that need to see and act on them.",
    subcommands = {DemoCommand.class, SimCommand.class, CommandLine.HelpCommand.class})
public final class FlarelinkCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The configured command line, with the exit codes documented in {@link ExitCodes}. */
  public static CommandLine commandLine() {
    var line = new CommandLine(new FlarelinkCommand());
    line.setExecutionExceptionHandler(new ExitCodes.ErrorHandler());
    return line;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
