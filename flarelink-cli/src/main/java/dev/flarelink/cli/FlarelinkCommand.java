package dev.flarelink.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

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
    })
public final class FlarelinkCommand implements Runnable {

  /**
   * The commands over saved connections, in the order help lists them; the app puts the commands
   * that start things before them and its own tools after.
   */
  public static final List<Class<?>> COMMANDS =
      List.of(
          ConnectionsCommand.class,
          ScanCommand.class,
          MembersCommand.class,
          RolesCommand.class,
          ChangesCommand.class,
          ReviewCommand.class,
          ZonesCommand.class,
          ZoneCommand.class,
          DnsCommand.class,
          ResourcesCommand.class,
          AlertsCommand.class,
          AnalyticsCommand.class,
          ActionsCommand.class,
          ActionCommand.class,
          AuditCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Storage storage;

  private FlarelinkCommand(Storage storage) {
    this.storage = storage;
  }

  /**
   * The configured command line over this storage, with these subcommands (in order; {@code help}
   * is added last), reading settings and secrets from {@code environment}; the exit codes are those
   * of {@link ExitCodes}.
   */
  public static CommandLine commandLine(
      Map<String, String> environment, Storage storage, List<Class<?>> subcommands) {
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
    var line = new CommandLine(new FlarelinkCommand(storage), factory);
    for (var subcommand : subcommands) {
      line.addSubcommand(subcommand);
    }
    line.addSubcommand(CommandLine.HelpCommand.class);
    line.setExecutionExceptionHandler(new ExitCodes.ErrorHandler());
    return line;
  }

  /** The storage of the command line {@code command} belongs to. */
  static Storage storageOf(CommandSpec command) {
    return ((FlarelinkCommand) command.root().userObject()).storage;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
