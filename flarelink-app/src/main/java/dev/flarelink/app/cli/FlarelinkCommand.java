package dev.flarelink.app.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flarelink}: the root command. */
@Command(
    name = "flarelink",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Connects Cloudflare accounts to the people and programs that need to see and act on them.",
    exitCodeListHeading = "Exit codes (every command):%n",
    exitCodeList = {
      "0:Done; every check passed (warnings allowed).",
      "1:A check or an operation ran and failed; the message says why.",
      "2:Bad input or an unknown thing (connection, zone, action, command, flag, file, database);"
          + " nothing was attempted."
    },
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      McpCommand.class,
      SimCommand.class,
      ConnectionsCommand.class,
      ScanCommand.class,
      MembersCommand.class,
      RolesCommand.class,
      ChangesCommand.class,
      ReviewCommand.class,
      ZonesCommand.class,
      ZoneCommand.class,
      DnsCommand.class,
      AlertsCommand.class,
      AnalyticsCommand.class,
      ActionsCommand.class,
      ActionCommand.class,
      AuditCommand.class,
      KeysCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FlarelinkCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The configured command line, with the exit codes documented in {@link ExitCodes}. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /**
   * The command line, reading settings and secrets from this environment instead of the process's.
   */
  public static CommandLine commandLine(Map<String, String> environment) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            var command = CommandLine.defaultFactory().create(type);
            if (command instanceof UsesEnvironment user) {
              user.environment(environment);
            }
            return command;
          }
        };
    var line = new CommandLine(new FlarelinkCommand(), factory);
    line.setExecutionExceptionHandler(new ExitCodes.ErrorHandler());
    return line;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
