package dev.flarelink.app.cli;

import picocli.CommandLine;

/**
 * Exit codes: 0 success, 1 a failure the message explains, 2 bad usage (picocli's own). A failure
 * prints one line that names the cause and the fix, never a stack trace.
 */
public final class ExitCodes {

  /** A failure the message explains. */
  public static final int FAILURE = 1;

  /** Bad usage of the command line. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** Prints an exception's message on standard error and returns {@link #FAILURE}. */
  static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception exception, CommandLine line, CommandLine.ParseResult parseResult) {
      if (exception instanceof dev.flarelink.core.connection.InvalidInputException invalid) {
        invalid
            .problems()
            .forEach(p -> line.getErr().println("flarelink: " + p.field() + ": " + p.message()));
        return USAGE;
      }
      var message =
          exception instanceof dev.flarelink.core.connection.ServiceNotEnabledException off
              ? off.getMessage()
                  + " Enable it with: ./flarelink connections edit "
                  + off.connectionId()
                  + " --services "
                  + off.servicesWithIt()
              : exception.getMessage() == null ? exception.toString() : exception.getMessage();
      line.getErr().println("flarelink: " + message);
      if (exception instanceof IllegalArgumentException
          || exception instanceof dev.flarelink.core.connection.ConnectionNotFoundException
          || exception instanceof dev.flarelink.core.port.ConnectionStore.DuplicateNameException) {
        return USAGE;
      }
      return FAILURE;
    }
  }
}
