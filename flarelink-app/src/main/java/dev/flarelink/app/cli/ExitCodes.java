package dev.flarelink.app.cli;

import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.connection.ConnectionNotFoundException;
import dev.flarelink.core.connection.InvalidInputException;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.inventory.ZoneNotFoundException;
import dev.flarelink.core.port.ConnectionStore;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * The exit codes every command follows, as the README's table says:
 *
 * <ul>
 *   <li>{@link #OK} 0: done; a check or every scan passed.
 *   <li>{@link #FAILURE} 1: a check failed, or an operation ran and failed (a scan, an action,
 *       Cloudflare refused or failed).
 *   <li>{@link #USAGE} 2: bad input, or an unknown thing (connection, zone, action, command, flag),
 *       a missing file or database, a service the connection does not enable, a destructive plan
 *       without --yes: nothing was attempted.
 * </ul>
 *
 * A failure prints lines that name the cause and the fix, never a stack trace.
 */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;

  /** A failed check or operation; the message explains it. */
  public static final int FAILURE = 1;

  /** Bad input or an unknown thing; nothing was attempted. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** The exit code for a command that ended with this exception. */
  static int of(Throwable exception) {
    var usage =
        exception instanceof InvalidInputException
            || exception instanceof IllegalArgumentException
            || exception instanceof ConnectionNotFoundException
            || exception instanceof ZoneNotFoundException
            || exception instanceof ServiceNotEnabledException
            || exception instanceof ConfirmationRequiredException
            || exception instanceof ConnectionStore.DuplicateNameException
            || exception instanceof CommandLine.ParameterException
            || exception instanceof NoSuchFileException;
    return usage ? USAGE : FAILURE;
  }

  /** Prints an exception's message on standard error, in the command line's words. */
  static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception exception, CommandLine line, CommandLine.ParseResult parseResult) {
      var command = line.getCommandSpec();
      var err = line.getErr();
      if (exception instanceof InvalidInputException invalid) {
        invalid
            .problems()
            .forEach(
                p ->
                    err.println(
                        "flarelink: "
                            + CliErrors.flag(command, p.field())
                            + ": "
                            + CliErrors.wording(command, p.message())));
      } else if (exception instanceof NoSuchFileException missing) {
        err.println("flarelink: no such file: " + missing.getFile());
      } else if (exception instanceof ServiceNotEnabledException off) {
        err.println(
            "flarelink: "
                + off.getMessage()
                + " Enable it with: ./flarelink connections edit "
                + off.connectionId()
                + " --services "
                + off.servicesWithIt());
      } else {
        var message =
            exception.getMessage() == null ? exception.toString() : exception.getMessage();
        err.println("flarelink: " + CliErrors.wording(command, message));
      }
      err.flush();
      return of(exception);
    }
  }
}
